import { describe, expect, it } from 'vitest';
import { mergeChartData } from '../../../renderer/charts/merge-data';

describe('mergeChartData', () => {
  it('keeps each dataset object and gives it the new fields, dropping the ones the new data lacks', () => {
    const memory = { label: 'Memory', data: [1, 2], pointRadius: 3 };
    const cpu = { label: 'CPU', data: [5, 6] };
    const current = { datasets: [memory, cpu] };
    mergeChartData(
      current as never,
      {
        datasets: [
          { label: 'Memory', data: [1, 2, 3] },
          { label: 'CPU', data: [5, 6, 7], borderWidth: 1.5 },
        ],
      } as never,
    );
    expect(current.datasets[0]).toBe(memory);
    expect(current.datasets[1]).toBe(cpu);
    expect(current.datasets).toEqual([
      { label: 'Memory', data: [1, 2, 3] },
      { label: 'CPU', data: [5, 6, 7], borderWidth: 1.5 },
    ]);
  });

  it('adds and removes datasets at the end and replaces the labels', () => {
    const first = { data: [1] };
    const current = { labels: ['a'], datasets: [first, { data: [2] }] };
    mergeChartData(current as never, { labels: ['b', 'c'], datasets: [{ data: [3, 4] }] } as never);
    expect(current).toEqual({ labels: ['b', 'c'], datasets: [{ data: [3, 4] }] });
    expect(current.datasets[0]).toBe(first);
    mergeChartData(current as never, { datasets: [{ data: [5] }, { data: [6] }] } as never);
    expect(current).toEqual({ datasets: [{ data: [5] }, { data: [6] }] });
  });
});
