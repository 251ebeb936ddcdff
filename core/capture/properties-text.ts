import type { PropertiesSection } from './properties-model';
import { textTable } from '../format/text-table';

// Capture File Properties as plain text, for the Captures page's clipboard copy and for
// `proxlab analyze`: aligned columns that survive pasting into a lab report, an e-mail, a chat
// or a terminal, with no markup.

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
    if (section.table && section.table.rows.length)
      lines.push(...textTable([section.table.headers, ...section.table.rows], section.table.numericColumns).map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
