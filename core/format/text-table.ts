// Rows of cells as plain-text columns, for the terminal and the clipboard: each column as wide as
// its widest cell, two spaces between, numbers aligned right where asked, no trailing spaces.

export function textTable(rows: readonly (readonly string[])[], numericColumns: readonly number[] = []): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const numeric = new Set(numericColumns);
  return rows.map((row) =>
    row
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}
