import { z } from 'zod';
import type { ProxmoxClient } from './client';
import { num } from './coerce';
import type { Upid } from './upid';

// Task status and log (docs/proxmox.md §Tasks), and following a task to its end the way PVE's own
// interface does: poll about every second, back off after 30 s, success = "OK" or "WARNINGS: n".

const TaskStatusSchema = z.object({ status: z.string(), exitstatus: z.string().optional(), type: z.string().optional(), id: num.optional() }).passthrough();
const TaskLogSchema = z.array(z.object({ n: num, t: z.string() }));

export interface TaskStatus {
  running: boolean;
  exitStatus: string | null;
}

export function taskSucceeded(exitStatus: string): boolean {
  return exitStatus === 'OK' || /^WARNINGS: \d+$/.test(exitStatus);
}

const taskPath = (upid: Upid) => `/nodes/${encodeURIComponent(upid.node)}/tasks/${encodeURIComponent(upid.upid)}`;

export async function taskStatus(client: ProxmoxClient, upid: Upid): Promise<TaskStatus> {
  const data = TaskStatusSchema.parse(await client.get(`${taskPath(upid)}/status`));
  return { running: data.status === 'running', exitStatus: data.status === 'running' ? null : (data.exitstatus ?? null) };
}

/** Every line of the task log, page by page. */
export async function taskLog(client: ProxmoxClient, upid: Upid): Promise<string[]> {
  const lines: string[] = [];
  const limit = 500;
  for (let start = 0; start < 100_000; start += limit) {
    const page = TaskLogSchema.parse(await client.get(`${taskPath(upid)}/log`, { start, limit }));
    lines.push(...page.map((line) => line.t));
    if (page.length < limit) break;
  }
  return lines;
}

export interface TaskOutcome {
  ok: boolean;
  exitStatus: string;
  /** The log when the task did not succeed (or ended with warnings). */
  log: string[];
}

export interface FollowOptions {
  signal?: AbortSignal;
  pollMs?: number;
  /** After this long the pace slows to `slowPollMs`. */
  slowAfterMs?: number;
  slowPollMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Polls until the task stops. The task keeps running on the server if the signal aborts. */
export async function followTask(client: ProxmoxClient, upid: Upid, options: FollowOptions = {}): Promise<TaskOutcome> {
  const sleep = options.sleep ?? abortableSleep;
  const began = Date.now();
  for (;;) {
    options.signal?.throwIfAborted();
    const status = await taskStatus(client, upid);
    if (!status.running) {
      const exitStatus = status.exitStatus ?? 'unknown';
      const ok = taskSucceeded(exitStatus);
      return { ok, exitStatus, log: exitStatus === 'OK' ? [] : await taskLog(client, upid) };
    }
    const slow = Date.now() - began > (options.slowAfterMs ?? 30_000);
    await sleep(slow ? (options.slowPollMs ?? 3000) : (options.pollMs ?? 1000), options.signal);
  }
}
