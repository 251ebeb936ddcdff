import type { CatalogueEntry } from '../../catalogue';

// What the display filter says when it cannot read what was typed; {{position}} is 1-based.
// A message that names what was found has an "…End" twin for when the filter ended there, so
// each language words "the end of the filter" itself. Indonesian says "diseksi" for Wireshark's
// dissection, as lecturers do.

export const filterMessages = {
  'filter.error.character': {
    en: 'Position {{position}}: "{{character}}" cannot appear in a filter.',
    id: 'Posisi {{position}}: "{{character}}" tidak boleh ada dalam filter.',
  },
  'filter.error.escape': {
    en: 'Position {{position}}: {{escape}} is not a valid escape in a string (use \\\\ for a backslash, \\" for a quote, \\xhh for a byte).',
    id: 'Posisi {{position}}: {{escape}} bukan escape yang sah dalam string (tulis \\\\ untuk garis miring terbalik, \\" untuk tanda kutip, \\xhh untuk satu byte).',
  },
  'filter.error.unterminated': {
    en: 'Position {{position}}: this string has no closing quote.',
    id: 'Posisi {{position}}: string ini tidak memiliki tanda kutip penutup.',
  },
  'filter.error.xor': {
    en: 'Position {{position}}: "{{operator}}" (exclusive or) does not exist in Wireshark 4.0; write (A || B) && !(A && B).',
    id: 'Posisi {{position}}: "{{operator}}" (eksklusif atau) tidak ada di Wireshark 4.0; tulis (A || B) && !(A && B).',
  },
  'filter.error.unclosedSlice': {
    en: 'Position {{position}}: this "[" is never closed with "]".',
    id: 'Posisi {{position}}: "[" ini tidak pernah ditutup dengan "]".',
  },
  'filter.error.slice': {
    en: 'Position {{position}}: {{slice}} is not a byte range; write [start:length], [first-last], [n], [:length] or [start:].',
    id: 'Posisi {{position}}: {{slice}} bukan rentang byte; tulis [awal:panjang], [pertama-terakhir], [n], [:panjang] atau [awal:].',
  },
  'filter.error.notSliceable': {
    en: 'Position {{position}}: {{field}} is a number; only addresses, bytes, text and protocols can be sliced with [ ].',
    id: 'Posisi {{position}}: {{field}} berupa angka; hanya alamat, byte, teks, dan protokol yang dapat dipotong dengan [ ].',
  },
  'filter.error.unclosed': {
    en: 'Position {{position}}: expected ")" to close the "(" at position {{opened}}, found "{{found}}".',
    id: 'Posisi {{position}}: seharusnya ")" untuk menutup "(" di posisi {{opened}}, tetapi ditemukan "{{found}}".',
  },
  'filter.error.unclosedEnd': {
    en: 'Position {{position}}: the filter ends before ")" closes the "(" at position {{opened}}.',
    id: 'Posisi {{position}}: filter berakhir sebelum ")" menutup "(" di posisi {{opened}}.',
  },
  'filter.error.expectedTerm': {
    en: 'Position {{position}}: expected a field, a protocol or "(", found "{{found}}".',
    id: 'Posisi {{position}}: seharusnya nama field, protokol, atau "(", tetapi ditemukan "{{found}}".',
  },
  'filter.error.expectedTermEnd': {
    en: 'Position {{position}}: the filter ends where a field, a protocol or "(" should follow.',
    id: 'Posisi {{position}}: filter berakhir padahal seharusnya diikuti nama field, protokol, atau "(".',
  },
  'filter.error.unknownField': {
    en: 'Position {{position}}: "{{field}}" is not a field or protocol ProxLab dissects (field names are written as in Wireshark, e.g. tcp.flags.reset).',
    id: 'Posisi {{position}}: "{{field}}" bukan field atau protokol yang didiseksi ProxLab (nama field ditulis seperti di Wireshark, mis. tcp.flags.reset).',
  },
  'filter.error.protocolCompared': {
    en: 'Position {{position}}: "{{field}}" is a protocol and cannot be compared with "{{operator}}"; compare one of its fields, or use contains.',
    id: 'Posisi {{position}}: "{{field}}" adalah protokol dan tidak dapat dibandingkan dengan "{{operator}}"; bandingkan salah satu field-nya, atau gunakan contains.',
  },
  'filter.error.label': {
    en: 'Position {{position}}: {{field}} has no value to compare; write it alone to test whether a packet has it.',
    id: 'Posisi {{position}}: {{field}} tidak memiliki nilai untuk dibandingkan; tulis sendiri saja untuk menguji apakah paket memilikinya.',
  },
  'filter.error.notOrdered': {
    en: 'Position {{position}}: "{{operator}}" cannot compare {{field}}, which is true or false; use == or !=.',
    id: 'Posisi {{position}}: "{{operator}}" tidak dapat membandingkan {{field}}, yang bernilai benar atau salah; gunakan == atau !=.',
  },
  'filter.error.cannotContain': {
    en: 'Position {{position}}: {{field}} is a number; "{{operator}}" only searches text, bytes and protocols.',
    id: 'Posisi {{position}}: {{field}} berupa angka; "{{operator}}" hanya mencari di dalam teks, byte, dan protokol.',
  },
  'filter.error.matchesString': {
    en: 'Position {{position}}: matches (~) needs a regular expression in double quotes, e.g. matches "^GET".',
    id: 'Posisi {{position}}: matches (~) memerlukan ekspresi reguler di antara tanda kutip ganda, mis. matches "^GET".',
  },
  'filter.error.regex': {
    en: 'Position {{position}}: this regular expression is not valid ({{reason}}).',
    id: 'Posisi {{position}}: ekspresi reguler ini tidak sah ({{reason}}).',
  },
  'filter.error.expectedValue': {
    en: 'Position {{position}}: expected a value for {{field}}, found "{{found}}".',
    id: 'Posisi {{position}}: seharusnya ada nilai untuk {{field}}, tetapi ditemukan "{{found}}".',
  },
  'filter.error.expectedValueEnd': {
    en: 'Position {{position}}: the filter ends before the value {{field}} is compared with.',
    id: 'Posisi {{position}}: filter berakhir sebelum nilai pembanding untuk {{field}}.',
  },
  'filter.error.fromString': {
    en: 'Position {{position}}: {{field}} is not text, so "{{value}}" must be written without quotes.',
    id: 'Posisi {{position}}: {{field}} bukan teks, jadi "{{value}}" harus ditulis tanpa tanda kutip.',
  },
  'filter.error.notNumber': {
    en: 'Position {{position}}: "{{value}}" is not a whole number, as {{field}} needs (decimal, or hexadecimal as 0x1bb).',
    id: 'Posisi {{position}}: "{{value}}" bukan bilangan bulat, padahal {{field}} memerlukannya (desimal, atau heksadesimal seperti 0x1bb).',
  },
  'filter.error.tooBig': {
    en: 'Position {{position}}: {{value}} is too big for {{field}}, whose largest value is {{maximum}}.',
    id: 'Posisi {{position}}: {{value}} terlalu besar untuk {{field}}, yang nilai terbesarnya {{maximum}}.',
  },
  'filter.error.notBoolean': {
    en: 'Position {{position}}: "{{value}}" is not 0, 1, true or false, as {{field}} needs.',
    id: 'Posisi {{position}}: "{{value}}" bukan 0, 1, true, atau false, padahal {{field}} memerlukannya.',
  },
  'filter.error.notTime': {
    en: 'Position {{position}}: "{{value}}" is not a time in seconds, as {{field}} needs (e.g. 0.2 for 200 ms).',
    id: 'Posisi {{position}}: "{{value}}" bukan waktu dalam detik, padahal {{field}} memerlukannya (mis. 0.2 untuk 200 ms).',
  },
  'filter.error.prefix': {
    en: 'Position {{position}}: the prefix length in "{{value}}" is more than {{maximum}} bits.',
    id: 'Posisi {{position}}: panjang prefiks pada "{{value}}" lebih dari {{maximum}} bit.',
  },
  'filter.error.notIpv4': {
    en: 'Position {{position}}: "{{value}}" is not an IPv4 address (such as 192.168.1.10 or 10.0.0.0/8), as {{field}} needs.',
    id: 'Posisi {{position}}: "{{value}}" bukan alamat IPv4 (seperti 192.168.1.10 atau 10.0.0.0/8), padahal {{field}} memerlukannya.',
  },
  'filter.error.notIpv6': {
    en: 'Position {{position}}: "{{value}}" is not an IPv6 address (such as fe80::1 or 2001:db8::/32), as {{field}} needs.',
    id: 'Posisi {{position}}: "{{value}}" bukan alamat IPv6 (seperti fe80::1 atau 2001:db8::/32), padahal {{field}} memerlukannya.',
  },
  'filter.error.notEther': {
    en: 'Position {{position}}: "{{value}}" is not a MAC address (such as 00:1b:21:aa:bb:cc), as {{field}} needs.',
    id: 'Posisi {{position}}: "{{value}}" bukan alamat MAC (seperti 00:1b:21:aa:bb:cc), padahal {{field}} memerlukannya.',
  },
  'filter.error.notBytes': {
    en: 'Position {{position}}: "{{value}}" is not bytes (such as 47:45:54) or a quoted string, as {{field}} needs.',
    id: 'Posisi {{position}}: "{{value}}" bukan deretan byte (seperti 47:45:54) atau string berkutip, padahal {{field}} memerlukannya.',
  },
  'filter.error.expectedSet': {
    en: 'Position {{position}}: expected "{" to open the set of values for {{field}}, found "{{found}}".',
    id: 'Posisi {{position}}: seharusnya "{" untuk membuka himpunan nilai {{field}}, tetapi ditemukan "{{found}}".',
  },
  'filter.error.expectedSetEnd': {
    en: 'Position {{position}}: the filter ends where "{" should open the set of values for {{field}}.',
    id: 'Posisi {{position}}: filter berakhir padahal seharusnya "{" membuka himpunan nilai {{field}}.',
  },
  'filter.error.setSeparator': {
    en: 'Position {{position}}: expected "," or "}" in the set, found "{{found}}" (Wireshark 4.0 separates values with commas: {80, 443}).',
    id: 'Posisi {{position}}: seharusnya "," atau "}" dalam himpunan, tetapi ditemukan "{{found}}" (Wireshark 4.0 memisahkan nilai dengan koma: {80, 443}).',
  },
  'filter.error.setSeparatorEnd': {
    en: 'Position {{position}}: the filter ends before "}" closes the set.',
    id: 'Posisi {{position}}: filter berakhir sebelum "}" menutup himpunan.',
  },
  'filter.error.rangeType': {
    en: 'Position {{position}}: a range a..b needs numbers, times or IPv4 addresses; {{field}} has none of these.',
    id: 'Posisi {{position}}: rentang a..b memerlukan angka, waktu, atau alamat IPv4; {{field}} bukan salah satunya.',
  },
  'filter.error.trailing': {
    en: 'Position {{position}}: expected "and", "or" or nothing more, found "{{found}}".',
    id: 'Posisi {{position}}: seharusnya "and", "or", atau tidak ada lagi, tetapi ditemukan "{{found}}".',
  },
  'filter.error.unknownFunction': {
    en: 'Position {{position}}: {{name}}() is not a function of Wireshark 4.0 filters; they are len, count, string, lower, upper and abs (written in lower case).',
    id: 'Posisi {{position}}: {{name}}() bukan fungsi filter Wireshark 4.0; fungsinya len, count, string, lower, upper, dan abs (ditulis dengan huruf kecil).',
  },
  'filter.error.functionArgument': {
    en: 'Position {{position}}: {{name}}() takes exactly one field, e.g. {{name}}(http.host), found "{{found}}".',
    id: 'Posisi {{position}}: {{name}}() menerima tepat satu field, mis. {{name}}(http.host), tetapi ditemukan "{{found}}".',
  },
  'filter.error.functionArgumentEnd': {
    en: 'Position {{position}}: the filter ends before {{name}}() has its field and its closing ")".',
    id: 'Posisi {{position}}: filter berakhir sebelum {{name}}() mendapat field dan ")" penutupnya.',
  },
  'filter.error.functionAlone': {
    en: 'Position {{position}}: {{field}} is a value, not something a packet has; compare it, e.g. {{field}} > 0.',
    id: 'Posisi {{position}}: {{field}} adalah sebuah nilai, bukan sesuatu yang dimiliki paket; bandingkan nilainya, mis. {{field}} > 0.',
  },
  'filter.error.function.len': {
    en: 'Position {{position}}: len() measures text, bytes, addresses and numbers read from a header; {{field}} is none of these.',
    id: 'Posisi {{position}}: len() mengukur teks, byte, alamat, dan angka dari header; {{field}} bukan salah satunya.',
  },
  'filter.error.function.string': {
    en: 'Position {{position}}: string() turns a number or an address into text; {{field}} is neither.',
    id: 'Posisi {{position}}: string() mengubah angka atau alamat menjadi teks; {{field}} bukan keduanya.',
  },
  'filter.error.function.lower': {
    en: 'Position {{position}}: lower() takes a text field such as http.host; {{field}} is not text.',
    id: 'Posisi {{position}}: lower() menerima field teks seperti http.host; {{field}} bukan teks.',
  },
  'filter.error.function.upper': {
    en: 'Position {{position}}: upper() takes a text field such as http.host; {{field}} is not text.',
    id: 'Posisi {{position}}: upper() menerima field teks seperti http.host; {{field}} bukan teks.',
  },
  'filter.error.function.abs': {
    en: 'Position {{position}}: abs() takes a number or a time; {{field}} is neither.',
    id: 'Posisi {{position}}: abs() menerima angka atau waktu; {{field}} bukan keduanya.',
  },
  'filter.error.incompatible': {
    en: 'Position {{position}}: {{left}} and {{right}} hold different kinds of value and cannot be compared.',
    id: 'Posisi {{position}}: {{left}} dan {{right}} berisi jenis nilai yang berbeda sehingga tidak dapat dibandingkan.',
  },
  'filter.error.server': {
    en: '"{{server}}" is not an IP address, optionally with a port (10.0.0.5 or 10.0.0.5:80).',
    id: '"{{server}}" bukan alamat IP, boleh dengan port (10.0.0.5 atau 10.0.0.5:80).',
  },
} satisfies Record<string, CatalogueEntry>;
