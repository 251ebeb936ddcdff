import { describe, expect, it } from 'vitest';
import { chartReadiness } from '../../../renderer/charts/readiness';

describe('chart readiness', () => {
  it('settles at once with no chart, and only after every expected chart has painted', async () => {
    const readiness = chartReadiness();
    await expect(readiness.settled()).resolves.toBeUndefined();
    const first = readiness.expect();
    const second = readiness.expect();
    let settled = false;
    void readiness.settled().then(() => (settled = true));
    first();
    first();
    await Promise.resolve();
    expect(settled).toBe(false);
    second();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
