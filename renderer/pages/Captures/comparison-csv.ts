import type { QosParameter } from '../../../core/qos/threshold-schema';
import { csvRow } from '../../../core/csv';
import type { ComparisonRow } from '../../charts/qos-measure';

// The comparison as a table, one row per service: copied as RFC 4180 CSV (comma separated,
// "." decimals, so any spreadsheet or script reads the numbers whatever its language) or saved
// as a file in the dialect the user picks.

const PARAMETERS: QosParameter[] = ['throughput', 'loss', 'delay', 'jitter'];

const HEADER = [
  'service',
  'column',
  'thresholds',
  'throughput_bit_s',
  'throughput_index',
  'loss_percent',
  'loss_index',
  'delay_ms',
  'delay_index',
  'jitter_ms',
  'jitter_index',
  'mean_index',
  'percent',
  'verdict',
];

export function comparisonTable(rows: readonly ComparisonRow[], column: 'recipe' | 'measured', thresholds: string): Array<Array<string | number | null>> {
  const table: Array<Array<string | number | null>> = [HEADER];
  for (const row of rows) {
    const v = row.values;
    const measures: Record<QosParameter, number | null> = { throughput: v.throughputBitsPerSecond, loss: v.lossPercent, delay: v.delayMs, jitter: v.jitterMs };
    const fields: Array<string | number | null> = [row.service, column, thresholds];
    for (const parameter of PARAMETERS) fields.push(measures[parameter], row.grade[parameter]);
    fields.push(row.grade.mean, row.grade.percent, row.grade.verdict);
    table.push(fields);
  }
  return table;
}

export function comparisonCsv(rows: readonly ComparisonRow[], column: 'recipe' | 'measured', thresholds: string): string {
  return comparisonTable(rows, column, thresholds).map(csvRow).join('');
}
