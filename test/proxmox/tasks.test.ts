import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { powerAction } from '../../electron/proxmox/guests';
import { nodeStatus } from '../../electron/proxmox/node';
import { Poller } from '../../electron/proxmox/poller';
import { nodeSnapshot, type NodeSnapshot } from '../../electron/proxmox/snapshot';
import { followTask } from '../../electron/proxmox/tasks';
import { havePveFixtures, pveFixture } from '../support/pve-fixtures';
import type { Standin } from '../standins/pve/server';
import { pinnedClient, startTestStandin } from './standin';

// Power actions followed to their end, node memory growing as a guest starts, and a live poll
// that survives a reset connection.

const GIB = 1024 ** 3;
const fixtureLog = (name: string): string[] => pveFixture(`GET_nodes_pve_tasks_UPID_log.${name}.json`).data.map((l: { t: string }) => l.t);

describe.skipIf(!havePveFixtures)('tasks', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 100 });
  });
  afterAll(() => standin.close());

  it('starting 103 runs a qmstart task to OK and node memory grows by the guest (2.5 GiB)', async () => {
    const client = pinnedClient(standin);
    const before = await nodeStatus(client, 'pve');
    const upid = await powerAction(client, 'pve', 'qemu', 103, 'start');
    expect(upid).toMatchObject({ node: 'pve', type: 'qmstart', id: '103' });
    expect(await followTask(client, upid, { pollMs: 20 })).toEqual({ ok: true, exitStatus: 'OK', log: [] });
    const after = await nodeStatus(client, 'pve');
    expect(after.memory.used - before.memory.used).toBe(2.5 * GIB);
    client.close();
  });

  it('starting a running VM: 200 + UPID, and the task fails as PVE says', async () => {
    const client = pinnedClient(standin);
    const outcome = await followTask(client, await powerAction(client, 'pve', 'qemu', 101, 'start'), { pollMs: 20 });
    expect(outcome).toEqual({ ok: false, exitStatus: 'VM 101 already running', log: fixtureLog('qmstart-101.already-running') });
    client.close();
  });

  it('a shutdown that times out fails with the task log', async () => {
    const client = pinnedClient(standin);
    standin.state.guests.find((g) => g.vmid === 102)!.shutdownTimesOut = true;
    const outcome = await followTask(client, await powerAction(client, 'pve', 'qemu', 102, 'shutdown'), { pollMs: 20 });
    expect(outcome).toEqual({ ok: false, exitStatus: 'VM quit/powerdown failed - got timeout', log: fixtureLog('qmshutdown-102.timeout') });
    client.close();
  });

  it('a container start with warnings counts as success and keeps its log', async () => {
    const client = pinnedClient(standin);
    await followTask(client, await powerAction(client, 'pve', 'lxc', 200, 'stop'), { pollMs: 20 });
    const outcome = await followTask(client, await powerAction(client, 'pve', 'lxc', 200, 'start'), { pollMs: 20 });
    expect(outcome).toEqual({ ok: true, exitStatus: 'WARNINGS: 1', log: fixtureLog('vzstart-200.warnings') });
    client.close();
  });

  it('following can be cancelled', async () => {
    const client = pinnedClient(standin);
    const slow = await startTestStandin({ taskMs: 60_000 });
    const slowClient = pinnedClient(slow);
    const upid = await powerAction(slowClient, 'pve', 'qemu', 103, 'start');
    const controller = new AbortController();
    const following = followTask(slowClient, upid, { pollMs: 20, signal: controller.signal });
    controller.abort(new Error('cancelled by the user'));
    await expect(following).rejects.toThrow('cancelled by the user');
    slowClient.close();
    client.close();
    await slow.close();
  });
});

describe('live poll', () => {
  it('a reset in the middle of a poll is reported and the next poll carries on', async () => {
    const standin = await startTestStandin();
    const client = pinnedClient(standin);
    const events: string[] = [];
    const samples: NodeSnapshot[] = [];
    let resolveDone!: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const poller = new Poller(() => nodeSnapshot(client, 'pve'), {
      intervalMs: 250,
      onSample: (sample) => {
        samples.push(sample);
        events.push('sample');
        if (events.length === 1) standin.inject({ kind: 'reset', match: /\/nodes\/pve\/status$/ });
        if (samples.length === 2) resolveDone();
      },
      onError: (error) => events.push(error instanceof ProxmoxError ? error.kind : 'other'),
    });
    poller.start();
    await done;
    await poller.stop();
    expect(events).toEqual(['sample', 'reset', 'sample']);
    expect(samples[1].summary.memory.used).toBe(12636221440);
    expect(poller.state).toBe('stopped');
    client.close();
    await standin.close();
  });

  it('pauses and resumes', async () => {
    const standin = await startTestStandin();
    const client = pinnedClient(standin);
    let count = 0;
    let release!: () => void;
    let next = new Promise<void>((resolve) => (release = resolve));
    const poller = new Poller(() => client.get('/version'), {
      intervalMs: 250,
      onSample: () => {
        count++;
        release();
      },
      onError: () => undefined,
    });
    poller.start();
    await next;
    poller.pause();
    expect(poller.state).toBe('paused');
    const seen = count;
    next = new Promise<void>((resolve) => (release = resolve));
    poller.resume();
    await next;
    expect(count).toBeGreaterThan(seen);
    await poller.stop();
    client.close();
    await standin.close();
  });
});
