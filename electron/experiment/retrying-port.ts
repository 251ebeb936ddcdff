import { asProxmoxError } from '../proxmox/errors';
import type { Clock, ExperimentPort } from './port';

// A run lasts many minutes: a node that is briefly busy, restarting pveproxy or dropping a
// connection must not end it. Reads are asked again after a pause; starts and shutdowns never
// are (PVE may have acted on them), and a run cut short anyway can be resumed.

/** Pauses before each new attempt of a read; the run gives up after the last. */
export const READ_RETRY_DELAYS_MS = [2_000, 5_000, 15_000] as const;

/** Failures that usually pass within seconds: a timeout, a cut connection, a 5xx. */
export function worthRetrying(error: unknown): boolean {
  const failure = asProxmoxError(error);
  if (!failure) return false;
  if (failure.kind === 'timeout' || failure.kind === 'reset' || failure.kind === 'proxy-failed') return true;
  return failure.kind === 'server' && (failure.status ?? 0) >= 500;
}

/**
 * Failures after which the run can go on once the cause is fixed (a rotated token, a node back
 * online, a certificate pinned again): the run is interrupted, not failed. An answer of a shape
 * ProxLab does not know, or a guest that is gone, will not be fixed by trying again.
 */
export function leavesRunResumable(error: unknown): boolean {
  const failure = asProxmoxError(error);
  if (!failure) return false;
  return failure.category !== 'other' || failure.kind === 'server' || failure.kind === 'too-large';
}

type Reads = 'pveVersion' | 'guests' | 'runningGuests' | 'guestStatus' | 'waitForTask' | 'sample' | 'environment';

export function retryingReads(port: ExperimentPort, clock: Clock, signal: AbortSignal, delays: readonly number[] = READ_RETRY_DELAYS_MS): ExperimentPort {
  const retried =
    <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await read(...args);
        } catch (error) {
          if (attempt >= delays.length || !worthRetrying(error) || signal.aborted) throw error;
          await clock.sleep(delays[attempt], signal);
        }
      }
    };
  const reads: Pick<ExperimentPort, Reads> = {
    pveVersion: retried(() => port.pveVersion()),
    guests: retried((node) => port.guests(node)),
    runningGuests: retried((node) => port.runningGuests(node)),
    guestStatus: retried((node, vmid) => port.guestStatus(node, vmid)),
    waitForTask: retried((node, upid, taskSignal) => port.waitForTask(node, upid, taskSignal)),
    sample: retried((node, guests) => port.sample(node, guests)),
    environment: retried((node, guests) => port.environment(node, guests)),
  };
  return { ...reads, startGuest: (node, vmid) => port.startGuest(node, vmid), shutdownGuest: (node, vmid) => port.shutdownGuest(node, vmid) };
}
