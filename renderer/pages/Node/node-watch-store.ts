import type { Failure } from '../../../core/contract/failure';
import type { NodeSnapshotView } from '../../../core/contract/proxmox';
import { proxlab } from '../../api';
import type { LiveSample } from '../../charts/live-node-config';

// One live poll per node for the whole renderer. The Node page and the lecturer view read the
// same samples, so the lecturer view opens with the history the Node page has gathered, and
// closing it does not stop the poll the Node page still shows. The samples of this app session
// stay after the last reader leaves (up to KEEP_SECONDS), so a view opened later starts with them.

/** A guest seen to start or stop between two samples. */
export interface GuestEvent {
  /** Epoch milliseconds of the first sample that shows the new state. */
  time: number;
  vmid: number;
  name: string;
  kind: 'start' | 'stop';
}

export interface NodeWatchState {
  snapshot: NodeSnapshotView | null;
  /** Oldest first. */
  history: readonly LiveSample[];
  /** Oldest first. */
  events: readonly GuestEvent[];
  error: Failure | null;
}

export const KEEP_SECONDS = 600;

interface Entry {
  state: NodeWatchState;
  listeners: Set<() => void>;
  stop: (() => void) | null;
}

const EMPTY: NodeWatchState = { snapshot: null, history: [], events: [], error: null };
const entries = new Map<string, Entry>();
const keyOf = (profileId: string, node: string) => `${profileId}\n${node}`;

function entryFor(profileId: string, node: string): Entry {
  const key = keyOf(profileId, node);
  let entry = entries.get(key);
  if (!entry) {
    entry = { state: EMPTY, listeners: new Set(), stop: null };
    entries.set(key, entry);
  }
  return entry;
}

/** Starts and stops that happened between two snapshots of the node's guests. */
export function guestEvents(before: NodeSnapshotView | null, after: NodeSnapshotView, time: number): GuestEvent[] {
  if (!before) return [];
  const was = new Map(before.guests.map((g) => [g.vmid, g.status === 'running']));
  return after.guests
    .filter((g) => !g.template && was.has(g.vmid) && was.get(g.vmid) !== (g.status === 'running'))
    .map((g) => ({ time, vmid: g.vmid, name: g.name, kind: g.status === 'running' ? ('start' as const) : ('stop' as const) }));
}

function set(entry: Entry, next: NodeWatchState) {
  entry.state = next;
  for (const listener of entry.listeners) listener();
}

function startWatch(profileId: string, node: string, entry: Entry, intervalMs: number): () => void {
  // A guest started while nobody watched has no known moment: compare from the next sample on.
  set(entry, { ...entry.state, snapshot: null, error: null });
  const offSample = proxlab().on('proxmox.sample', (event) => {
    if (event.profileId !== profileId || event.node !== node) return;
    const s = event.snapshot;
    const time = Date.parse(s.time);
    const since = time - KEEP_SECONDS * 1000;
    const prior = entry.state;
    set(entry, {
      snapshot: s,
      error: null,
      history: [
        ...prior.history.filter((p) => p.time > since && p.time < time),
        { time, memUsed: s.summary.memory.used, memTotal: s.summary.memory.total, cpu: s.summary.cpu },
      ],
      events: [...prior.events.filter((e) => e.time > since), ...guestEvents(prior.snapshot, s, time)],
    });
  });
  const offError = proxlab().on('proxmox.error', (event) => {
    if (event.profileId === profileId && event.node === node) set(entry, { ...entry.state, error: event.error });
  });
  void proxlab()
    .invoke('proxmox.watch.start', { profileId, node, intervalMs })
    .then((answer) => {
      if (!answer.ok) set(entry, { ...entry.state, error: answer.error });
    });
  return () => {
    offSample();
    offError();
    void proxlab().invoke('proxmox.watch.stop', { profileId });
  };
}

/**
 * Reads the node's samples: the first reader starts the poll (at `intervalMs`), the last one to
 * leave stops it. Returns the unsubscribe.
 */
export function subscribeNode(profileId: string, node: string, intervalMs: number, listener: () => void): () => void {
  const entry = entryFor(profileId, node);
  entry.listeners.add(listener);
  entry.stop ??= startWatch(profileId, node, entry, intervalMs);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) {
      entry.stop?.();
      entry.stop = null;
    }
  };
}

export function nodeState(profileId: string, node: string): NodeWatchState {
  return entries.get(keyOf(profileId, node))?.state ?? EMPTY;
}
