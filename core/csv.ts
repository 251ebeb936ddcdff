// CSV in two shapes. RFC 4180 with "," and "." decimals for scripts and the command line, whose
// bytes are a contract. And the file a spreadsheet opens as it is: UTF-8 with a byte-order
// mark (without it Excel reads UTF-8 as the Windows code page and mangles "±" or "—"), either
// comma separated or, as Excel expects where the decimal separator is a comma (Indonesian
// Windows), ";" separated with decimal commas.

export type CsvValue = string | number | boolean | null | undefined;

/** "comma": "," and "." decimals; "semicolon": ";" and "," decimals. */
export type CsvDialect = 'comma' | 'semicolon';

const SEPARATORS: Record<CsvDialect, string> = { comma: ',', semicolon: ';' };

function field(value: CsvValue, dialect: CsvDialect): string {
  if (value === null || value === undefined) return '';
  const separator = SEPARATORS[dialect];
  const text = typeof value === 'number' && dialect === 'semicolon' ? String(value).replace('.', ',') : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 fields: quoted when they hold a separator, a quote or a line break. */
export function csvField(value: CsvValue): string {
  return field(value, 'comma');
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** A table (header row first) as a file to open in a spreadsheet. */
export function spreadsheetCsv(rows: ReadonlyArray<readonly CsvValue[]>, dialect: CsvDialect): string {
  return '\uFEFF' + rows.map((row) => row.map((value) => field(value, dialect)).join(SEPARATORS[dialect]) + '\r\n').join('');
}
