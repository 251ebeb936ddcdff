import type { Band } from '../../../core/qos/threshold-schema';
import { formatFixed } from '../../../core/format/numbers';

// A band's range as docs/qos-method.md §Thresholds writes it: "< 150", "150 – < 300", "> 75 – 125", "≥ 450".

const number = (value: number, locale: string) => formatFixed(value, value % 1 === 0 ? 0 : String(value).split('.')[1].length, locale);

export function bandRangeText(band: Band, unit: string, locale: string): string {
  const { lower, upper } = band;
  let text: string;
  if (lower === null && upper === null) text = '*';
  else if (lower === null) text = `${upper!.inclusive ? '≤' : '<'} ${number(upper!.value, locale)}`;
  else if (upper === null) text = `${lower.inclusive ? '≥' : '>'} ${number(lower.value, locale)}`;
  else text = `${lower.inclusive ? '' : '> '}${number(lower.value, locale)} – ${upper.inclusive ? '' : '< '}${number(upper.value, locale)}`;
  return `${text} ${unit}`;
}
