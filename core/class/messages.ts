import type { CatalogueEntry, CountedEntry } from '../catalogue';
import type { FlagKind } from './flag-kinds';

// The class view's words in both languages, with {{placeholders}} (electron/catalogue.ts
// fillTemplate). Plain data, so the page can show the same sentences the command prints.

export const FLAG_TITLES: Record<FlagKind, CatalogueEntry> = {
  'duplicate-capture': { en: "The same capture in more than one group's work", id: 'Tangkapan yang sama di hasil kerja lebih dari satu kelompok' },
  'contained-capture': { en: 'One capture cut out of another', id: 'Tangkapan yang dipotong dari tangkapan lain' },
  'outside-window': { en: "Captured outside the lab's window", id: 'Diambil di luar waktu praktikum' },
  'server-not-in-lab': { en: "Graded server not one of the lab's VMs", id: 'Server yang dinilai bukan VM layanan lab' },
  'not-reproduced': { en: 'Figures its own analysis does not reproduce', id: 'Angka yang tidak dihasilkan kembali oleh analisisnya sendiri' },
  'other-node': { en: 'Measured on another node', id: 'Diukur di node lain' },
  'impossible-timeline': { en: 'Samples before the guest was running', id: 'Sampel sebelum guest berjalan' },
  outlier: { en: 'Memory far from the class', id: 'Memori jauh dari kelas' },
};

export const FLAG_SENTENCES: Record<FlagKind, CatalogueEntry> = {
  'duplicate-capture': {
    en: 'The capture with SHA-256 {{sha256}} is in the work of {{students}}: {{files}}.',
    id: 'Tangkapan dengan SHA-256 {{sha256}} ada di hasil kerja {{students}}: {{files}}.',
  },
  'contained-capture': {
    en: 'The {{packets}} of {{inner}} ({{innerStudent}}) are packets {{first}}–{{last}} of {{outer}} ({{outerStudent}}), with the same timestamps and frame lengths, {{firstTime}} to {{lastTime}}.',
    id: '{{packets}} {{inner}} ({{innerStudent}}) adalah paket {{first}}–{{last}} dari {{outer}} ({{outerStudent}}), dengan cap waktu dan panjang frame yang sama, {{firstTime}} sampai {{lastTime}}.',
  },
  'outside-window': {
    en: "{{capture}} was captured from {{firstTime}} to {{lastTime}}, outside the lab's window {{start}} to {{end}} ({{from}}).",
    id: '{{capture}} diambil dari {{firstTime}} sampai {{lastTime}}, di luar waktu praktikum {{start}} sampai {{end}} ({{from}}).',
  },
  'server-not-in-lab': {
    en: "{{service}} in {{session}} was graded on server {{address}}, not one of the lab's service VMs ({{lab}}; {{from}}).",
    id: '{{service}} di {{session}} dinilai pada server {{address}}, bukan salah satu VM layanan lab ({{lab}}; {{from}}).',
  },
  'not-reproduced': {
    en: '{{service}} in {{session}}: {{field}} is {{stored}} in the session but {{reproduced}} by {{from}}.',
    id: '{{service}} di {{session}}: {{field}} bernilai {{stored}} di sesi, tetapi {{reproduced}} menurut {{from}}.',
  },
  'other-node': {
    en: "The experiment in {{session}} measured a node with {{differences}} (the lab's node: {{from}}).",
    id: 'Percobaan di {{session}} mengukur node dengan {{differences}} (node lab: {{from}}).',
  },
  'impossible-timeline': {
    en: 'In {{session}}, step {{label}} has {{samplesBefore}} from {{firstSample}} on, before PVE reported guest {{vmid}} running at {{runningAt}}.',
    id: 'Di {{session}}, langkah {{label}} punya {{samplesBefore}} mulai {{firstSample}}, sebelum PVE melaporkan guest {{vmid}} berjalan pada {{runningAt}}.',
  },
  outlier: {
    en: "In {{session}}, step {{label}} used {{value}} of memory on average; the class's median is {{median}} and its fences (3 × IQR) {{low}} to {{high}}. Samples: {{samples}}.",
    id: 'Di {{session}}, langkah {{label}} memakai memori rata-rata {{value}}; median kelas {{median}} dan batasnya (3 × IQR) {{low}} sampai {{high}}. Sampel: {{samples}}.',
  },
};

export const CLASS_WORDS = {
  fromLab: { en: 'set in the lab definition', id: 'ditetapkan di definisi lab' },
  fromClass: { en: 'what most of the class used', id: 'yang dipakai sebagian besar kelas' },
  fromStatistics: { en: "the session's own counts", id: 'hitungan sesi itu sendiri' },
  fromGrade: { en: 'grading its figures again', id: 'penilaian ulang angkanya' },
  fromCapture: { en: 'analysing the capture again', id: 'analisis ulang tangkapannya' },
  nodeDiffers: { en: "{{field}} {{value}} (the lab's: {{lab}})", id: '{{field}} {{value}} (lab: {{lab}})' },
  name: { en: 'node name', id: 'nama node' },
  cpuModel: { en: 'CPU model', id: 'model CPU' },
  memoryBytes: { en: 'total memory', id: 'total memori' },
  pveVersion: { en: 'PVE version', id: 'versi PVE' },
  and: { en: ' and ', id: ' dan ' },
  notAVerdict: {
    en: 'Each flag is evidence to look at, not a verdict on the student.',
    id: 'Setiap tanda adalah bukti untuk diperiksa, bukan penilaian atas mahasiswa.',
  },
  noFlags: { en: 'Nothing flagged.', id: 'Tidak ada yang ditandai.' },
  flags: { en: 'Flags', id: 'Tanda' },
  students: { en: '{{groups}}, {{sessions}}, {{captures}}, {{reports}}', id: '{{groups}}, {{sessions}}, {{captures}}, {{reports}}' },
  group: { en: 'Group', id: 'Kelompok' },
  names: { en: 'Names', id: 'Nama' },
  perGuest: { en: 'Added per guest', id: 'Tambahan per guest' },
  memory: { en: 'Memory used per step', id: 'Memori terpakai per langkah' },
  cpu: { en: 'CPU per step', id: 'CPU per langkah' },
  overall: { en: 'Overall', id: 'Keseluruhan' },
  manual: { en: 'manual entry', id: 'isian manual' },
  distribution: { en: 'Class: median (IQR)', id: 'Kelas: median (IQR)' },
  unreadable: { en: 'Could not be read', id: 'Tidak dapat dibaca' },
  noExperiment: { en: 'no experiment', id: 'tanpa percobaan' },
} satisfies Record<string, CatalogueEntry>;

/** What the sentences above count ({{packets}}, {{samplesBefore}}, the summary's {{groups}} …), singular and plural. */
export const CLASS_COUNTS = {
  groups: { en: { one: '{{count}} group', other: '{{count}} groups' }, id: { other: '{{count}} kelompok' } },
  sessions: { en: { one: '{{count}} session', other: '{{count}} sessions' }, id: { other: '{{count}} sesi' } },
  captures: { en: { one: '{{count}} capture', other: '{{count}} captures' }, id: { other: '{{count}} tangkapan' } },
  reports: { en: { one: '{{count}} report', other: '{{count}} reports' }, id: { other: '{{count}} laporan' } },
  samples: { en: { one: '{{count}} sample', other: '{{count}} samples' }, id: { other: '{{count}} sampel' } },
  packets: { en: { one: '{{count}} packet', other: '{{count}} packets' }, id: { other: '{{count}} paket' } },
} satisfies Record<string, CountedEntry>;

/**
 * The class table's column headers in the CSV the app saves, for a lecturer opening it in a
 * spreadsheet; the values are the command's (bytes, CPU as a fraction, the keys of grades and
 * flags). `proxlab class --csv` keeps its keys (electron/class/table.ts). {{step}} is a step's
 * label, {{service}} a service's name.
 */
export const CSV_HEADERS = {
  id: { en: 'Student / group', id: 'Mahasiswa / kelompok' },
  names: { en: 'Names', id: 'Nama' },
  nims: { en: 'NIMs', id: 'NIM' },
  sessions: { en: 'Sessions', id: 'Sesi' },
  captures: { en: 'Captures', id: 'Tangkapan' },
  reports: { en: 'Reports', id: 'Laporan' },
  node: { en: 'Node name', id: 'Nama node' },
  cpuModel: { en: 'CPU model', id: 'Model CPU' },
  memTotal: { en: 'Node memory (bytes)', id: 'Memori node (byte)' },
  pveVersion: { en: 'PVE version', id: 'Versi PVE' },
  experimentState: { en: 'Experiment state', id: 'Status percobaan' },
  stepMemUsed: { en: '{{step}}: memory used (bytes)', id: '{{step}}: memori terpakai (byte)' },
  stepMemGrowth: { en: '{{step}}: memory growth (bytes)', id: '{{step}}: pertambahan memori (byte)' },
  stepCpu: { en: '{{step}}: CPU (fraction)', id: '{{step}}: CPU (pecahan)' },
  memAddedPerGuest: { en: 'Memory added per guest (bytes)', id: 'Tambahan memori per guest (byte)' },
  source: { en: '{{service}}: source', id: '{{service}}: sumber' },
  server: { en: '{{service}}: server', id: '{{service}}: server' },
  throughputBitsPerSecond: { en: '{{service}}: throughput (bit/s)', id: '{{service}}: throughput (bit/s)' },
  delayMs: { en: '{{service}}: delay (ms)', id: '{{service}}: delay (ms)' },
  jitterMs: { en: '{{service}}: jitter (ms)', id: '{{service}}: jitter (ms)' },
  lossPercent: { en: '{{service}}: packet loss (%)', id: '{{service}}: packet loss (%)' },
  gradedColumn: { en: '{{service}}: graded column', id: '{{service}}: kolom yang dinilai' },
  gradeThroughput: { en: '{{service}}: throughput index', id: '{{service}}: indeks throughput' },
  gradeDelay: { en: '{{service}}: delay index', id: '{{service}}: indeks delay' },
  gradeJitter: { en: '{{service}}: jitter index', id: '{{service}}: indeks jitter' },
  gradeLoss: { en: '{{service}}: packet loss index', id: '{{service}}: indeks packet loss' },
  gradeMean: { en: '{{service}}: mean index', id: '{{service}}: indeks rata-rata' },
  verdict: { en: '{{service}}: verdict', id: '{{service}}: kategori' },
  overallMean: { en: 'Overall mean index', id: 'Indeks rata-rata keseluruhan' },
  overallVerdict: { en: 'Overall verdict', id: 'Kategori keseluruhan' },
  flags: { en: 'Flags', id: 'Tanda' },
} satisfies Record<string, CatalogueEntry>;
