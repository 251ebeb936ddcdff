import type { Band, ThresholdSet } from './threshold-schema';
import { BUILT_IN_SET_NAMES } from './labels';

// Threshold sets are data: ordered bands with explicit bounds, so the choices at the edges
// (every cited TIPHON table states only round numbers) are visible and editable.

const below = (value: number, inclusive = false) => ({ value, inclusive });
const from = (value: number, inclusive = true) => ({ value, inclusive });
const band = (index: number, lower: Band['lower'], upper: Band['upper']): Band => ({ index, lower, upper });

const commonBands = {
  delay: [band(4, null, below(150)), band(3, from(150), below(300)), band(2, from(300), below(450)), band(1, from(450), null)],
  jitter: [band(4, null, below(0.5)), band(3, from(0.5), below(75, true)), band(2, from(75, false), below(125, true)), band(1, from(125, false), null)],
  loss: [band(4, null, below(3)), band(3, from(3), below(15)), band(2, from(15), below(25)), band(1, from(25), null)],
};

export const TIPHON_KBPS: ThresholdSet = {
  id: 'tiphon-skripsi',
  name: BUILT_IN_SET_NAMES['tiphon-skripsi'].id,
  builtIn: true,
  throughputMeasure: 'kbps',
  bands: {
    throughput: [
      band(4, from(2100, false), null),
      band(3, from(1200, false), below(2100, true)),
      band(2, from(700, false), below(1200, true)),
      band(1, from(338), below(700, true)),
      band(0, null, below(338)),
    ],
    ...commonBands,
  },
};

export const TIPHON_LINK_PERCENT: ThresholdSet = {
  id: 'tiphon-link-percent',
  name: BUILT_IN_SET_NAMES['tiphon-link-percent'].en,
  builtIn: true,
  throughputMeasure: 'percent-of-link',
  bands: {
    throughput: [band(4, from(75), null), band(3, from(50), below(75)), band(2, from(25), below(50)), band(1, null, below(25))],
    ...commonBands,
  },
};

export const BUILT_IN_THRESHOLD_SETS: readonly ThresholdSet[] = [TIPHON_KBPS, TIPHON_LINK_PERCENT];
