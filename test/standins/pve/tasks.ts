import type { Identity, Outcome } from './auth-routes';
import type { GuestModel, TaskModel } from './lab';
import type { StandinState } from './server';

// Tasks (docs/proxmox.md §Tasks): a UPID per power action, `running` for a while, then `stopped`
// with an exit status and a log whose last line is TASK OK / WARNINGS / ERROR.

const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');

export function createTask(state: StandinState, who: Identity, guest: GuestModel, type: string, finish: TaskModel['finish']): TaskModel {
  const now = state.now();
  const pid = state.nextPid++;
  const pstart = 0x7360d84 + (pid & 0xffff);
  const starttime = Math.floor(now / 1000);
  const user = who.tokenid ? `${who.userid}!${who.tokenid}` : who.userid;
  const upid = `UPID:${guest.node}:${hex(pid, 8)}:${hex(pstart, 8)}:${hex(starttime, 8)}:${type}:${guest.vmid}:${user}:`;
  const task: TaskModel = {
    upid,
    node: guest.node,
    pid,
    pstart,
    starttime,
    type,
    id: String(guest.vmid),
    user: who.userid,
    tokenid: who.tokenid,
    endsAt: now + state.options.taskMs,
    finish,
    result: null,
  };
  state.tasks.set(upid, task);
  return task;
}

/** Ends every task whose time has come, in the order they started. */
export function settleTasks(state: StandinState): void {
  for (const task of state.tasks.values()) {
    if (!task.result && state.now() >= task.endsAt) task.result = task.finish();
  }
}

export function taskStatusBody(task: TaskModel) {
  const body: Record<string, unknown> = {
    upid: task.upid,
    node: task.node,
    pid: task.pid,
    pstart: task.pstart,
    starttime: task.starttime,
    type: task.type,
    id: task.id,
    user: task.user,
    status: task.result ? 'stopped' : 'running',
  };
  if (task.tokenid) body.tokenid = task.tokenid;
  if (task.result) body.exitstatus = task.result.exitstatus;
  return body;
}

export function taskLogBody(task: TaskModel, start: number, limit: number): Outcome & { total?: number } {
  const lines = task.result?.log ?? [];
  if (lines.length === 0) return { total: 1, data: [{ n: 1, t: 'no content' }] } as Outcome;
  return { total: lines.length, data: lines.slice(start, start + limit).map((t, i) => ({ n: start + i + 1, t })) } as Outcome;
}
