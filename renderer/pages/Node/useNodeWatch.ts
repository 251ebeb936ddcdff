import { useEffect, useState } from 'react';
import type { NodeSnapshotView, ProxmoxFailure } from '../../../electron/contract/proxmox';
import { proxlab } from '../../api';
import type { LiveSample } from '../../charts/live-node-config';

export interface NodeWatch {
  snapshot: NodeSnapshotView | null;
  /** Samples inside the chart window, oldest first. */
  history: LiveSample[];
  error: ProxmoxFailure | null;
  /** Paused by the user or because the window is hidden. */
  paused: boolean;
  hidden: boolean;
}

/**
 * The live poll of one node: starts the watch in the main process, keeps the samples of the
 * last `windowSeconds`, pauses while the window is hidden (or when asked) and stops on unmount.
 */
export function useNodeWatch(profileId: string, node: string, intervalMs: number, userPaused: boolean, windowSeconds: number): NodeWatch {
  const [snapshot, setSnapshot] = useState<NodeSnapshotView | null>(null);
  const [history, setHistory] = useState<LiveSample[]>([]);
  const [error, setError] = useState<ProxmoxFailure | null>(null);
  const [hidden, setHidden] = useState(() => document.hidden);

  useEffect(() => {
    const onVisibility = () => setHidden(document.hidden);
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    setSnapshot(null);
    setHistory([]);
    setError(null);
    const offSample = proxlab().on('proxmox.sample', (event) => {
      if (event.profileId !== profileId || event.node !== node) return;
      const s = event.snapshot;
      const time = Date.parse(s.time);
      setSnapshot(s);
      setError(null);
      setHistory((prior) => [...prior.filter((p) => p.time > time - windowSeconds * 1000), { time, memUsed: s.summary.memory.used, memTotal: s.summary.memory.total, cpu: s.summary.cpu }]);
    });
    const offError = proxlab().on('proxmox.error', (event) => {
      if (event.profileId === profileId && event.node === node) setError(event.error);
    });
    void proxlab()
      .invoke('proxmox.watch.start', { profileId, node, intervalMs })
      .then((answer) => {
        if (!answer.ok) setError(answer.error);
      });
    return () => {
      offSample();
      offError();
      void proxlab().invoke('proxmox.watch.stop', { profileId });
    };
    // The interval changes the pace of the running watch below, not the watch itself.
  }, [profileId, node, windowSeconds]);

  useEffect(() => {
    void proxlab().invoke('proxmox.watch.interval', { profileId, intervalMs });
  }, [profileId, intervalMs]);

  const paused = userPaused || hidden;
  useEffect(() => {
    void proxlab().invoke('proxmox.watch.pause', { profileId, paused });
  }, [profileId, paused]);

  return { snapshot, history, error, paused, hidden };
}
