import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';
import { formatElapsed } from '../../core/format/elapsed';
import type { CaptureProperties, CaptureReport, PacketStatistics } from '../../core/capture/report-schema';
import type { QosReport } from '../../core/qos/qos-report-schema';
import type { Language } from '../../core/language';
import { VERDICT_LABELS, thresholdSetName } from '../../core/qos/labels';

// The terminal face of Wireshark's "Capture File Properties" dialog: the same sections in the
// same order, exact numbers (no SI rounding), in the chosen language.

const LABELS = {
  en: {
    file: 'File',
    name: 'Name',
    length: 'Length',
    hash: 'Hash (SHA256)',
    format: 'Format',
    compression: 'Compression',
    encapsulation: 'Encapsulation',
    snaplen: 'Snapshot length',
    time: 'Time',
    first: 'First packet',
    last: 'Last packet',
    elapsed: 'Elapsed',
    noTime: 'Not every packet has a timestamp',
    capture: 'Capture',
    hardware: 'Hardware',
    os: 'OS',
    application: 'Application',
    comment: 'Comment',
    interfaces: 'Interfaces',
    iface: 'Interface',
    dropped: 'Dropped packets',
    filter: 'Capture filter',
    linkType: 'Link type',
    sizeLimit: 'Packet size limit (snaplen)',
    statistics: 'Statistics',
    measurement: 'Measurement',
    captured: 'Captured',
    packets: 'Packets',
    span: 'Time span, s',
    pps: 'Average pps',
    avgSize: 'Average packet size, B',
    bytes: 'Bytes',
    bps: 'Average bytes/s',
    bitps: 'Average bits/s',
    unknown: 'Unknown',
    none: 'none',
    bytesUnit: 'bytes',
    error: 'Error',
    warning: 'Warning',
    displayed: 'Displayed',
    qos: 'QoS',
    recipe: 'Recipe',
    measured: 'Measured',
    gradedWith: 'graded with',
    parameter: 'Parameter',
    value: 'Value',
    index: 'Index',
    overall: 'Overall',
    noEvidence: 'no loss evidence in the capture',
    gradedColumn: 'graded column',
    rtpByPattern: 'RTP streams found by pattern, not announced by SIP/SDP',
  },
  id: {
    file: 'Berkas',
    name: 'Nama',
    length: 'Ukuran',
    hash: 'Hash (SHA256)',
    format: 'Format',
    compression: 'Kompresi',
    encapsulation: 'Enkapsulasi',
    snaplen: 'Panjang snapshot',
    time: 'Waktu',
    first: 'Paket pertama',
    last: 'Paket terakhir',
    elapsed: 'Durasi',
    noTime: 'Tidak semua paket memiliki stempel waktu',
    capture: 'Penangkapan',
    hardware: 'Perangkat keras',
    os: 'Sistem operasi',
    application: 'Aplikasi',
    comment: 'Komentar',
    interfaces: 'Antarmuka',
    iface: 'Antarmuka',
    dropped: 'Paket yang hilang (drop)',
    filter: 'Filter penangkapan',
    linkType: 'Jenis link',
    sizeLimit: 'Batas ukuran paket (snaplen)',
    statistics: 'Statistik',
    measurement: 'Ukuran',
    captured: 'Tertangkap',
    packets: 'Paket',
    span: 'Rentang waktu, s',
    pps: 'Rata-rata paket/s',
    avgSize: 'Rata-rata ukuran paket, B',
    bytes: 'Byte',
    bps: 'Rata-rata byte/s',
    bitps: 'Rata-rata bit/s',
    unknown: 'Tidak diketahui',
    none: 'tidak ada',
    bytesUnit: 'byte',
    error: 'Galat',
    warning: 'Peringatan',
    displayed: 'Ditampilkan',
    qos: 'QoS',
    recipe: 'Resep praktikum',
    measured: 'Terukur',
    gradedWith: 'dinilai dengan',
    parameter: 'Parameter',
    value: 'Nilai',
    index: 'Indeks',
    overall: 'Keseluruhan',
    noEvidence: 'tidak ada bukti kehilangan paket dalam tangkapan',
    gradedColumn: 'kolom yang dinilai',
    rtpByPattern: 'Aliran RTP yang ditemukan dari polanya, tidak diumumkan SIP/SDP',
  },
} as const;

function num(value: number | null, lang: Language, digits = 0): string {
  if (value === null) return LABELS[lang].unknown;
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
  const L = LABELS[lang];
  const formatName = { pcap: 'pcap', 'pcap-nsec': 'pcap (nanosecond)', pcapng: 'pcapng' }[p.format];
  const lines = [
    L.file,
    ...fields([
      [L.name, p.fileName],
      [L.length, `${num(p.fileSize, lang)} ${L.bytesUnit}`],
      [L.hash, p.sha256],
      [L.format, formatName + (p.compression ? ` (${p.compression})` : '')],
      [L.encapsulation, p.encapsulationName],
      [L.snaplen, p.snaplen === null ? null : `${num(p.snaplen, lang)} ${L.bytesUnit}`],
    ]),
  ];
  lines.push(L.time);
  if (p.firstTime !== null && p.lastTime !== null) {
    lines.push(
      ...fields([
        [L.first, localTime(p.firstTime)],
        [L.last, localTime(p.lastTime)],
        [L.elapsed, p.elapsedSeconds === null ? null : formatElapsed(p.elapsedSeconds, (days) => `${days} d`)],
      ]),
    );
  } else {
    lines.push(`  ${L.noTime}`);
  }
  lines.push(
    L.capture,
    ...fields([
      [L.hardware, p.hardware ?? L.unknown],
      [L.os, p.os ?? L.unknown],
      [L.application, p.application ?? L.unknown],
      ...p.comments.map((comment): [string, string] => [L.comment, comment]),
    ]),
  );
  lines.push(
    L.interfaces,
    ...table([
      [L.iface, L.dropped, L.filter, L.linkType, L.sizeLimit],
      ...p.interfaces.map((i) => [
        i.description ?? i.name ?? L.unknown,
        i.dropped === null ? L.unknown : num(i.dropped, lang),
        i.filter ?? (i.name ? L.none : L.unknown),
        i.linkTypeName,
        i.snaplen === null ? L.unknown : `${num(i.snaplen, lang)} ${L.bytesUnit}`,
      ]),
    ]),
  );
  const columns: PacketStatistics[] = displayed ? [p, displayed] : [p];
  const row = (label: string, pick: (x: PacketStatistics) => number | null, digits = 0) => [label, ...columns.map((c) => num(pick(c), lang, digits))];
  lines.push(
    L.statistics,
    ...table([
      displayed ? [L.measurement, L.captured, L.displayed] : [L.measurement, L.captured],
      row(L.packets, (c) => c.packets),
      row(L.span, (c) => c.timeSpanSeconds, 3),
      row(L.pps, (c) => c.packetsPerSecond, 1),
      row(L.avgSize, (c) => c.averagePacketSize, 1),
      row(L.bytes, (c) => c.bytes),
      row(L.bps, (c) => c.bytesPerSecond, 1),
      row(L.bitps, (c) => c.bitsPerSecond, 1),
    ]),
  );
  return lines;
}

function qosText(q: QosReport, lang: Language): string[] {
  const L = LABELS[lang];
  const r = q.recipe;
  const m = q.measuredValues;
  const { recipe: gr, measured: gm } = q.grades;
  const grade = (index: number | null) => (index === null ? '–' : String(index));
  const value = (v: number | null, digits: number, unit: string) => (v === null ? L.unknown : `${num(v, lang, digits)} ${unit}`);
  const percent = (v: number | null) => (v === null ? L.unknown : formatPercent(v, 2, localeOf(lang)));
  const evidence = r.lossEvidence === 'none' ? L.noEvidence : `${r.lossEvidence}: ${num(r.lossSent, lang)} → ${num(r.lossReceived, lang)}`;
  const byPattern = q.measured.rtp.filter((s) => s.origin === 'pattern').length;
  const overall = (g: QosReport['grade']) =>
    g.mean === null ? L.unknown : `${num(g.mean, lang, 2)} (${percent(g.percent)}) ${g.verdict === null ? L.unknown : VERDICT_LABELS[lang][g.verdict]}`;
  return [
    `${L.qos} — ${L.gradedWith} ${thresholdSetName(q.grade.thresholds, lang)}; ${L.gradedColumn}: ${q.grade.column === 'recipe' ? L.recipe : L.measured}`,
    ...table([
      [L.parameter, L.recipe, L.index, L.measured, L.index],
      ['Throughput', value(r.throughputBitsPerSecond, 0, 'bit/s'), grade(gr.throughput), value(m.throughputBitsPerSecond, 0, 'bit/s'), grade(gm.throughput)],
      ['Delay', value(r.delayMs, 3, 'ms'), grade(gr.delay), value(m.delayMs, 3, 'ms'), grade(gm.delay)],
      ['Jitter', value(r.jitterMs, 3, 'ms'), grade(gr.jitter), value(m.jitterMs, 3, 'ms'), grade(gm.jitter)],
      ['Packet loss', `${percent(r.lossPercent)} (${evidence})`, grade(gr.loss), percent(m.lossPercent), grade(gm.loss)],
    ]),
    `  ${L.overall}, ${L.recipe}: ${overall(gr)}`,
    `  ${L.overall}, ${L.measured}: ${overall(gm)}`,
    ...(byPattern > 0 ? [`  ${L.rtpByPattern}: ${num(byPattern, lang)}`] : []),
  ];
}

export function formatReportText(
  report: CaptureReport,
  lang: Language,
  describe: (key: string, params: Record<string, string | number>, english: string) => string,
): string {
  const L = LABELS[lang];
  const lines = [`== ${report.file}`];
  if (report.error) lines.push(`${L.error}: ${describe(report.error.messageKey, report.error.params, report.error.message)}`);
  for (const warning of report.warningDetails) lines.push(`${L.warning}: ${describe(warning.messageKey, warning.params, warning.message)}`);
  if (report.properties) lines.push(...propertiesText(report.properties, report.displayed, lang));
  if (report.qos) lines.push(...qosText(report.qos, lang));
  return lines.join('\n') + '\n';
}
