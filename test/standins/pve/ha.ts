import type { GuestModel } from './lab';
import type { StandinState } from './server';

// Guests the HA manager looks after. Their start and stop tasks (`hastart`, `hastop`) only hand
// the request to the HA manager and end at once; the guest changes state later, when the HA
// manager gets to it (the stand-in's haMs after the task ends, on its own clock).

export interface HaModel {
  /** The state the HA manager was asked for. */
  state: 'started' | 'stopped';
  /** Stand-in clock (ms) when the guest reaches that state; null when it has. */
  pendingAt: number | null;
}

export function requestHa(state: StandinState, guest: GuestModel, action: 'start' | 'shutdown' | 'stop'): { exitstatus: string; log: string[] } {
  const wanted = action === 'start' ? 'started' : 'stopped';
  guest.ha = { state: wanted, pendingAt: state.now() + state.options.haMs };
  return { exitstatus: 'OK', log: [`Requesting HA ${action === 'start' ? 'start' : 'stop'} for VM ${guest.vmid}`, 'TASK OK'] };
}

/** Brings every HA guest whose time has come to the state it was asked for. */
export function settleHa(state: StandinState): void {
  for (const guest of state.guests) {
    if (!guest.ha || guest.ha.pendingAt === null || state.now() < guest.ha.pendingAt) continue;
    guest.ha.pendingAt = null;
    const run = guest.ha.state === 'started';
    if (run === guest.running) continue;
    guest.running = run;
    if (run) {
      guest.startedAt = state.now();
      guest.pid = state.nextPid++;
    }
  }
}

/** status/current's `ha` and /cluster/resources' `hastate`, as PVE gives them. */
export const haStatus = (guest: GuestModel) => (guest.ha ? { managed: 1, state: guest.ha.state, group: 'lab' } : { managed: 0 });
