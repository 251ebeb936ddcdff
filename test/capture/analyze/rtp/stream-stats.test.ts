import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RtpStreamStats, type RtpSample } from '../../../../electron/capture/analyze/rtp';

const G711A = 8;

function feed(packets: Array<Partial<RtpSample> & { timeMs: number; sequence: number; timestamp: number }>): RtpStreamStats {
  const stats = new RtpStreamStats();
  for (const p of packets) stats.add({ payloadType: G711A, marker: false, clockRate: 8000, ...p });
  return stats;
}

describe('RTP stream statistics', () => {
  it('computes the RFC 3550 jitter, the deltas and their running means as Wireshark does (hand-computed)', () => {
    // 20 ms of G.711 (160 samples at 8 kHz) per packet; the third arrives 5 ms late, the fourth on time.
    const s = feed([
      { timeMs: 0, sequence: 1, timestamp: 0 },
      { timeMs: 20, sequence: 2, timestamp: 160 },
      { timeMs: 45, sequence: 3, timestamp: 320 },
      { timeMs: 60, sequence: 4, timestamp: 480 },
    ]);
    // D: 0, |45 − (20 + 20)| = 5, |60 − (45 + 20)| = 5; J: 0, 5/16, (15·5/16 + 5)/16.
    expect(s.jitterMs).toBe(0.60546875);
    expect(s.maxJitterMs).toBe(0.60546875);
    expect(s.minJitterMs).toBe(0);
    // Running means over 1, 2, 3 earlier packets: J (0 → 0.15625 → 0.30598958…), delta (20 → 22.5 → 20).
    expect(s.meanJitterMs).toBeCloseTo((0.15625 * 2 + 0.60546875) / 3, 12);
    expect([s.minDeltaMs, s.maxDeltaMs, s.meanDeltaMs]).toEqual([15, 25, 20]);
    expect([s.packets, s.expected, s.lost, s.problem]).toEqual([4, 4, 0, false]);
  });

  it('follows the jitter recursion J ← J + (|D| − J)/16: a constant |D| = c gives c·(1 − (15/16)^n)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200 }), (lateMs, n) => {
        // Every packet arrives lateMs later than the previous one's timestamp gap says.
        const packets = [];
        for (let i = 0; i <= n; i++) packets.push({ timeMs: i * (20 + lateMs), sequence: i, timestamp: i * 160 });
        const s = feed(packets);
        expect(s.jitterMs).toBeCloseTo(lateMs * (1 - (15 / 16) ** n), 9);
        expect(s.maxJitterMs).toBeCloseTo(s.jitterMs, 12);
      }),
    );
  });

  it('counts expected packets across the 16-bit sequence wrap', () => {
    expect(feed([65534, 65535, 0, 1].map((sequence, i) => ({ sequence, timeMs: i * 20, timestamp: i * 160 }))).expected).toBe(4);
    const lostOverWrap = feed([65534, 65535, 2].map((sequence, i) => ({ sequence, timeMs: i * 20, timestamp: i * 160 })));
    expect([lostOverWrap.expected, lostOverWrap.lost, lostOverWrap.sequenceCycles]).toEqual([5, 2, 1]);
  });

  it('reports a duplicate as a negative loss and a problem', () => {
    const s = feed([1, 2, 2, 3].map((sequence, i) => ({ sequence, timeMs: i * 20, timestamp: sequence * 160 })));
    expect([s.expected, s.lost, s.problem]).toEqual([3, -1, true]);
  });

  it('expects last − first + 1 packets (unwrapped) for any stream moving forward in steps below 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65000 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 3000 }), (start, steps) => {
        let unwrapped = start;
        const packets = [{ sequence: start, timeMs: 0, timestamp: 0 }];
        for (const [i, step] of steps.entries()) {
          unwrapped += step;
          packets.push({ sequence: unwrapped % 65536, timeMs: (i + 1) * 20, timestamp: (i + 1) * 160 });
        }
        const s = feed(packets);
        expect(s.expected).toBe(unwrapped - start + 1);
        expect(s.lost).toBe(unwrapped - start + 1 - packets.length);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves marked, comfort-noise and out-of-time-order packets out of the delta and jitter extremes', () => {
    const s = feed([
      { timeMs: 0, sequence: 1, timestamp: 8000 },
      { timeMs: 20, sequence: 2, timestamp: 8160 },
      // A talk spurt starts after 1 s of silence: marked, its 1000 ms delta is not a "max delta".
      { timeMs: 1040, sequence: 3, timestamp: 16320, marker: true },
      { timeMs: 1060, sequence: 4, timestamp: 16480 },
      // Comfort noise, then the packet after it: neither counts.
      { timeMs: 1500, sequence: 5, timestamp: 20000, payloadType: 13 },
      { timeMs: 1800, sequence: 6, timestamp: 22400 },
      // Older than the first timestamp: not in time order, a problem, and no delta.
      { timeMs: 1820, sequence: 7, timestamp: 100 },
    ]);
    expect([s.minDeltaMs, s.maxDeltaMs]).toEqual([20, 20]);
    expect(s.problem).toBe(true);
    expect(s.packets).toBe(7);
  });

  it('measures jitter from the last packet with a known clock while the arrival gap restarts at any packet (Wireshark 4.0)', () => {
    // An unknown dynamic type (clock 0) arrives 10 ms after a voice packet; the next voice packet
    // is on time, yet D = |40 − (10 + 20)| = 10 because the arrival base moved and the timestamp base did not.
    const s = feed([
      { timeMs: 0, sequence: 1, timestamp: 0 },
      { timeMs: 20, sequence: 2, timestamp: 160 },
      { timeMs: 30, sequence: 3, timestamp: 160, payloadType: 100, clockRate: 0 },
      { timeMs: 40, sequence: 4, timestamp: 320 },
    ]);
    expect(s.jitterMs).toBe(10 / 16);
  });
});
