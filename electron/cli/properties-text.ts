import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';
import { formatElapsed } from '../../core/format/elapsed';
import type { CaptureProperties, CaptureReport, PacketStatistics } from '../../core/capture/report-schema';
import type { QosAssessment } from '../../core/qos/qos-report-schema';
import type { Language } from '../../core/language';
import { VERDICT_LABELS, thresholdSetName } from '../../core/qos/labels';
import { CAPTURE_PROPERTIES_WORDS, CAPTURE_TEXT_WORDS } from '../../core/capture/properties-words';

// The terminal face of Wireshark's "Capture File Properties" dialog: the same sections in the
// same order, exact numbers (no SI rounding), in the chosen language.

/** The report's words in `lang`, from the catalogues the Captures page reads too. */
function wordsIn(lang: Language) {
  return {
    w: (key: keyof typeof CAPTURE_PROPERTIES_WORDS) => CAPTURE_PROPERTIES_WORDS[key][lang],
    t: (key: keyof typeof CAPTURE_TEXT_WORDS) => CAPTURE_TEXT_WORDS[key][lang],
  };
}

function num(value: number | null, lang: Language, digits = 0): string {
  if (value === null) return CAPTURE_PROPERTIES_WORDS['props.unknown'][lang];
  return formatFixed(value, digits, localeOf(lang));
}

/** An epoch "seconds.nanoseconds" string as local date and time, keeping every printed digit. */
export function localTime(epoch: string): string {
  const [secondsText, fraction = ''] = epoch.split('.');
  const date = new Date(Number(secondsText) * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${fraction ? `.${fraction}` : ''} ${zone}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map(
    (row) =>
      '  ' +
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
  );
}

function fields(pairs: Array<[string, string | null]>): string[] {
  const shown = pairs.filter((pair): pair is [string, string] => pair[1] !== null);
  const width = Math.max(...shown.map(([label]) => label.length)) + 1;
  return shown.map(([label, value]) => `  ${(label + ':').padEnd(width)} ${value}`);
}

function propertiesText(p: CaptureProperties, displayed: PacketStatistics | null, lang: Language): string[] {
  const { w } = wordsIn(lang);
  const formatName = { pcap: 'pcap', 'pcap-nsec': 'pcap (nanosecond)', pcapng: 'pcapng' }[p.format];
  const lines = [
    w('props.file.title'),
    ...fields([
      [w('props.file.name'), p.fileName],
      [w('props.file.length'), `${num(p.fileSize, lang)} ${w('units.bytes')}`],
      [w('props.file.sha256'), p.sha256],
      [w('props.file.format'), formatName + (p.compression ? ` (${p.compression})` : '')],
      [w('props.file.encapsulation'), p.encapsulationName],
      [w('props.file.snaplen'), p.snaplen === null ? null : `${num(p.snaplen, lang)} ${w('units.bytes')}`],
    ]),
  ];
  lines.push(w('props.time.title'));
  if (p.firstTime !== null && p.lastTime !== null) {
    lines.push(
      ...fields([
        [w('props.time.first'), localTime(p.firstTime)],
        [w('props.time.last'), localTime(p.lastTime)],
        [w('props.time.elapsed'), p.elapsedSeconds === null ? null : formatElapsed(p.elapsedSeconds, (days) => `${days} d`)],
      ]),
    );
  } else {
    lines.push(`  ${w('props.time.notEveryTimestamp')}`);
  }
  lines.push(
    w('props.capture.title'),
    ...fields([
      [w('props.capture.hardware'), p.hardware ?? w('props.unknown')],
      [w('props.capture.os'), p.os ?? w('props.unknown')],
      [w('props.capture.application'), p.application ?? w('props.unknown')],
      ...p.comments.map((comment): [string, string] => [w('props.capture.comment'), comment]),
    ]),
  );
  lines.push(
    w('props.interfaces.title'),
    ...table([
      [
        w('props.interfaces.interface'),
        w('props.interfaces.dropped'),
        w('props.interfaces.filter'),
        w('props.interfaces.linkType'),
        w('props.interfaces.snaplen'),
      ],
      ...p.interfaces.map((i) => [
        i.description ?? i.name ?? w('props.unknown'),
        i.dropped === null ? w('props.unknown') : num(i.dropped, lang),
        i.filter ?? (i.name ? w('props.none') : w('props.unknown')),
        i.linkTypeName,
        i.snaplen === null ? w('props.unknown') : `${num(i.snaplen, lang)} ${w('units.bytes')}`,
      ]),
    ]),
  );
  const columns: PacketStatistics[] = displayed ? [p, displayed] : [p];
  const row = (label: string, pick: (x: PacketStatistics) => number | null, digits = 0) => [label, ...columns.map((c) => num(pick(c), lang, digits))];
  lines.push(
    w('props.statistics.title'),
    ...table([
      displayed
        ? [w('props.statistics.measurement'), w('props.statistics.captured'), w('props.statistics.displayed')]
        : [w('props.statistics.measurement'), w('props.statistics.captured')],
      row(w('props.statistics.packets'), (c) => c.packets),
      row(w('props.bare.timeSpan'), (c) => c.timeSpanSeconds, 3),
      row(w('props.bare.packetsPerSecond'), (c) => c.packetsPerSecond, 1),
      row(w('props.bare.averagePacketSize'), (c) => c.averagePacketSize, 1),
      row(w('props.statistics.bytes'), (c) => c.bytes),
      row(w('props.bare.bytesPerSecond'), (c) => c.bytesPerSecond, 1),
      row(w('props.bare.bitsPerSecond'), (c) => c.bitsPerSecond, 1),
    ]),
  );
  return lines;
}

function qosText(q: QosAssessment, lang: Language): string[] {
  const { w, t } = wordsIn(lang);
  const r = q.recipe;
  const m = q.measuredValues;
  const { recipe: gr, measured: gm } = q.grades;
  const grade = (index: number | null) => (index === null ? '–' : String(index));
  const value = (v: number | null, digits: number, unit: string) => (v === null ? w('props.unknown') : `${num(v, lang, digits)} ${unit}`);
  const percent = (v: number | null) => (v === null ? w('props.unknown') : formatPercent(v, 2, localeOf(lang)));
  const evidence = r.lossEvidence === 'none' ? t('noEvidence') : `${r.lossEvidence}: ${num(r.lossSent, lang)} → ${num(r.lossReceived, lang)}`;
  const byPattern = q.measured.rtp.filter((s) => s.origin === 'pattern').length;
  const overall = (g: QosAssessment['grade']) =>
    g.mean === null
      ? w('props.unknown')
      : `${num(g.mean, lang, 2)} (${percent(g.percent)}) ${g.verdict === null ? w('props.unknown') : VERDICT_LABELS[lang][g.verdict]}`;
  return [
    `${t('qos')} — ${t('gradedWith')} ${thresholdSetName(q.grade.thresholds, lang)}; ${t('gradedColumn')}: ${q.grade.column === 'recipe' ? t('recipe') : t('measured')}`,
    ...table([
      [t('parameter'), t('recipe'), t('index'), t('measured'), t('index')],
      ['Throughput', value(r.throughputBitsPerSecond, 0, 'bit/s'), grade(gr.throughput), value(m.throughputBitsPerSecond, 0, 'bit/s'), grade(gm.throughput)],
      ['Delay', value(r.delayMs, 3, 'ms'), grade(gr.delay), value(m.delayMs, 3, 'ms'), grade(gm.delay)],
      ['Jitter', value(r.jitterMs, 3, 'ms'), grade(gr.jitter), value(m.jitterMs, 3, 'ms'), grade(gm.jitter)],
      ['Packet loss', `${percent(r.lossPercent)} (${evidence})`, grade(gr.loss), percent(m.lossPercent), grade(gm.loss)],
    ]),
    `  ${t('overall')}, ${t('recipe')}: ${overall(gr)}`,
    `  ${t('overall')}, ${t('measured')}: ${overall(gm)}`,
    ...(byPattern > 0 ? [`  ${t('rtpByPattern')}: ${num(byPattern, lang)}`] : []),
  ];
}

export function formatReportText(
  report: CaptureReport,
  lang: Language,
  describe: (key: string, params: Record<string, string | number>, english: string) => string,
): string {
  const { t } = wordsIn(lang);
  const lines = [`== ${report.file}`];
  if (report.error) lines.push(`${t('error')}: ${describe(report.error.messageKey, report.error.params, report.error.message)}`);
  for (const warning of report.warningDetails) lines.push(`${t('warning')}: ${describe(warning.messageKey, warning.params, warning.message)}`);
  if (report.properties) lines.push(...propertiesText(report.properties, report.displayed, lang));
  if (report.qos) lines.push(...qosText(report.qos, lang));
  return lines.join('\n') + '\n';
}
