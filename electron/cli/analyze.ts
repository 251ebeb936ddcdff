import { parseArgs } from 'node:util';
import type { CaptureAnalyzer } from '../capture/analyzer';
import type { CaptureReport } from '../../core/capture/report-schema';
import { cliLanguage } from './lang';
import { csvRow } from '../../core/csv';
import type { CliIo } from './io';
import { EXIT } from './io';
import { formatReportText } from './analyze-text';
import { formatCaptureMessage } from '../../core/capture/messages';
import { failureText } from '../../core/failure-text';
import { failedReport } from '../capture/failed-report';
import { displayFilterOf } from '../capture/analysis-request';
import { FILTER_MAX_LENGTH } from '../../core/capture/analysis-request-defaults';
import { FilterSyntaxError } from '../capture/filter/errors';
import { thresholdSetById } from '../qos/thresholds';
import type { RtpStreamSelection } from '../../core/capture/rtp-streams';
import { captureAnalyzerFor } from './capture-analyzer';
import { cliServices } from './services';
import { captureService } from '../app-services';

export const ANALYZE_USAGE = `Usage: proxlab analyze FILE... [--properties] [--filter EXPR] [--server HOST[:PORT]]
                       [--thresholds NAME] [--link-capacity BITS] [--column recipe|measured]
                       [--rtp-streams announced|all] [--json | --csv] [--lang id|en]

  --properties         only what capinfos reports (Capture File Properties), without decoding packets
  --filter EXPR        Wireshark display filter selecting the "Displayed" packets, e.g. "tcp.port == 80"
  --server HOST[:PORT] the VM hosting the service: only packets to or from it are displayed
  --thresholds NAME    threshold set for grading (default: tiphon-skripsi; or tiphon-link-percent)
  --link-capacity BITS link capacity in bit/s for the link-percent set (100M, 1G, 10000000)
  --column COLUMN      which column qos.grade grades: recipe (default) or measured; both are always reported
  --rtp-streams WHICH  announced: only RTP that SIP/SDP announced; all: also RTP found by its header
                       pattern in other UDP (default: by pattern only when nothing is announced)
  --json               one JSON array of reports on stdout (schema proxlab.capture-report/1)
  --csv                one row per file
  --lang id|en         language of messages and text output (default: the system's)
`;

/** "100M" → 100 000 000; plain numbers are bit/s. */
function bitsPerSecond(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([kKMG]?)$/.exec(text.trim());
  if (!match) return null;
  const scale = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9 }[match[2] as '' | 'k' | 'K' | 'M' | 'G'];
  const value = Number(match[1]) * scale;
  return value > 0 ? value : null;
}

/** Gives the analyzer for a run once its files are known (small inputs need no worker). */
export type AnalyzerFor = (files: readonly string[]) => CaptureAnalyzer | Promise<CaptureAnalyzer>;

export async function analyzeCommand(args: string[], io: CliIo, analyzerFor: AnalyzerFor = captureAnalyzerFor): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        properties: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        lang: { type: 'string' },
        filter: { type: 'string', default: '' },
        server: { type: 'string' },
        thresholds: { type: 'string', default: 'tiphon-skripsi' },
        'link-capacity': { type: 'string' },
        column: { type: 'string', default: 'recipe' },
        'rtp-streams': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`proxlab analyze: ${(error as Error).message}\n\n${ANALYZE_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout(ANALYZE_USAGE);
    return EXIT.ok;
  }
  const lang = cliLanguage(values.lang, io.env);
  const describe = (key: string, params: Record<string, string | number>, english: string) =>
    lang ? formatCaptureMessage(key, params, lang, english) : english;
  if (!lang || files.length === 0 || (values.json && values.csv)) {
    const why = !lang ? `--lang takes id or en, not "${values.lang}"` : files.length === 0 ? 'no capture file given' : '--json and --csv exclude each other';
    io.stderr(`proxlab analyze: ${why}\n\n${ANALYZE_USAGE}`);
    return EXIT.usage;
  }

  if (values.filter.length > FILTER_MAX_LENGTH) {
    const said =
      lang === 'id'
        ? `--filter terlalu panjang (${values.filter.length} karakter; paling banyak ${FILTER_MAX_LENGTH})`
        : `--filter is too long (${values.filter.length} characters; at most ${FILTER_MAX_LENGTH})`;
    io.stderr(`proxlab analyze: ${said}\n`);
    return EXIT.usage;
  }
  const capacity = values['link-capacity'] === undefined ? null : bitsPerSecond(values['link-capacity']);
  if (values['link-capacity'] !== undefined && capacity === null) {
    io.stderr(`proxlab analyze: --link-capacity takes bit/s, e.g. 100M, not "${values['link-capacity']}"\n`);
    return EXIT.usage;
  }
  if (values.column !== 'recipe' && values.column !== 'measured') {
    io.stderr(`proxlab analyze: --column takes recipe or measured, not "${values.column}"\n`);
    return EXIT.usage;
  }
  const chosen = values['rtp-streams'];
  if (chosen !== undefined && chosen !== 'announced' && chosen !== 'all') {
    io.stderr(`proxlab analyze: --rtp-streams takes announced or all, not "${chosen}"\n`);
    return EXIT.usage;
  }
  const rtpStreams: RtpStreamSelection = chosen ?? 'auto';
  const request = {
    column: values.column as 'recipe' | 'measured',
    rtpStreams,
    propertiesOnly: values.properties,
    filter: values.filter,
    server: values.server ?? null,
    thresholds: values.thresholds,
    linkCapacityBitsPerSecond: capacity,
  };
  try {
    // Checked here so that a typo is one clear message, not one per file.
    displayFilterOf(request);
    const set = thresholdSetById(values.thresholds);
    if (set.throughputMeasure === 'percent-of-link' && capacity === null) throw new RangeError(`threshold set "${set.name}" needs --link-capacity`);
  } catch (error) {
    if (error instanceof FilterSyntaxError) {
      const where = error.messageKey !== 'filter.error.server' ? `\n  ${values.filter}\n  ${' '.repeat(error.position)}^` : '';
      io.stderr(`proxlab analyze: ${failureText(error, lang)}${where}\n`);
    } else io.stderr(`proxlab analyze: ${(error as Error).message}\n`);
    return EXIT.usage;
  }

  // Files run in parallel (in worker threads unless they are small); reports come out in the
  // order given. A file whose analysis fails gets a report saying so, and every other file
  // still gets its own.
  const never = new AbortController().signal;
  const analyzer = await captureService(cliServices({ captureAnalyzer: () => analyzerFor(files) }));
  const reports: CaptureReport[] = await Promise.all(
    files.map((file) =>
      analyzer
        .analyze(file, request, () => undefined, never)
        .catch((error: unknown) =>
          failedReport(file, 'failed', 'capture.error.analysisFailed', { reason: error instanceof Error ? error.message : String(error) }),
        ),
    ),
  );

  if (values.json) io.stdout(JSON.stringify(reports, null, 2) + '\n');
  else if (values.csv) io.stdout(reportsCsv(reports));
  else io.stdout(reports.map((report) => formatReportText(report, lang, describe)).join('\n'));

  for (const report of reports) {
    if (report.error) io.stderr(`proxlab: ${report.file}: ${describe(report.error.messageKey, report.error.params, report.error.message)}\n`);
  }
  return reports.some((report) => report.error) ? EXIT.partial : EXIT.ok;
}

const CSV_COLUMNS = [
  'file',
  'error',
  'format',
  'compression',
  'encapsulation',
  'packets',
  'bytes',
  'firstTime',
  'lastTime',
  'timeSpanSeconds',
  'packetsPerSecond',
  'averagePacketSize',
  'bytesPerSecond',
  'bitsPerSecond',
  'sha256',
  'displayedPackets',
  'displayedBytes',
  'throughputBitsPerSecond',
  'delayMs',
  'jitterMs',
  'lossPercent',
  'lossEvidence',
  'gradeThroughput',
  'gradeDelay',
  'gradeJitter',
  'gradeLoss',
  'gradeMean',
  'gradePercent',
  'verdict',
  'thresholds',
  'gradedColumn',
  'measuredThroughputBitsPerSecond',
  'measuredDelayMs',
  'measuredJitterMs',
  'measuredLossPercent',
  'tcpDataSegments',
  'tcpRetransmissions',
  'tcpLostSegments',
  'tcpDuplicateAcks',
  'tcpAckRttMeanMs',
  'icmpRttMeanMs',
  'captureDrops',
] as const;

function reportsCsv(reports: CaptureReport[]): string {
  let out = csvRow(CSV_COLUMNS);
  for (const r of reports) {
    const p = r.properties;
    const q = r.qos;
    out += csvRow([
      r.file,
      r.error?.code,
      p?.format,
      p?.compression,
      p?.encapsulation,
      p?.packets,
      p?.bytes,
      p?.firstTime,
      p?.lastTime,
      p?.timeSpanSeconds,
      p?.packetsPerSecond,
      p?.averagePacketSize,
      p?.bytesPerSecond,
      p?.bitsPerSecond,
      p?.sha256,
      r.displayed?.packets,
      r.displayed?.bytes,
      q?.recipe.throughputBitsPerSecond,
      q?.recipe.delayMs,
      q?.recipe.jitterMs,
      q?.recipe.lossPercent,
      q?.recipe.lossEvidence,
      q?.grade.throughput,
      q?.grade.delay,
      q?.grade.jitter,
      q?.grade.loss,
      q?.grade.mean,
      q?.grade.percent,
      q?.grade.verdict,
      q?.grade.thresholds,
      q?.grade.column,
      q?.measuredValues.throughputBitsPerSecond,
      q?.measuredValues.delayMs,
      q?.measuredValues.jitterMs,
      q?.measuredValues.lossPercent,
      q?.measured.tcp.dataSegments,
      q?.measured.tcp.retransmissions,
      q?.measured.tcp.lostSegments,
      q?.measured.tcp.duplicateAcks,
      q?.measured.tcp.ackRttMs.mean,
      q?.measured.icmp.rttMs.mean,
      q?.measured.captureDrops,
    ]);
  }
  return out;
}
