import { describe, expect, it } from 'vitest';
import type { RrdRowView } from '../../../core/contract/proxmox';
import { formatRrdValue, rrdConfig, rrdPoints, rrdTimeTicks } from '../../../renderer/charts/rrd-config';
import { havePveFixtures, pveFixture } from '../../support/pve-fixtures';

// Rows of the contract's recorded RRD answer (PVE 7/8, hour) and hand-made rows with gaps.

const rows: RrdRowView[] = [
  {
    time: 1690394400,
    values: {
      cpu: 0.00382233720423565,
      iowait: 2.22623823334192e-5,
      loadavg: 0.0788333333333333,
      memused: 1460221747.2,
      memtotal: 4082933760,
      netin: 9277.89,
      netout: 4170.07,
    },
  },
  { time: 1690394460, values: {} },
  { time: 1690394520, values: { cpu: 0.5, memused: 2147483648 } },
];

describe('RRD chart configuration', () => {
  it('converts each metric to its unit and leaves a missing value as a gap', () => {
    const [cpu, iowait] = rrdPoints(rows, 'cpu');
    expect(cpu.map((p) => p.y)).toEqual([expect.closeTo(0.382233720423565, 12), null, 50]);
    expect(iowait.map((p) => p.y)).toEqual([expect.closeTo(0.00222623823334192, 12), null, null]);
    const [used, total] = rrdPoints(rows, 'memory');
    // 1 460 221 747.2 B / 1 073 741 824 = 1.35994… GiB; 2 GiB exactly.
    expect(used.map((p) => p.y)).toEqual([expect.closeTo(1.359942, 5), null, 2]);
    expect(total[0].y).toBeCloseTo(3.80254, 4);
    expect(rrdPoints(rows, 'network')[0].map((p) => p.y)).toEqual([9277.89, null, null]);
    expect(rrdPoints(rows, 'load')[0].map((p) => p.x)).toEqual([1690394400, 1690394460, 1690394520]);
  });

  it('formats values with their units in each language', () => {
    expect(formatRrdValue('cpu', 6.1421, 'id-ID')).toBe('6,14 %');
    expect(formatRrdValue('memory', 11.7686, 'en-US')).toBe('11.77 GiB');
    expect(formatRrdValue('network', 9277.89, 'id-ID')).toBe('9,28 kB/s');
    expect(formatRrdValue('load', 0.0788, 'en-US')).toBe('0.08');
  });

  it('spans the x axis over the rows, keeps CPU within 100 % and labels the series', () => {
    const config = rrdConfig(rows, 'cpu', { locale: 'en-US', timeframe: 'hour', labels: { cpu: 'CPU usage', iowait: 'IO delay' }, print: true });
    expect(config.options!.scales!.x).toMatchObject({ min: 1690394400, max: 1690394520 });
    expect(config.options!.scales!.y).toMatchObject({ max: 100 });
    expect(config.options!.animation).toBe(false);
    expect(config.data.datasets.map((d) => [d.label, d.spanGaps])).toEqual([
      ['CPU usage', false],
      ['IO delay', false],
    ]);
  });

  it.runIf(havePveFixtures)('reads every row of the recorded hour (70 rows, a value-less last row as gaps)', () => {
    const raw = pveFixture('GET_nodes_pve_rrddata.hour.json').data as Record<string, number>[];
    const fixtureRows = raw.map(({ time, ...values }) => ({ time, values }));
    const [cpu] = rrdPoints(fixtureRows, 'cpu');
    expect(cpu).toHaveLength(70);
    expect(cpu.filter((p) => p.y === null).length).toBe(raw.filter((r) => r.cpu === undefined).length);
    expect(cpu[0].y).toBeCloseTo(raw[0].cpu * 100, 10);
  });

  it("puts time ticks on the round times of the reader's clock", () => {
    // The recorded hour: 1690394400 (2023-07-26 18:00 UTC) and 70 minutes after it.
    const local = (t: number) => new Date(t * 1000);
    const hour = rrdTimeTicks(1690394400 + 37, 1690394400 + 70 * 60, 'hour');
    expect(hour.length).toBeGreaterThanOrEqual(6);
    for (const t of hour) expect([local(t).getMinutes() % 10, local(t).getSeconds()]).toEqual([0, 0]);
    for (let i = 1; i < hour.length; i++) expect(hour[i] - hour[i - 1]).toBe(600);
    const day = rrdTimeTicks(1690394400 - 86400, 1690394400, 'day');
    for (const t of day) expect([local(t).getHours() % 4, local(t).getMinutes()]).toEqual([0, 0]);
    const week = rrdTimeTicks(1690394400 - 7 * 86400, 1690394400, 'week');
    expect(week).toHaveLength(7);
    for (const t of week) expect([local(t).getHours(), local(t).getMinutes()]).toEqual([0, 0]);
  });
});
