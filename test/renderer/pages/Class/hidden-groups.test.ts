import { describe, expect, it } from 'vitest';
import { hiddenGroups, type ClassColumn, type ColumnGroup, type TableFit } from '../../../../renderer/pages/Class/class-table';

// Which column groups the class table hides: the lecturer's choice first, then as many of the
// rest as the measured table has room for, in priority order (memory, the services, CPU last).

/** Only the key and the group matter here; `widths` gives each column 100 px. */
const column = (key: string, group: ColumnGroup) => ({ key, group }) as ClassColumn;
const columns = [
  column('mem:0', 'memory'),
  column('mem:1', 'memory'),
  column('cpu:0', 'cpu'),
  column('cpu:1', 'cpu'),
  column('qos:A:delay', 'service:A'),
  column('qos:B:delay', 'service:B'),
];
const fit = (room: number): TableFit => ({ room, fixed: 300, widths: Object.fromEntries(columns.map((c) => [c.key, 100])) });
const hidden = (chosen: Record<string, boolean>, room: number | null) => [...hiddenGroups(columns, chosen, room === null ? null : fit(room))].sort();

describe('the class table’s hidden groups', () => {
  it('shows the groups that fit in priority order and stops at the first that does not', () => {
    expect(hidden({}, 600)).toEqual(['cpu', 'service:B']);
    // One pixel short of the second service.
    expect(hidden({}, 699)).toEqual(['cpu', 'service:B']);
    expect(hidden({}, 700)).toEqual(['cpu']);
    expect(hidden({}, 900)).toEqual([]);
  });

  it('keeps the first group even without room for it', () => {
    expect(hidden({}, 100)).toEqual(['cpu', 'service:A', 'service:B']);
  });

  it('lets the lecturer’s choice win, and fits the rest in the room it leaves', () => {
    expect(hidden({ cpu: true }, 600)).toEqual(['service:A', 'service:B']);
    expect(hidden({ 'service:B': true, memory: false }, 600)).toEqual(['cpu', 'memory']);
    expect(hidden({ 'service:A': true, 'service:B': true }, 100)).toEqual(['cpu']);
  });

  it('shows every group not chosen away while the table waits to be measured', () => {
    expect(hidden({ cpu: false }, null)).toEqual(['cpu']);
  });
});
