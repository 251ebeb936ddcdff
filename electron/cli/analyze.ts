import { parseArgs } from 'node:util';
import type { CaptureAnalyzer } from '../handlers';
import type { CaptureReport } from '../capture/report';
import { cliLanguage } from './lang';
import { csvRow } from './csv';
import type { CliIo } from './io';
import { EXIT } from './io';
import { formatReportText } from './properties-text';
import { formatCaptureMessage } from '../capture/messages';

export const ANALYZE_USAGE = `Usage: proxlab analyze FILE... [--properties] [--json | --csv] [--lang id|en]

  --properties   only what capinfos reports (Capture File Properties), without decoding packets
  --json         one JSON array of reports on stdout (schema proxlab.capture-report/1)
  --csv          one row per file
  --lang id|en   language of messages and text output (default: the system's)
`;

export async function analyzeCommand(args: string[], io: CliIo, analyzer: CaptureAnalyzer): Promise<number> {
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

  // Files run in parallel worker threads; reports come out in the order given.
  const never = new AbortController().signal;
  const reports: CaptureReport[] = await Promise.all(
    files.map((file) => analyzer.analyze(file, { propertiesOnly: values.properties }, () => undefined, never)),
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
  'file', 'error', 'format', 'compression', 'encapsulation', 'packets', 'bytes', 'firstTime', 'lastTime',
  'timeSpanSeconds', 'packetsPerSecond', 'averagePacketSize', 'bytesPerSecond', 'bitsPerSecond', 'sha256',
] as const;

function reportsCsv(reports: CaptureReport[]): string {
  let out = csvRow(CSV_COLUMNS);
  for (const r of reports) {
    const p = r.properties;
    out += csvRow([
      r.file, r.error?.code, p?.format, p?.compression, p?.encapsulation, p?.packets, p?.bytes, p?.firstTime, p?.lastTime,
      p?.timeSpanSeconds, p?.packetsPerSecond, p?.averagePacketSize, p?.bytesPerSecond, p?.bitsPerSecond, p?.sha256,
    ]);
  }
  return out;
}
