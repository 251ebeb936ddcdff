import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { guestStatus, listGuests, powerAction } from '../../electron/proxmox/guests';
import { nodeStatus } from '../../electron/proxmox/node';
import { rrdData } from '../../electron/proxmox/rrd';
import { taskStatus } from '../../electron/proxmox/tasks';
import { parseUpid } from '../../electron/proxmox/upid';
import { clusterView, clusterResources } from '../../electron/proxmox/cluster';
import { testConnection } from '../../electron/proxmox/connection-test';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { LAB } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';
import { observerToken, pinnedClient, startTestStandin } from './standin';

// The errors of docs/proxmox.md §Errors as the client meets them on the wire, and what a person reads.

async function refusal(promise: Promise<unknown>): Promise<ProxmoxError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProxmoxError);
  return error as ProxmoxError;
}

describe('PVE errors on the wire', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ cluster: true });
  });
  afterAll(() => standin.close());

  it('403 names the missing privilege (read-only token starting a guest)', async () => {
    const client = pinnedClient(standin, observerToken);
    const error = await refusal(powerAction(client, 'pve', 'qemu', 103, 'start'));
    expect(error.kind).toBe('privilege');
    expect(error.params).toMatchObject({ privilege: 'VM.PowerMgmt', path: '/vms/103' });
    expect(error.text('en')).toBe(
      'Missing privilege VM.PowerMgmt on /vms/103. Give the user or token a role with VM.PowerMgmt on /vms/103 (Datacenter > Permissions).',
    );
    client.close();
  });

  it('400 parameter errors carry the parameter and its reason', async () => {
    const client = pinnedClient(standin);
    const missing = await refusal(client.get('/nodes/pve/rrddata'));
    expect(missing.kind).toBe('bad-request');
    expect(missing.params.details).toBe('timeframe: property is missing and it is not optional');
    const decade = await refusal(client.get('/nodes/pve/rrddata', { timeframe: 'decade' }));
    expect(decade.params.details).toBe("timeframe: value 'decade' does not have a value in the enumeration 'hour, day, week, month, year'");
    // The client knows before asking that 8.4 has no decade.
    expect((await refusal(rrdData(client, { node: 'pve' }, 'decade'))).kind).toBe('not-implemented');
    const badType = await refusal(client.get('/nodes/pve/qemu/abc/status/current'));
    expect(badType.params.details).toBe("vmid: type check ('integer') failed - got 'abc'");
    client.close();
  });

  it('an unknown task is "no such task"', async () => {
    const client = pinnedClient(standin);
    const error = await refusal(taskStatus(client, parseUpid('UPID:pve:00000001:00000001:00000001:x::root@pam:')!));
    expect(error.kind).toBe('no-such-task');
    client.close();
  });

  it('500: a guest on no node, a node not in the cluster, an LXC already running', async () => {
    const client = pinnedClient(standin);
    const missing = await refusal(guestStatus(client, 'pve', 'qemu', 999));
    expect(missing.kind).toBe('not-found');
    expect(missing.params.reason).toBe("Configuration file 'nodes/pve/qemu-server/999.conf' does not exist");
    const noNode = await refusal(nodeStatus(client, 'nosuch'));
    expect(noNode.kind).toBe('not-found');
    const running = await refusal(powerAction(client, 'pve', 'lxc', 200, 'start'));
    expect(running.kind).toBe('server');
    expect(running.params.reason).toBe('500 CT 200 already running');
    client.close();
  });

  it('501 for a path PVE does not have', async () => {
    const client = pinnedClient(standin);
    const error = await refusal(client.get('/nodes/pve/foo'));
    expect(error.kind).toBe('not-implemented');
    expect(error.params.reason).toBe("Method 'GET /nodes/pve/foo' not implemented");
    client.close();
  });

  it('595 from an offline cluster node, while the cluster view still answers', async () => {
    const client = pinnedClient(standin);
    const error = await refusal(nodeStatus(client, 'pve3'));
    expect(error.kind).toBe('node-offline');
    expect(error.text('en')).toBe('Node pve3 cannot be reached from the cluster (595 No route to host); it is probably offline.');
    const view = await clusterView(client);
    expect(view.nodes.map((n) => [n.node, n.online])).toEqual([
      ['pve', true],
      ['pve2', true],
      ['pve3', false],
    ]);
    const nodes = await clusterResources(client, 'node');
    expect(nodes.find((n) => n.node === 'pve3')).toMatchObject({ status: 'offline', mem: null });
    client.close();
  });

  it('a timeout ends as "timeout", not a hang', async () => {
    const client = pinnedClient(standin, undefined, { timeoutMs: 200 });
    standin.inject({ kind: 'delay', delayMs: 1500, match: /\/version$/ });
    const error = await refusal(client.version());
    expect(error.kind).toBe('timeout');
    expect(error.category).toBe('unreachable');
    client.close();
  });

  it('a reset connection is retried for reads and succeeds; without retries it is reported', async () => {
    const retrying = pinnedClient(standin, undefined, { retries: 2 });
    standin.inject({ kind: 'reset', match: /\/nodes\/pve\/status$/ });
    expect((await nodeStatus(retrying, 'pve')).memory.total).toBe(LAB.total);
    const once = pinnedClient(standin);
    standin.inject({ kind: 'reset', match: /\/nodes\/pve\/status$/ });
    expect((await refusal(nodeStatus(once, 'pve'))).kind).toBe('reset');
    retrying.close();
    once.close();
  });

  it('a write is never repeated after a reset', async () => {
    const client = pinnedClient(standin, undefined, { retries: 3 });
    standin.inject({ kind: 'reset', match: /status\/start$/ });
    const before = standin.requests.filter((r) => r.endsWith('/qemu/103/status/start')).length;
    expect((await refusal(powerAction(client, 'pve', 'qemu', 103, 'start'))).kind).toBe('reset');
    expect(standin.requests.filter((r) => r.endsWith('/qemu/103/status/start')).length).toBe(before + 1);
    client.close();
  });
});

describe('least privilege', () => {
  it('a privilege-separated token without ACLs sees empty lists: said so, not an empty lab', async () => {
    const standin = await startTestStandin();
    const fresh = pinnedClient(standin, { kind: 'token', tokenId: STANDIN_SECRETS.freshToken, secret: STANDIN_SECRETS.freshSecret });
    expect(await listGuests(fresh, 'pve')).toEqual([]);
    const report = await testConnection(fresh, STANDIN_SECRETS.freshToken);
    expect(report.version?.release).toBe('8.4');
    const guests = report.steps.find((s) => s.step === 'guests');
    expect(guests?.ok).toBe(false);
    expect(guests?.error?.kind).toBe('empty-without-acl');
    expect(guests?.error?.text('en')).toContain("pveum acl modify / --tokens 'labrunner@pve!fresh' --roles PVEAuditor");
    // Node discovery needs Sys.Audit on / (cluster/status): refused by name, then /nodes answers.
    expect(report.node).toBe('pve');
    const runner = await testConnection(pinnedClient(standin), STANDIN_SECRETS.runnerToken);
    expect(runner.steps.every((s) => s.ok)).toBe(true);
    await standin.close();
  });
});
