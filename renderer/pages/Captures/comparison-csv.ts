import type { QosParameter } from '../../../electron/qos/thresholds';
import type { ComparisonRow } from '../../charts/qos-measure';

// The comparison as CSV (RFC 4180, comma separated, "." decimals so any spreadsheet or script
// reads the numbers whatever its language); one row per service.

const PARAMETERS: QosParameter[] = ['throughput', 'loss', 'delay', 'jitter'];

const HEADER = [
  'service', 'column', 'thresholds',
  'throughput_bit_s', 'throughput_index', 'loss_percent', 'loss_index', 'delay_ms', 'delay_index', 'jitter_ms', 'jitter_index',
  'mean_index', 'percent', 'verdict',
];

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function comparisonCsv(rows: readonly ComparisonRow[], column: 'recipe' | 'measured', thresholds: string): string {
  const lines = [HEADER.join(',')];
  for (const row of rows) {
    const v = row.values;
    const measures: Record<QosParameter, number | null> = { throughput: v.throughputBitsPerSecond, loss: v.lossPercent, delay: v.delayMs, jitter: v.jitterMs };
    const fields: Array<string | number | null> = [row.service, column, thresholds];
    for (const parameter of PARAMETERS) fields.push(measures[parameter], row.grade[parameter]);
    fields.push(row.grade.mean, row.grade.percent, row.grade.verdict);
    lines.push(fields.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
