import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { listGuests, powerAction } from '../../electron/proxmox/guests';
import { nodeStatus } from '../../electron/proxmox/node';
import { followTask } from '../../electron/proxmox/tasks';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { LAB, PVE_NODE } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';
import { pinnedClient, runnerPassword, startTestStandin } from './standin';

// Every auth path of docs/proxmox.md §Authentication against the stand-in: token, ticket + CSRF, renewal before
// the 2-hour expiry, re-login after it, and both second-factor shapes.

const s = STANDIN_SECRETS;

async function refusal(promise: Promise<unknown>): Promise<ProxmoxError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProxmoxError);
  return error as ProxmoxError;
}

/** One raw request, to see exactly what the server answers. */
function raw(standin: Standin, method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; reason: string; body: string }>((resolve, reject) => {
    const req = https.request({ host: standin.host, port: standin.port, method, path: `/api2/json${path}`, headers, ca: standin.caPem }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reason: res.statusMessage ?? '', body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('authentication against the stand-in', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50 });
  });
  afterAll(() => standin.close());

  it('an API token reads without CSRF and writes without it too', async () => {
    const client = pinnedClient(standin);
    expect((await nodeStatus(client, 'pve')).memory.total).toBe(LAB.total);
    const upid = await powerAction(client, 'pve', 'lxc', 200, 'shutdown');
    expect(upid.user).toBe('labrunner@pve');
    expect(upid.tokenId).toBe('experiment');
    expect(await followTask(client, upid, { pollMs: 20 })).toEqual({ ok: true, exitStatus: 'OK', log: [] });
    await powerAction(client, 'pve', 'lxc', 200, 'start');
    client.close();
  });

  it('a wrong token secret and an unknown token are refused as bad credentials', async () => {
    const wrong = pinnedClient(standin, { kind: 'token', tokenId: s.runnerToken, secret: '00000000-0000-4000-8000-000000000000' });
    const error = await refusal(wrong.version());
    expect(error.kind).toBe('bad-credentials');
    expect(error.status).toBe(401);
    expect(error.text('en')).toContain('invalid token value!');
    const unknown = pinnedClient(standin, { kind: 'token', tokenId: 'nobody@pve!x', secret: 'x' });
    expect((await refusal(unknown.version())).text('en')).toContain("no such token 'x' for user 'nobody@pve'");
    wrong.close();
    unknown.close();
  });

  it('no credentials: 401 No ticket with an empty body', async () => {
    expect(await raw(standin, 'GET', '/nodes')).toEqual({ status: 401, reason: 'No ticket', body: '' });
  });

  it('a ticket login reads, and writes with the CSRF header', async () => {
    const client = pinnedClient(standin, runnerPassword);
    expect((await listGuests(client, 'pve')).map((g) => g.vmid)).toEqual([101, 102, 103, 200]);
    const upid = await powerAction(client, 'pve', 'qemu', 103, 'stop');
    expect(upid.user).toBe('labrunner@pve');
    expect(upid.tokenId).toBeNull();
    expect((await followTask(client, upid, { pollMs: 20 })).ok).toBe(true);
    client.close();
  });

  it('a write with the ticket cookie but without CSRF is refused', async () => {
    const login = await raw(
      standin,
      'POST',
      '/access/ticket',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      `username=labrunner%40pve&password=${s.runnerPassword}`,
    );
    const ticket = JSON.parse(login.body).data.ticket as string;
    const answer = await raw(standin, 'POST', '/nodes/pve/qemu/103/status/stop', { Cookie: `PVEAuthCookie=${encodeURIComponent(ticket)}` });
    expect(answer).toEqual({ status: 401, reason: 'Permission denied - invalid csrf token', body: '' });
  });

  it('a wrong password is "authentication failure", with the 8.4 message body', async () => {
    const client = pinnedClient(standin, { ...runnerPassword, password: 'wrong' } as typeof runnerPassword);
    const error = await refusal(client.version());
    expect(error.kind).toBe('bad-credentials');
    expect(error.params.reason).toBe('authentication failure');
    const answer = await raw(
      standin,
      'POST',
      '/access/ticket',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'username=labrunner%40pve&password=wrong',
    );
    expect(answer).toEqual({ status: 401, reason: 'authentication failure', body: JSON.stringify({ data: null, message: 'authentication failure\n' }) });
    client.close();
  });

  it('renews the ticket before its 2-hour expiry, with the ticket as password', async () => {
    let now = Date.now();
    const client = pinnedClient(standin, runnerPassword, { now: () => now });
    await client.get('/nodes');
    const before = standin.requests.filter((r) => r === 'POST /api2/json/access/ticket').length;
    now += 61 * 60_000;
    standin.advance(61 * 60);
    await client.get('/nodes');
    expect(standin.requests.filter((r) => r === 'POST /api2/json/access/ticket').length).toBe(before + 1);
    client.close();
  });

  it('logs in again after the ticket expired on the server', async () => {
    const client = pinnedClient(standin, runnerPassword);
    await client.get('/nodes');
    standin.advance(7200 + 400);
    const requestsBefore = standin.requests.length;
    expect((await listGuests(client, 'pve')).length).toBe(4);
    // 401 on the stale ticket, one new login, then the list calls succeed.
    expect(standin.requests.slice(requestsBefore)).toContain('POST /api2/json/access/ticket');
    client.close();
  });
});

describe('second factor (TOTP)', () => {
  const tfaUser = { kind: 'password' as const, username: s.tfaUser, password: s.tfaPassword };

  it.each(['9.1', '8.4', '7.4', '6.4', '5.4'] as const)('PVE %s: asks, accepts the code, refuses a wrong one', async (release) => {
    const standin = await startTestStandin({ release });
    try {
      const asked: string[][] = [];
      const good = pinnedClient(standin, tfaUser, { secondFactor: async (methods) => (asked.push(methods), s.tfaCode) });
      expect((await good.version()).release).toBe(release);
      expect(asked[0]).toContain('totp');
      const tfaPath = release === '5.4' || release === '6.4' ? 'POST /api2/json/access/tfa' : 'POST /api2/json/access/ticket';
      expect(standin.requests).toContain(tfaPath);
      const wrong = pinnedClient(standin, tfaUser, { secondFactor: async () => '000000' });
      const error = await refusal(wrong.version());
      expect(error.kind).toBe('bad-credentials');
      const none = pinnedClient(standin, tfaUser);
      expect((await refusal(none.version())).kind).toBe('tfa-required');
      for (const c of [good, wrong, none]) c.close();
    } finally {
      await standin.close();
    }
  });

  it('accepts a recovery key in the PVE 8 flow', async () => {
    const standin = await startTestStandin({ release: '8.4' });
    const client = pinnedClient(standin, tfaUser, { secondFactor: async () => s.tfaRecovery });
    expect((await client.version()).version).toBe(PVE_NODE.pveVersion);
    client.close();
    await standin.close();
  });

  it('PVE 5.4 has no API tokens: its "No ticket" to a token is "no tokens on this release", not wrong credentials', async () => {
    const standin = await startTestStandin({ release: '5.4' });
    const error = await refusal(pinnedClient(standin).version());
    expect(error.kind).toBe('tokens-unsupported');
    expect(error.category).toBe('auth');
    expect(error.text('en')).toBe('Proxmox VE < 6.2 has no API tokens (they arrived in 6.2); log in with user and password.');
    await standin.close();
  });
});
