import type { TFunction } from 'i18next';
import { formatFixed } from '../../../core/format/numbers';
import type { ClassColumn, ColumnGroup } from './class-table';

// How the class table's columns are worded: short on screen under their group's header, in
// full (group, column and unit) in the saved CSV where each header stands alone.

export function groupHeader(group: ColumnGroup, t: TFunction): string {
  if (group === 'memory') return t('class.group.memory');
  if (group === 'cpu') return t('class.group.cpu');
  return group.slice('service:'.length);
}

export function columnHeader(column: ClassColumn, t: TFunction): string {
  const head = column.head;
  switch (head.of) {
    case 'memBase':
      return t('class.column.memBase', { step: head.step });
    case 'memGrowth':
      return t('class.column.memGrowth', { step: head.step });
    case 'memPerGuest':
      return t('class.column.memPerGuest');
    case 'cpu':
      return head.step;
    case 'qos':
      return t(`class.index.${head.index}`);
    case 'serviceMean':
      return t('class.column.mean');
  }
}

/** The header a CSV file carries: "WordPress · Throughput (kbit/s)". */
export function csvHeader(column: ClassColumn, t: TFunction): string {
  const unit = column.unit ? ` (${column.unit})` : '';
  return `${groupHeader(column.group, t)} · ${columnHeader(column, t)}${unit}`;
}

export function csvIndexHeader(column: ClassColumn, t: TFunction): string {
  return `${groupHeader(column.group, t)} · ${columnHeader(column, t)} · ${t('class.column.index')}`;
}

/** A column's figure as the table prints it; the unit is in the group's header. */
export function formatCell(column: ClassColumn, value: number, locale: string): string {
  const text = formatFixed(Math.abs(value), column.digits, locale);
  if (!column.signed) return value < 0 ? `−${text}` : text;
  return `${value < 0 ? '−' : '+'}${text}`;
}
