import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { ClassColumn, TableFit } from './class-table';

interface Measured {
  columns: readonly ClassColumn[];
  language: string;
  fixed: number;
  widths: Record<string, number>;
}

/** Each column's width from its header cell, and what the table takes besides them. */
function measureTable(table: HTMLTableElement): Pick<Measured, 'fixed' | 'widths'> {
  const widths: Record<string, number> = {};
  for (const cell of table.querySelectorAll<HTMLElement>('thead th[data-column]')) widths[cell.dataset.column!] = cell.getBoundingClientRect().width;
  const columns = Object.values(widths).reduce((sum, width) => sum + width, 0);
  return { fixed: table.getBoundingClientRect().width - columns, widths };
}

/**
 * The class table's measure, for choosing the columns that fit: taken once per class and language
 * from the table laid out with every group at its natural width (`measuring` while that is due), the
 * room kept up to date as the window resizes. Null until the table has been on the page.
 */
export function useColumnFit(
  scroller: RefObject<HTMLElement | null>,
  columns: readonly ClassColumn[],
  language: string,
  tableShown: boolean,
): { fit: TableFit | null; measuring: boolean } {
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [room, setRoom] = useState<number | null>(null);
  const current = measured?.columns === columns && measured.language === language ? measured : null;

  // Before paint: the lecturer never sees the table with every group that measuring lays out.
  useLayoutEffect(() => {
    const table = scroller.current?.querySelector('table');
    if (current || !table) return;
    setMeasured({ columns, language, ...measureTable(table) });
  }, [scroller, current, columns, language, tableShown]);

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!tableShown || !box) return;
    const measure = () => setRoom(box.clientWidth);
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(box);
    return () => resized.disconnect();
  }, [scroller, tableShown]);

  const fit = useMemo(() => (current && room !== null ? { room, fixed: current.fixed, widths: current.widths } : null), [current, room]);
  return { fit, measuring: !current };
}
