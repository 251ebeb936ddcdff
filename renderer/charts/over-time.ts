import { PRINT_PIXEL_RATIO } from './readiness';
import { axisTickLabel } from './tick-label';

// What the charts of a capture over time (I/O graph, RTT) share: the print settings, points given
// as {x, y} already (no parsing), and the x axis in seconds from the first displayed packet.

export function overTimeOptions(print: boolean) {
  return {
    animation: print ? (false as const) : undefined,
    devicePixelRatio: print ? PRINT_PIXEL_RATIO : undefined,
    responsive: true,
    maintainAspectRatio: false,
    parsing: false as const,
  };
}

/**
 * Time starts at 0, the first displayed packet, as in Wireshark, not at the first sample drawn.
 * Where the axis ends between two steps (at the last interval's end), the ticks stop at the
 * last whole step rather than label the end too: 1.4, 1.6 and no 1.7 squeezed in after.
 */
export function secondsAxis(title: string, locale: string) {
  return {
    type: 'linear' as const,
    min: 0,
    title: { display: true, text: title },
    ticks: {
      includeBounds: false,
      callback: (value: string | number, _index: number, ticks: ReadonlyArray<{ value: number }>) => axisTickLabel(value, ticks, locale),
    },
  };
}
