import type { Failure } from '../../../core/contract/failure';
import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../core/contract/api';
import { proxlab } from '../../api';
import type { PowerAction } from './PowerConfirm';

type TaskOutcome = Extract<CallOutput<'proxmox.power'>, { ok: true }>['value'];

export interface GuestTask {
  taskId: string;
  vmid: number;
  action: PowerAction;
  /** waiting: HA took the request and the guest is followed until it is in the state asked for. */
  phase: 'requested' | 'running' | 'waiting' | 'done';
  upid: string | null;
  /** Client clock (ms) when the request went out. */
  startedAt: number;
  outcome: TaskOutcome | null;
  failure: Failure | null;
}

/** Power actions on guests, each followed to the end of its PVE task (one per guest at a time). */
export function useGuestTasks(profileId: string, node: string) {
  const [tasks, setTasks] = useState<Record<number, GuestTask>>({});
  const [, setTick] = useState(0);

  useEffect(
    () =>
      proxlab().on('proxmox.task', (event) => {
        setTasks((prior) => {
          const entry = Object.values(prior).find((task) => task.taskId === event.taskId);
          if (!entry || entry.phase === 'done') return prior;
          return { ...prior, [entry.vmid]: { ...entry, phase: event.phase === 'done' ? entry.phase : event.phase, upid: event.upid ?? entry.upid } };
        });
      }),
    [],
  );

  const running = Object.values(tasks).some((task) => task.phase !== 'done');
  useEffect(() => {
    if (!running) return;
    // Re-render every second so the elapsed time of a running task moves.
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const start = useCallback(
    async (vmid: number, action: PowerAction) => {
      const taskId = `${vmid}-${action}-${Date.now()}`;
      setTasks((prior) => ({
        ...prior,
        [vmid]: { taskId, vmid, action, phase: 'requested', upid: null, startedAt: Date.now(), outcome: null, failure: null },
      }));
      const answer = await proxlab().invoke('proxmox.power', { profileId, node, vmid, action, taskId });
      setTasks((prior) => ({
        ...prior,
        [vmid]: { ...prior[vmid], phase: 'done', outcome: answer.ok ? answer.value : null, failure: answer.ok ? null : answer.error },
      }));
    },
    [profileId, node],
  );

  const dismiss = useCallback((vmid: number) => {
    setTasks(({ [vmid]: _gone, ...rest }) => rest);
  }, []);

  return { tasks, start, dismiss };
}
