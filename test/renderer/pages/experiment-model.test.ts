import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlanSchema } from '../../../core/experiment/plan-schema';
import { resultRows } from '../../../core/experiment/results-table';
import { defaultFormValues, formToPlanInput, moveGuest, parseNumber, plannedSeconds } from '../../../renderer/pages/Experiment/plan-form';
import { GiB, sample, step } from '../charts/experiment-chart-data';

describe('experiment results table', () => {
  it('gives each step its means, its share of the total and what it added', () => {
    // 0 VM: 2 and 4 GiB of 16 → mean 3 GiB, 18.75 %; CPU 0.1 and 0.3 → 20 %; load (1,2,3), (3,2,1) → 2, 2, 2.
    // 1 VM: 5 GiB twice → 31.25 %, added 5 − 3 = 2 GiB. 2 VM: no sample yet.
    const rows = resultRows({
      steps: [
        step(0, [sample(0, 2, 0.1, [1, 2, 3]), sample(2, 4, 0.3, [3, 2, 1])]),
        step(1, [sample(30, 5, 0.5, [4, 4, 4]), sample(32, 5, 0.5, [4, 4, 4])]),
        { ...step(2, []), complete: false },
      ],
    });
    expect(rows.map((r) => [r.label, r.samples, r.memUsedMean, r.memTotal, r.memUsedPercent, r.load, r.added])).toEqual([
      ['0 VM', 2, 3 * GiB, 16 * GiB, 18.75, [2, 2, 2], null],
      ['1 VM', 2, 5 * GiB, 16 * GiB, 31.25, [4, 4, 4], 2 * GiB],
      ['2 VM', 0, null, null, null, null, null],
    ]);
    expect(rows[0].cpuPercent).toBeCloseTo(20, 10);
    expect(rows[1].cpuPercent).toBe(50);
  });
});

describe('experiment plan form', () => {
  it('turns what was typed into the plan, with a decimal comma accepted', () => {
    const values = { ...defaultFormValues('pve'), guests: [101, 102], settleSeconds: '0', intervalSeconds: '0,5', samplesPerStep: '3' };
    expect(PlanSchema.parse(formToPlanInput(values))).toEqual({
      node: 'pve',
      guests: [101, 102],
      settleSeconds: 0,
      intervalSeconds: 0.5,
      samplesPerStep: 3,
      repetitions: 1,
      stopPlannedGuestsFirst: true,
      restoreAtEnd: true,
    });
    expect([parseNumber('2.5'), parseNumber(' 7 '), parseNumber('dua'), parseNumber('1,2,3')]).toEqual([2.5, 7, 'dua', '1,2,3']);
  });

  it('reorders guests without losing or doubling one', () => {
    expect(moveGuest([101, 102, 103], 2, -1)).toEqual([101, 103, 102]);
    expect(moveGuest([101, 102, 103], 0, -1)).toEqual([101, 102, 103]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 100, max: 999 }), { minLength: 1 }), fc.nat(), fc.constantFrom(-1 as const, 1 as const), (guests, i, by) => {
        const moved = moveGuest(guests, i % guests.length, by);
        expect([...moved].sort()).toEqual([...guests].sort());
      }),
    );
  });

  it('estimates the shortest duration of a plan', () => {
    // 3 guests → 4 steps; each 60 s settle + 29 intervals of 2 s = 118 s → 472 s.
    expect(plannedSeconds(PlanSchema.parse({ node: 'pve', guests: [101, 102, 103] }))).toBe(472);
  });
});
