import { filterMessages } from './filter/messages';
import { fillTemplate, type CatalogueEntry } from '../catalogue';

// Every error and warning the capture engine reports, in English (Wireshark's wording where it
// has one) and Bahasa Indonesia, with i18next {{placeholders}}. The CLI and the renderer both
// read this one catalogue.

export const captureMessages = {
  'capture.error.truncated': {
    en: 'The file "{{file}}" appears to have been cut short in the middle of a packet.',
    id: 'Berkas "{{file}}" tampaknya terpotong di tengah sebuah paket.',
  },
  'capture.error.gzip': {
    en: 'The compressed file "{{file}}" appears to be damaged or cut short ({{reason}}).',
    id: 'Berkas terkompresi "{{file}}" tampaknya rusak atau terpotong ({{reason}}).',
  },
  'capture.error.pcapPacketTooBig': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcap: File has {{size}}-byte packet, bigger than maximum of {{maximum}})',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcap: berkas memuat paket {{size}} byte, lebih besar dari batas {{maximum}})',
  },
  'capture.error.pcapVersion': {
    en: 'The file "{{file}}" is a pcap file of a version ProxLab does not read (major version {{major}}).',
    id: 'Berkas "{{file}}" adalah berkas pcap versi yang tidak dapat dibaca ProxLab (versi mayor {{major}}).',
  },
  'capture.error.pcapngByteOrder': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: bad byte-order magic in a section header)',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: penanda urutan byte pada header seksi tidak sah)',
  },
  'capture.error.pcapngBlockLength': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: block length {{length}} is invalid)',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: panjang blok {{length}} tidak sah)',
  },
  'capture.error.pcapngBlockTooLarge': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: total block length {{length}} is too large (> {{maximum}}))',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: panjang blok {{length}} terlalu besar (> {{maximum}}))',
  },
  'capture.error.pcapngLengthMismatch': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: total block lengths (first {{first}} and second {{second}}) don\'t match)',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: panjang blok di awal ({{first}}) dan di akhir ({{second}}) tidak sama)',
  },
  'capture.error.pcapngVersion': {
    en: 'The file "{{file}}" is a pcapng file of a version ProxLab does not read ({{major}}.{{minor}}).',
    id: 'Berkas "{{file}}" adalah berkas pcapng versi yang tidak dapat dibaca ProxLab ({{major}}.{{minor}}).',
  },
  'capture.error.pcapngOption': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: an option runs past the end of its block)',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: sebuah opsi melewati akhir bloknya)',
  },
  'capture.error.pcapngTimeResolution': {
    en: 'The file "{{file}}" uses a timestamp resolution ProxLab does not read (exponent {{exponent}}).',
    id: 'Berkas "{{file}}" memakai resolusi stempel waktu yang tidak dapat dibaca ProxLab (eksponen {{exponent}}).',
  },
  'capture.error.pcapngInterface': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: interface index {{id}} is not less than section interface count {{count}})',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: nomor antarmuka {{id}} tidak ada; seksi ini hanya punya {{count}} antarmuka)',
  },
  'capture.error.pcapngPacketTooBig': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: cap_len {{size}} is larger than maximum supported length {{maximum}})',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: panjang paket {{size}} melebihi batas {{maximum}})',
  },
  'capture.error.pcapngPacketPastBlock': {
    en: 'The file "{{file}}" appears to be damaged or corrupt.\n(pcapng: block of length {{length}} is too small for {{size}} bytes of packet data)',
    id: 'Berkas "{{file}}" tampaknya rusak.\n(pcapng: blok sepanjang {{length}} terlalu kecil untuk {{size}} byte data paket)',
  },
  'capture.error.otherFormat': {
    en: 'The file "{{file}}" is a {{format}}, a format ProxLab does not read. Open it in Wireshark and save it as pcapng.',
    id: 'Berkas "{{file}}" adalah {{format}}, format yang tidak dapat dibaca ProxLab. Buka di Wireshark lalu simpan sebagai pcapng.',
  },
  'capture.error.notCapture': {
    en: 'The file "{{file}}" isn\'t a capture file in a format ProxLab understands (pcap, pcapng, or either compressed with gzip, zstd or LZ4).',
    id: 'Berkas "{{file}}" bukan berkas tangkapan dalam format yang dipahami ProxLab (pcap, pcapng, atau keduanya terkompresi gzip, zstd, atau LZ4).',
  },
  'capture.error.empty': {
    en: 'The file "{{file}}" is empty.',
    id: 'Berkas "{{file}}" kosong.',
  },
  'capture.error.io': {
    en: 'The file "{{file}}" could not be read ({{reason}}).',
    id: 'Berkas "{{file}}" tidak dapat dibaca ({{reason}}).',
  },
  'capture.error.notRegularFile': {
    en: '"{{file}}" is not a file but a folder, pipe or device. Open a capture file saved on disk.',
    id: '"{{file}}" bukan berkas, melainkan folder, pipe, atau perangkat. Buka berkas tangkapan yang tersimpan di disk.',
  },
  'capture.error.cancelled': {
    en: 'Reading "{{file}}" was cancelled; the figures cover the packets read until then.',
    id: 'Pembacaan "{{file}}" dibatalkan; angka yang ada mencakup paket yang terbaca sampai saat itu.',
  },
  'capture.warning.nanosecondsOutOfRange': {
    en: 'Packet {{packet}} has a nanosecond field of {{value}} (1 second or more). The file properties follow capinfos, which keeps such a field as it stands in 32-bit arithmetic, so its start, end, duration and rates can look odd; the packet analysis carries the excess into the seconds instead.',
    id: 'Paket {{packet}} memiliki medan nanodetik {{value}} (1 detik atau lebih). Properti berkas mengikuti capinfos, yang memakai medan itu apa adanya dalam aritmetika 32-bit, sehingga waktu awal, waktu akhir, durasi, dan lajunya bisa tampak janggal; analisis paket justru memindahkan kelebihannya ke detik.',
  },
  'capture.warning.customBlocksSkipped': {
    en: '{{count}} custom block(s) in this file. Wireshark lists them as frames without a timestamp, and the display filter numbers and displays them as tshark does; capinfos, like the Captured figures, does not count them as packets.',
    id: '{{count}} blok kustom dalam berkas ini. Wireshark menampilkannya sebagai frame tanpa stempel waktu, dan filter tampilan menomori serta menampilkannya seperti tshark; capinfos, seperti angka Tertangkap, tidak menghitungnya sebagai paket.',
  },
  'capture.warning.rowsFolded': {
    en: 'This capture has more conversations or addresses than ProxLab follows one by one ({{limit}} per table). The quietest were added up in the "other" row: totals stay exact, but a listed conversation may lack packets from before it was folded and came back.',
    id: 'Tangkapan ini memuat lebih banyak percakapan atau alamat daripada yang diikuti ProxLab satu per satu ({{limit}} per tabel). Yang paling sepi dijumlahkan dalam baris "lainnya": total tetap tepat, tetapi percakapan yang terdaftar mungkin kehilangan paket dari sebelum ia digabungkan lalu muncul kembali.',
  },
  'capture.warning.tcpConnectionsForgotten': {
    en: '{{count}} idle TCP connections were set aside so that memory stays bounded (a scan or a flood). Their figures are in the totals; a later packet of one starts a new stream.',
    id: '{{count}} koneksi TCP yang diam disisihkan agar memori tetap terbatas (pemindaian atau banjir paket). Angkanya tetap masuk total; paket berikutnya dari koneksi itu memulai stream baru.',
  },
  'capture.warning.linkNotDecoded': {
    en: '{{count}} frame(s) on the {{linkType}} link layer (LINKTYPE {{code}}) were counted but not decoded: their IP, TCP, UDP and RTP are not in the analysis, so no retransmission, round trip or stream of theirs is reported.',
    id: '{{count}} frame pada lapisan tautan {{linkType}} (LINKTYPE {{code}}) dihitung tetapi tidak didekode: IP, TCP, UDP, dan RTP-nya tidak ikut dianalisis, sehingga tidak ada retransmisi, waktu pulang-pergi, atau stream darinya yang dilaporkan.',
  },
  'capture.warning.rtpUntracked': {
    en: 'This capture has more RTP streams or media endpoints than ProxLab analyses at once; {{packets}} RTP packets of further streams were not analysed.',
    id: 'Tangkapan ini memuat lebih banyak stream RTP atau endpoint media daripada yang dianalisis ProxLab sekaligus; {{packets}} paket RTP dari stream berikutnya tidak dianalisis.',
  },
  'capture.error.outOfMemory': {
    en: 'Analysing "{{file}}" needed more than the {{limit}} MB of memory an analysis may use, and was stopped. The other files are not affected.',
    id: 'Analisis "{{file}}" membutuhkan lebih dari {{limit}} MB memori yang boleh dipakai satu analisis, sehingga dihentikan. Berkas lain tidak terpengaruh.',
  },
  'capture.error.analysisFailed': {
    en: 'The analysis of "{{file}}" stopped unexpectedly ({{reason}}). The other files are not affected.',
    id: 'Analisis "{{file}}" berhenti secara tak terduga ({{reason}}). Berkas lain tidak terpengaruh.',
  },
} satisfies Record<string, CatalogueEntry>;

const allMessages: Record<string, CatalogueEntry> = { ...captureMessages, ...filterMessages };

/** Fills {{placeholders}}; unknown keys fall back to the English text the report carries. */
export function formatCaptureMessage(key: string, params: Record<string, string | number>, language: 'en' | 'id', fallback = key): string {
  const entry = allMessages[key];
  const template = entry ? entry[language] : fallback;
  return fillTemplate(template, params);
}
