import type { CatalogueEntry } from '../catalogue';

// The words of Wireshark's "Capture File Properties" dialog in both languages: the Captures
// page reads them as i18next resources (props.*, units.*), `proxlab analyze` through
// catalogueTranslate; properties-model.ts asks for them. Keys ending in _one/_other are
// i18next plural forms; Indonesian has no "one" form, so its _one entries are never read.

export const CAPTURE_PROPERTIES_WORDS = {
  'props.title': { en: 'Capture File Properties', id: 'Properti Berkas Tangkapan' },
  'props.unknown': { en: 'Unknown', id: 'Tidak diketahui' },
  'props.none': { en: 'none', id: 'tidak ada' },
  'props.notSet': { en: '(not set)', id: '(tidak diatur)' },
  'props.notAvailable': { en: 'n/a', id: 't/a' },
  // Wiretap's own names for the formats, as capinfos and Wireshark's dialog print them in every
  // language: a student finds the same words in both.
  'props.format.pcap': { en: 'Wireshark/tcpdump/... - pcap', id: 'Wireshark/tcpdump/... - pcap' },
  'props.format.pcap-nsec': { en: 'Wireshark/tcpdump/... - nanosecond pcap', id: 'Wireshark/tcpdump/... - nanosecond pcap' },
  'props.format.pcapng': { en: 'Wireshark/... - pcapng', id: 'Wireshark/... - pcapng' },
  'props.file.title': { en: 'File', id: 'Berkas' },
  'props.file.name': { en: 'Name', id: 'Nama' },
  'props.file.length': { en: 'Length', id: 'Ukuran' },
  'props.file.sha256': { en: 'Hash (SHA256)', id: 'Hash (SHA256)' },
  'props.file.format': { en: 'Format', id: 'Format' },
  'props.file.compression': { en: 'Compression', id: 'Kompresi' },
  'props.file.encapsulation': { en: 'Encapsulation', id: 'Enkapsulasi' },
  'props.file.perPacket': { en: 'Per packet (mixed link types)', id: 'Per paket (jenis link campuran)' },
  'props.file.snaplen': { en: 'Snapshot length', id: 'Panjang snapshot' },
  'props.file.hashNotComputed': {
    en: 'Not computed: the analysis was cancelled before the end of the file',
    id: 'Tidak dihitung: analisis dibatalkan sebelum akhir berkas',
  },
  'props.file.snaplenInferredOne': { en: '{{n}} bytes (inferred from the packets)', id: '{{n}} byte (disimpulkan dari paket)' },
  'props.file.snaplenInferredRange': { en: '{{min}} – {{max}} bytes (inferred from the packets)', id: '{{min}} – {{max}} byte (disimpulkan dari paket)' },
  'props.time.title': { en: 'Time', id: 'Waktu' },
  'props.time.first': { en: 'First packet', id: 'Paket pertama' },
  'props.time.last': { en: 'Last packet', id: 'Paket terakhir' },
  'props.time.elapsed': { en: 'Elapsed', id: 'Durasi' },
  'props.time.days_one': { en: '{{n}} day', id: '{{n}} hari' },
  'props.time.days_other': { en: '{{n}} days', id: '{{n}} hari' },
  'props.time.noPackets': { en: 'The file contains no packets.', id: 'Berkas ini tidak berisi paket.' },
  'props.time.noTimestamps': {
    en: 'The packets in this file carry no timestamps, so no times can be shown.',
    id: 'Paket dalam berkas ini tidak memiliki stempel waktu, sehingga waktu tidak dapat ditampilkan.',
  },
  'props.time.someWithoutTimestamps_one': {
    en: '{{n}} packet carries no timestamp, so first, last and elapsed time cannot be shown.',
    id: '{{n}} paket tidak memiliki stempel waktu, sehingga waktu paket pertama, terakhir, dan durasi tidak dapat ditampilkan.',
  },
  'props.time.someWithoutTimestamps_other': {
    en: '{{n}} packets carry no timestamp, so first, last and elapsed time cannot be shown.',
    id: '{{n}} paket tidak memiliki stempel waktu, sehingga waktu paket pertama, terakhir, dan durasi tidak dapat ditampilkan.',
  },
  'props.capture.title': { en: 'Capture', id: 'Penangkapan' },
  'props.capture.hardware': { en: 'Hardware', id: 'Perangkat keras' },
  'props.capture.os': { en: 'OS', id: 'Sistem operasi' },
  'props.capture.application': { en: 'Application', id: 'Aplikasi' },
  'props.capture.comments': { en: 'Comments', id: 'Komentar' },
  'props.interfaces.title': { en: 'Interfaces', id: 'Antarmuka' },
  'props.interfaces.none': { en: 'The file describes no interface.', id: 'Berkas ini tidak menjelaskan antarmuka apa pun.' },
  'props.interfaces.interface': { en: 'Interface', id: 'Antarmuka' },
  'props.interfaces.dropped': { en: 'Dropped packets', id: 'Paket yang hilang (drop)' },
  'props.interfaces.filter': { en: 'Capture filter', id: 'Filter penangkapan' },
  'props.interfaces.linkType': { en: 'Link type', id: 'Jenis link' },
  'props.interfaces.snaplen': { en: 'Packet size limit (snaplen)', id: 'Batas ukuran paket (snaplen)' },
  'props.statistics.title': { en: 'Statistics', id: 'Statistik' },
  'props.statistics.measurement': { en: 'Measurement', id: 'Pengukuran' },
  'props.statistics.captured': { en: 'Captured', id: 'Tertangkap' },
  'props.statistics.displayed': { en: 'Displayed', id: 'Ditampilkan' },
  'props.statistics.packets': { en: 'Packets', id: 'Paket' },
  'props.statistics.timeSpan': { en: 'Time span', id: 'Rentang waktu' },
  'props.statistics.packetsPerSecond': { en: 'Average packets per second', id: 'Rata-rata paket per detik' },
  'props.statistics.averagePacketSize': { en: 'Average packet size', id: 'Rata-rata ukuran paket' },
  'props.statistics.bytes': { en: 'Bytes', id: 'Byte' },
  'props.statistics.bytesPerSecond': { en: 'Average bytes per second', id: 'Rata-rata byte per detik' },
  'props.statistics.bitsPerSecond': { en: 'Average bits per second', id: 'Rata-rata bit per detik' },
  'units.bytes': { en: 'bytes', id: 'byte' },
  'units.packetsPerSecond': { en: 'packets/s', id: 'paket/s' },
  'units.bytesPerSecond': { en: 'B/s', id: 'B/s' },
  'units.bitsPerSecond': { en: 'bit/s', id: 'bit/s' },
} satisfies Record<string, CatalogueEntry>;

/** What the terminal's report says around the properties: its problems and its QoS table. */
export const CAPTURE_TEXT_WORDS = {
  error: { en: 'Error', id: 'Galat' },
  warning: { en: 'Warning', id: 'Peringatan' },
  qos: { en: 'QoS', id: 'QoS' },
  recipe: { en: 'Recipe', id: 'Resep praktikum' },
  measured: { en: 'Measured', id: 'Terukur' },
  gradedWith: { en: 'graded with', id: 'dinilai dengan' },
  parameter: { en: 'Parameter', id: 'Parameter' },
  index: { en: 'Index', id: 'Indeks' },
  overall: { en: 'Overall', id: 'Keseluruhan' },
  noEvidence: { en: 'no loss evidence in the capture', id: 'tidak ada bukti kehilangan paket dalam tangkapan' },
  gradedColumn: { en: 'graded column', id: 'kolom yang dinilai' },
  rtpByPattern: { en: 'RTP streams found by pattern, not announced by SIP/SDP', id: 'Aliran RTP yang ditemukan dari polanya, tidak diumumkan SIP/SDP' },
} satisfies Record<string, CatalogueEntry>;
