import type { CatalogueEntry } from '../../catalogue';

// What the display filter says when it cannot read what was typed; {{position}} is 1-based.

export const filterMessages = {
  'filter.error.character': {
    en: 'Position {{position}}: "{{character}}" cannot appear in a filter.',
    id: 'Posisi {{position}}: "{{character}}" tidak boleh ada dalam filter.',
  },
  'filter.error.unclosed': {
    en: 'Position {{position}}: expected ")" to close the "(" at position {{opened}}, found {{found}}.',
    id: 'Posisi {{position}}: seharusnya ")" untuk menutup "(" di posisi {{opened}}, tetapi ditemukan {{found}}.',
  },
  'filter.error.expectedTerm': {
    en: 'Position {{position}}: expected a field, a protocol or "(", found {{found}}.',
    id: 'Posisi {{position}}: seharusnya nama field, protokol, atau "(", tetapi ditemukan {{found}}.',
  },
  'filter.error.unknownField': {
    en: 'Position {{position}}: "{{field}}" is not a field or protocol ProxLab knows.',
    id: 'Posisi {{position}}: "{{field}}" bukan field atau protokol yang dikenal ProxLab.',
  },
  'filter.error.notYet': {
    en: 'Position {{position}}: "{{field}}" needs payload dissection, which ProxLab does not do yet; try {{instead}}.',
    id: 'Posisi {{position}}: "{{field}}" memerlukan pembedahan isi paket yang belum dilakukan ProxLab; coba {{instead}}.',
  },
  'filter.error.protocolCompared': {
    en: 'Position {{position}}: "{{field}}" is a protocol; compare one of its fields instead, e.g. {{field}}.port.',
    id: 'Posisi {{position}}: "{{field}}" adalah protokol; bandingkan salah satu field-nya, mis. {{field}}.port.',
  },
  'filter.error.notOrdered': {
    en: 'Position {{position}}: "{{operator}}" cannot compare {{field}}; use == or !=.',
    id: 'Posisi {{position}}: "{{operator}}" tidak dapat membandingkan {{field}}; gunakan == atau !=.',
  },
  'filter.error.expectedValue': {
    en: 'Position {{position}}: expected a value for {{field}}, found {{found}}.',
    id: 'Posisi {{position}}: seharusnya ada nilai untuk {{field}}, tetapi ditemukan {{found}}.',
  },
  'filter.error.badValue': {
    en: 'Position {{position}}: "{{value}}" is not {{type}}, as {{field}} needs.',
    id: 'Posisi {{position}}: "{{value}}" bukan nilai yang sah untuk {{field}} ({{type}}).',
  },
  'filter.error.trailing': {
    en: 'Position {{position}}: expected "and", "or" or the end of the filter, found {{found}}.',
    id: 'Posisi {{position}}: seharusnya "and", "or", atau akhir filter, tetapi ditemukan {{found}}.',
  },
  'filter.error.server': {
    en: '"{{server}}" is not an IP address, optionally with a port (10.0.0.5 or 10.0.0.5:80).',
    id: '"{{server}}" bukan alamat IP, boleh dengan port (10.0.0.5 atau 10.0.0.5:80).',
  },
} satisfies Record<string, CatalogueEntry>;
