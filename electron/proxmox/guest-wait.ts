// A power task that ended is not a guest that changed: an HA-managed guest's task (`hastart`,
// `hastop`) only hands the request to the HA manager, and even a plain start reports the guest
// running a moment later. So the guest's own status is read until it says what was asked.

export interface GuestWaitOptions {
  timeoutMs: number;
  pollMs: number;
  /** Milliseconds, on the caller's clock. */
  now(): number;
  /** Rejects when the caller gives up (an abort). */
  sleep(ms: number): Promise<void>;
}

/** True once `read` reports `wanted`; false when it still does not after timeoutMs. */
export async function untilGuestIs(read: () => Promise<string>, wanted: string, options: GuestWaitOptions): Promise<boolean> {
  const deadline = options.now() + options.timeoutMs;
  while ((await read()) !== wanted) {
    if (options.now() > deadline) return false;
    await options.sleep(options.pollMs);
  }
  return true;
}

/** The status a power action leads to. */
export const statusAfter = (action: 'start' | 'shutdown' | 'stop'): 'running' | 'stopped' => (action === 'start' ? 'running' : 'stopped');

/** Task types of qemu-server and pve-container that only pass a request to the HA manager. */
export const isHaRequest = (taskType: string): boolean => taskType === 'hastart' || taskType === 'hastop';
