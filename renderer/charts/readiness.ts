import { createContext } from 'react';

// The printed report may only be printed once every chart on it has painted: each chart says
// it is expected when it mounts and done after its first render; the print route waits for
// the count to fall to zero (window.__proxlabReportReady).

export interface ChartReadiness {
  /** A chart is about to draw; call the returned function once it has (calling it again does nothing). */
  expect(): () => void;
  /** Resolves once no chart is left waiting to draw. */
  settled(): Promise<void>;
}

export function chartReadiness(): ChartReadiness {
  let pending = 0;
  let waiters: Array<() => void> = [];
  const flush = () => {
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };
  return {
    expect() {
      pending++;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        pending--;
        if (pending === 0) flush();
      };
    },
    settled() {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

/** Outside a report (the Captures page) there is nothing to wait for. */
export const ChartReadinessContext = createContext<ChartReadiness | null>(null);

/** Device pixels per CSS pixel for printed charts: about 290 dpi on paper, sharp at A4. */
export const PRINT_PIXEL_RATIO = 3;
