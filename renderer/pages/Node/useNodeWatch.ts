import type { Failure } from '../../../core/contract/failure';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { NodeSnapshotView } from '../../../core/contract/proxmox';
import { proxlab } from '../../api';
import type { LiveSample } from '../../charts/live-node-config';
import { nodeState, subscribeNode, type GuestEvent } from './node-watch-store';

export interface NodeSamples {
  snapshot: NodeSnapshotView | null;
  /** Samples inside the window, oldest first. */
  history: readonly LiveSample[];
  /** Guest starts and stops inside the window, oldest first. */
  events: readonly GuestEvent[];
  error: Failure | null;
}

export interface NodeWatch extends NodeSamples {
  /** Paused by the user or because the window is hidden. */
  paused: boolean;
  hidden: boolean;
}

/** The node's shared live samples of the last `windowSeconds`, without steering the poll. */
export function useNodeSamples(profileId: string, node: string, windowSeconds: number, intervalMs = 2000): NodeSamples {
  const subscribe = useCallback((listener: () => void) => subscribeNode(profileId, node, intervalMs, listener), [profileId, node]);
  const state = useSyncExternalStore(subscribe, () => nodeState(profileId, node));
  return useMemo(() => {
    const since = (state.history.at(-1)?.time ?? 0) - windowSeconds * 1000;
    return {
      snapshot: state.snapshot,
      error: state.error,
      history: state.history.filter((s) => s.time > since),
      events: state.events.filter((e) => e.time > since),
    };
  }, [state, windowSeconds]);
}

/**
 * The Node page's live poll: the shared samples, at the page's pace, paused while the window is
 * hidden (or when asked).
 */
export function useNodeWatch(profileId: string, node: string, intervalMs: number, userPaused: boolean, windowSeconds: number): NodeWatch {
  const samples = useNodeSamples(profileId, node, windowSeconds, intervalMs);
  const [hidden, setHidden] = useState(() => document.hidden);

  useEffect(() => {
    const onVisibility = () => setHidden(document.hidden);
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    void proxlab().invoke('proxmox.watch.interval', { profileId, intervalMs });
  }, [profileId, intervalMs]);

  const paused = userPaused || hidden;
  useEffect(() => {
    void proxlab().invoke('proxmox.watch.pause', { profileId, paused });
  }, [profileId, paused]);

  return { ...samples, paused, hidden };
}
