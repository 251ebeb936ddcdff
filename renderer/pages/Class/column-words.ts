import type { TFunction } from 'i18next';
import { formatFixed } from '../../../core/format/numbers';
import type { ClassColumn, ColumnGroup } from './class-table';
import { stepLabel } from '../../format/step-label';

// How the class table's columns are worded: short, under their group's header.

export function groupHeader(group: ColumnGroup, t: TFunction): string {
  if (group === 'memory') return t('class.group.memory');
  if (group === 'cpu') return t('class.group.cpu');
  return group.slice('service:'.length);
}

export function columnHeader(column: ClassColumn, t: TFunction): string {
  const head = column.head;
  switch (head.of) {
    case 'memBase':
      return t('class.column.memBase', { step: stepLabel(head.step, t) });
    case 'memGrowth':
      return t('class.column.memGrowth', { step: stepLabel(head.step, t) });
    case 'memPerGuest':
      return t('class.column.memPerGuest');
    case 'cpu':
      return stepLabel(head.step, t);
    case 'qos':
      return t(`class.index.${head.index}`);
    case 'serviceMean':
      return t('class.column.mean');
  }
}

/** A column's figure as the table prints it; the unit is in the group's header. */
export function formatCell(column: ClassColumn, value: number, locale: string): string {
  const text = formatFixed(Math.abs(value), column.digits, locale);
  if (!column.signed) return value < 0 ? `−${text}` : text;
  return `${value < 0 ? '−' : '+'}${text}`;
}
