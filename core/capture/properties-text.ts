import type { DataTable, PropertiesSection } from './properties-model';

// Capture File Properties as plain text, for the Captures page's clipboard copy and for
// `proxlab analyze`: aligned columns that survive pasting into a lab report, an e-mail, a chat
// or a terminal, with no markup.

function padTable(table: DataTable): string[] {
  const all = [table.headers, ...table.rows];
  const widths = table.headers.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const numeric = new Set(table.numericColumns ?? []);
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(table.headers), ...table.rows.map(line)];
}

export function propertiesText(title: string, sections: PropertiesSection[], preface: string[] = []): string {
  const lines: string[] = [title, '='.repeat(title.length)];
  if (preface.length) lines.push('', ...preface);
  for (const section of sections) {
    lines.push('', section.title);
    if (section.note) lines.push(`  ${section.note}`);
    const labelWidth = Math.max(0, ...section.rows.map((row) => row.label.length));
    for (const row of section.rows) {
      const [first, ...more] = row.value.split('\n');
      lines.push(`  ${`${row.label}:`.padEnd(labelWidth + 2)}${first}`);
      for (const continued of more) lines.push(`  ${' '.repeat(labelWidth + 2)}${continued}`);
    }
    if (section.table && section.table.rows.length) lines.push(...padTable(section.table).map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
