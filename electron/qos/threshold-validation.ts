import type { Band, QosParameter, ThresholdSet } from '../../core/qos/threshold-schema';

// A user's threshold set must still grade every value at most once and in one direction:
// bands in order, no overlap, edges finite and not negative, indexes rising or falling
// steadily. Gaps are allowed (a value there is "not graded").

export type ThresholdProblemCode = 'name' | 'empty' | 'bound' | 'order' | 'overlap' | 'direction';

export interface ThresholdProblem {
  parameter: QosParameter | null;
  /** Position of the band in the set's list, when one band is at fault. */
  band: number | null;
  code: ThresholdProblemCode;
}

const PARAMETERS: QosParameter[] = ['throughput', 'delay', 'jitter', 'loss'];
const NAME_LIMIT = 80;

const lowerOf = (b: Band) => (b.lower === null ? -Infinity : b.lower.value);

export function thresholdSetProblems(set: ThresholdSet): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  if (!set.name.trim() || set.name.length > NAME_LIMIT) problems.push({ parameter: null, band: null, code: 'name' });
  for (const parameter of PARAMETERS) {
    const bands = set.bands[parameter];
    if (bands.length === 0) {
      problems.push({ parameter, band: null, code: 'empty' });
      continue;
    }
    let boundsOk = true;
    bands.forEach((b, band) => {
      const values = [b.lower?.value, b.upper?.value].filter((v): v is number => v !== undefined);
      const bad = values.some((v) => !Number.isFinite(v) || v < 0);
      const empty =
        b.lower !== null &&
        b.upper !== null &&
        (b.lower.value > b.upper.value || (b.lower.value === b.upper.value && !(b.lower.inclusive && b.upper.inclusive)));
      if (bad || empty) {
        problems.push({ parameter, band, code: bad ? 'bound' : 'order' });
        boundsOk = false;
      }
    });
    if (!boundsOk) continue;
    const order = bands.map((_, i) => i).sort((a, b) => lowerOf(bands[a]) - lowerOf(bands[b]));
    for (let k = 1; k < order.length; k++) {
      const below = bands[order[k - 1]];
      const above = bands[order[k]];
      if (below.upper === null || above.lower === null) {
        problems.push({ parameter, band: order[k], code: 'overlap' });
        continue;
      }
      const touching = below.upper.value === above.lower.value;
      if (below.upper.value > above.lower.value || (touching && below.upper.inclusive && above.lower.inclusive)) {
        problems.push({ parameter, band: order[k], code: 'overlap' });
      }
    }
    const indexes = order.map((i) => bands[i].index);
    const rising = indexes.every((v, i) => i === 0 || v > indexes[i - 1]);
    const falling = indexes.every((v, i) => i === 0 || v < indexes[i - 1]);
    if (!rising && !falling) problems.push({ parameter, band: null, code: 'direction' });
  }
  return problems;
}
