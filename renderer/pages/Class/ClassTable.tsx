import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassStudent } from '../../../core/class/schema';
import { VERDICT_LABELS } from '../../../core/qos/labels';
import { formatFixed } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import { BoxPlot, IndexHistogram } from './DistributionCharts';
import type { ClassColumn, ColumnGroup, Sort, SortKey } from './class-table';
import { columnHeader, formatCell, groupHeader } from './column-words';
import { useScrollEdges } from './useScrollEdges';

interface Props {
  columns: readonly ClassColumn[];
  students: readonly ClassStudent[];
  flagCounts: Map<string, number>;
  sort: Sort;
  onSort(key: SortKey): void;
  onShowFlags(student: string): void;
  /** The box the table scrolls in, for the page to measure. */
  scroller: RefObject<HTMLDivElement | null>;
  /** Laid out at its natural width, every column as wide as its content, for the page to measure. */
  measuring: boolean;
}

function SortButton({ sortKey, sort, onSort, label, unit }: { sortKey: SortKey; sort: Sort; onSort(key: SortKey): void; label: string; unit?: string | null }) {
  const active = sort.key === sortKey;
  return (
    <button type="button" className="sort" onClick={() => onSort(sortKey)}>
      {label}
      <span className="sort-mark" aria-hidden="true">
        {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
      </span>
      {unit && <span className="unit">{unit}</span>}
    </button>
  );
}

const ariaSort = (sort: Sort, key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);

/**
 * One row per student, the columns in their groups, the class's spread under each header. The
 * table scrolls in its own box, the student column and the headers staying in view; a shadow on
 * either side says columns are scrolled out of view there.
 */
export function ClassTable({ columns, students, flagCounts, sort, onSort, onShowFlags, scroller, measuring }: Props) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const groups: Array<{ group: ColumnGroup; span: number }> = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && last.group === column.group) last.span++;
    else groups.push({ group: column.group, span: 1 });
  }
  const unitOf = (group: ColumnGroup) => (group === 'memory' ? ' (MiB)' : group === 'cpu' ? ' (%)' : '');
  const statText = (column: ClassColumn, value: number | null) => (value === null ? '–' : formatFixed(value, column.digits, locale));
  const groupStarts = new Set(columns.filter((column, i) => column.group !== columns[i - 1]?.group).map((column) => column.key));
  const cellClass = (column: ClassColumn) => (groupStarts.has(column.key) ? 'number group-start' : 'number');
  const edges = useScrollEdges(scroller);

  return (
    <div className="class-table-frame" data-more-left={edges.left || undefined} data-more-right={edges.right || undefined}>
      <div className="class-table-wrap" ref={scroller} tabIndex={0} role="region" aria-label={t('class.table.label')}>
        <table className="data-table class-table" data-testid="class-table" data-measuring={measuring || undefined}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} aria-sort={ariaSort(sort, 'student')} className="student-col">
                <SortButton sortKey="student" sort={sort} onSort={onSort} label={t('class.table.student')} />
              </th>
              <th scope="col" rowSpan={2} aria-sort={ariaSort(sort, 'overall')}>
                <SortButton sortKey="overall" sort={sort} onSort={onSort} label={t('class.table.overall')} />
              </th>
              <th scope="col" rowSpan={2} aria-sort={ariaSort(sort, 'flags')} className="number">
                <SortButton sortKey="flags" sort={sort} onSort={onSort} label={t('class.table.flags')} />
              </th>
              {groups.map(({ group, span }) => (
                <th key={group} scope="colgroup" colSpan={span} className="group group-start" data-group={group}>
                  <span className="group-name">
                    {groupHeader(group, t)}
                    {unitOf(group)}
                  </span>
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={cellClass(column)} aria-sort={ariaSort(sort, column.key)} data-column={column.key}>
                  <SortButton
                    sortKey={column.key}
                    sort={sort}
                    onSort={onSort}
                    label={columnHeader(column, t)}
                    unit={column.head.of === 'qos' ? column.unit : null}
                  />
                </th>
              ))}
            </tr>
            <tr className="spread">
              <th scope="row" className="student-col">
                {t('class.table.spread')}
              </th>
              <td colSpan={2} />
              {columns.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {column.histogram ? (
                    <IndexHistogram
                      bins={column.histogram}
                      label={t('class.table.histogramLabel', { counts: column.histogram.map((b) => `${b.index}: ${b.count}`).join(', ') })}
                    />
                  ) : column.stats ? (
                    <BoxPlot
                      stats={column.stats}
                      label={t('class.table.boxLabel', {
                        min: statText(column, column.stats.min),
                        q1: statText(column, column.stats.q1),
                        median: statText(column, column.stats.median),
                        q3: statText(column, column.stats.q3),
                        max: statText(column, column.stats.max),
                      })}
                    />
                  ) : null}
                </td>
              ))}
            </tr>
            <tr className="spread-numbers">
              <th scope="row" className="student-col">
                {t('class.table.medianIqr')}
              </th>
              <td colSpan={2} />
              {columns.map((column) => (
                <td key={column.key} className={cellClass(column)} data-stat={column.key}>
                  {column.stats && column.stats.count > 0 ? (
                    <>
                      <span className="median">{statText(column, column.stats.median)}</span>
                      <span className="iqr">{t('class.table.iqr', { iqr: statText(column, column.stats.iqr) })}</span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {students.map((student) => {
              const flags = flagCounts.get(student.id) ?? 0;
              return (
                <tr key={student.id} data-student={student.id}>
                  <th scope="row" className="student-col">
                    <span className="student-id">{student.id}</span>
                    {student.names.length > 0 && <span className="student-names">{student.names.join(', ')}</span>}
                  </th>
                  <td data-column="overall">
                    {student.overall ? (
                      <>
                        <span className="value">{formatFixed(student.overall.mean, 2, locale)}</span>{' '}
                        <span className="verdict">{VERDICT_LABELS[language][student.overall.verdict]}</span>
                      </>
                    ) : (
                      <span className="missing">–</span>
                    )}
                  </td>
                  <td className="number" data-column="flags">
                    {flags > 0 ? (
                      <button
                        type="button"
                        className="link-button flag-count"
                        onClick={() => onShowFlags(student.id)}
                        aria-label={t('class.table.showFlags', { count: flags, student: student.id })}
                      >
                        {flags}
                      </button>
                    ) : (
                      <span className="missing">0</span>
                    )}
                  </td>
                  {columns.map((column) => {
                    const value = column.value(student);
                    const index = column.grade?.(student) ?? null;
                    return (
                      <td key={column.key} className={cellClass(column)} data-column={column.key}>
                        {value === null ? <span className="missing">–</span> : <span className="value">{formatCell(column, value, locale)}</span>}
                        {index !== null && (
                          <span className={`index-badge index-${index}`} title={t('class.table.indexTitle', { index })}>
                            {index}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
