import type { Lab } from '../../core/session/lab';
import type { Sample } from '../../core/experiment/run-schema';

export interface GuestListing {
  vmid: number;
  name: string;
  type: 'qemu' | 'lxc';
  status: string;
  maxmem: number | null;
}

/** What the runner needs from a Proxmox node; the Proxmox client implements it. */
export interface ExperimentPort {
  pveVersion(): Promise<string>;
  /** Every guest on the node (the plan form offers them; names label the charts). */
  guests(node: string): Promise<GuestListing[]>;
  /** vmids of every guest on the node that is running now. */
  runningGuests(node: string): Promise<Set<number>>;
  guestStatus(node: string, vmid: number): Promise<string>;
  /** Asks PVE to start / shut down a guest; returns the task's UPID. */
  startGuest(node: string, vmid: number): Promise<string>;
  shutdownGuest(node: string, vmid: number): Promise<string>;
  /** Follows a task to its end: ok is PVE's exitstatus "OK"; log is the task log on failure. */
  waitForTask(node: string, upid: string, signal: AbortSignal): Promise<{ ok: boolean; exitStatus: string; log: string[] }>;
  /** The node's hardware and software and the given guests' configuration, for the report. */
  environment(node: string, guests: readonly number[]): Promise<Lab>;
  /** The node's Summary figures now, plus the memory of the given guests. */
  sample(node: string, guests: readonly number[]): Promise<Omit<Sample, 'time'>>;
}

export interface Clock {
  now(): Date;
  /** Resolves after ms, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }),
};
