import type { Handlers } from '../handler-types';
import type { Logger } from './log-file';

// The page's errors in main's log, where a student's help request finds them. A page that
// fails in a loop (an error on every frame) must not fill the log: a fixed budget per minute,
// and one line saying how many were left out.

export interface RendererLogOptions {
  logger: Pick<Logger, 'log'>;
  /** Milliseconds; a clock the tests control. */
  now?: () => number;
  perMinute?: number;
}

const MINUTE_MS = 60_000;

export function rendererLogHandlers({ logger, now = Date.now, perMinute = 20 }: RendererLogOptions): Pick<Handlers, 'log.rendererError'> {
  let windowStart = -Infinity;
  let logged = 0;
  let dropped = 0;
  return {
    'log.rendererError': async ({ kind, message, stack, page }) => {
      const time = now();
      if (time - windowStart >= MINUTE_MS) {
        if (dropped) logger.log('warn', `renderer: ${dropped} more errors in a minute were not logged`);
        windowStart = time;
        logged = 0;
        dropped = 0;
      }
      if (logged >= perMinute) {
        dropped++;
        return { logged: false };
      }
      logged++;
      logger.log('error', `renderer ${kind}: ${message}`, { page, stack });
      return { logged: true };
    },
  };
}
