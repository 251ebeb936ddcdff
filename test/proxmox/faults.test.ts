import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_MS, ProxmoxClient } from '../../electron/proxmox/client';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { guestStatus, powerAction } from '../../electron/proxmox/guests';
import { nodeStatus } from '../../electron/proxmox/node';
import { RUNNER_SETUP_PVE5 } from '../../electron/proxmox/privileges';
import { checkedNodeSnapshot } from '../../electron/proxmox/snapshot';
import { followTask } from '../../electron/proxmox/tasks';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { makeCertificates } from '../standins/pve/certs';
import { LAB } from '../standins/pve/lab';
import { PROXY_WAIT_MS, type Standin } from '../standins/pve/server';
import { pinnedClient, runnerPassword, runnerToken, startTestStandin } from './standin';

// A PVE (or whatever answers on its port) that misbehaves: the client gives up within its
// deadline, stops reading oversized answers, shares one re-login, and names what went wrong.

async function refusal(promise: Promise<unknown>): Promise<ProxmoxError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProxmoxError);
  return error as ProxmoxError;
}

const count = (standin: Standin, request: string) => standin.requests.filter((r) => r === request).length;

describe('a hostile or broken server', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ cluster: true });
  });
  afterAll(() => standin.close());

  it('an answer trickling one byte at a time ends at the deadline, once, naming host, port and seconds', async () => {
    const client = pinnedClient(standin, runnerToken, { timeoutMs: 300, retries: 2 });
    standin.inject({ kind: 'trickle', delayMs: 20, match: /\/nodes\/pve\/status$/ });
    const before = count(standin, 'GET /api2/json/nodes/pve/status');
    const error = await refusal(client.get('/nodes/pve/status'));
    expect(error.kind).toBe('timeout');
    expect(error.text('en')).toBe(`Proxmox VE at 127.0.0.1:${standin.port} did not answer within 0.3 s.`);
    expect(error.text('id')).toBe(`Proxmox VE di 127.0.0.1:${standin.port} tidak menjawab dalam 0.3 detik.`);
    // The deadline is the call's: a retry could only start past it.
    expect(count(standin, 'GET /api2/json/nodes/pve/status')).toBe(before + 1);
    client.close();
  });

  it("the deadline outlasts pveproxy's wait for another node, so a 595 arrives before the client gives up", () => {
    expect(DEFAULT_DEADLINE_MS).toBeGreaterThan(PROXY_WAIT_MS);
    const client = new ProxmoxClient({
      host: standin.host,
      port: standin.port,
      trust: { kind: 'pin', fingerprint: standin.fingerprint, pem: standin.certPem },
      credentials: runnerToken,
    });
    expect(client.timeoutMs).toBe(DEFAULT_DEADLINE_MS);
    client.close();
  });

  it('an answer past 16 MiB is refused as too large, plain or gzip-compressed, and the connection stays usable', async () => {
    const client = pinnedClient(standin);
    standin.inject({ kind: 'huge', bytes: 32 * 1024 * 1024, match: /\/nodes\/pve\/status$/ });
    const plain = await refusal(client.get('/nodes/pve/status'));
    expect(plain.kind).toBe('too-large');
    expect(plain.text('en')).toBe(
      `Proxmox VE at 127.0.0.1:${standin.port} sent an answer to /nodes/pve/status larger than 16 MiB; ProxLab stopped reading it. Check that the address and port lead to Proxmox VE itself.`,
    );
    // 64 MiB of spaces compress to well under 1 MiB on the wire.
    standin.inject({ kind: 'huge', bytes: 64 * 1024 * 1024, gzip: true, match: /\/nodes\/pve\/status$/ });
    expect((await refusal(client.get('/nodes/pve/status'))).kind).toBe('too-large');
    expect((await nodeStatus(client, 'pve')).memory.total).toBe(LAB.total);
    client.close();
  });

  it('a local 595 (pveproxy cannot reach its pvedaemon) is not "node offline"; another node\'s is', async () => {
    const client = pinnedClient(standin);
    standin.inject({ kind: 'status', status: 595, reason: 'Connection refused', match: /\/nodes\/pve\/status$/ });
    const local = await refusal(client.get('/nodes/pve/status'));
    expect(local.kind).toBe('proxy-failed');
    expect(local.category).toBe('unreachable');
    expect(local.text('en')).toContain(`Proxmox VE at 127.0.0.1:${standin.port} answered 595 Connection refused: its web proxy (pveproxy)`);
    const remote = await refusal(client.get('/nodes/pve3/status'));
    expect(remote.kind).toBe('node-offline');
    expect(remote.params.node).toBe('pve3');
    client.close();
  });

  it('three calls refused together after the ticket expired share one new login and all succeed', async () => {
    const client = pinnedClient(standin, runnerPassword);
    await client.get('/version');
    const logins = count(standin, 'POST /api2/json/access/ticket');
    // The stand-in's clock moves past the ticket's 2 h (+5 min grace); the client's does not.
    standin.advance(7200 + 301);
    const answers = await Promise.all([client.get('/nodes/pve/status'), client.get('/nodes/pve/qemu'), client.get('/nodes/pve/lxc')]);
    expect(answers.map((a) => a !== null)).toEqual([true, true, true]);
    expect(count(standin, 'POST /api2/json/access/ticket')).toBe(logins + 1);
    client.close();
  });

  it('an HTML error page from a proxy in front of PVE is a server error with its status line', async () => {
    const client = pinnedClient(standin);
    standin.inject({ kind: 'html', status: 502, reason: 'Bad Gateway', match: /\/version$/ });
    const error = await refusal(client.get('/version'));
    expect(error.kind).toBe('server');
    expect(error.text('en')).toBe('Proxmox VE reported an error: 502 Bad Gateway');
    client.close();
  });
});

describe('certificates', () => {
  it('an expired pinned certificate is called expired, not changed', async () => {
    const standin = await startTestStandin({ certificates: makeCertificates('pve', 'pve.lab.example', { expired: true }) });
    const client = pinnedClient(standin);
    const error = await refusal(client.get('/version'));
    expect(error.kind).toBe('tls-expired');
    expect(error.category).toBe('tls');
    expect(error.text('en')).toBe(
      `The certificate of 127.0.0.1:${standin.port} expired on 2021-01-01T00:00:00.000Z (SHA-256 ${standin.fingerprint}). The connection was refused. Renew it on the node (pvecm updatecerts --force, or node > System > Certificates), then check and pin the new fingerprint.`,
    );
    client.close();
    await standin.close();
  });
});

describe('like the real PVE of each release', () => {
  const s = STANDIN_SECRETS;

  it("PVE 5.4 has no /access/permissions (501): a node without guests still refreshes, judged by the ticket's cap as PVE's UI does", async () => {
    const standin = await startTestStandin({ release: '5.4' });
    standin.state.guests = [];
    const client = pinnedClient(standin, runnerPassword);
    const snapshot = await checkedNodeSnapshot(client, 'pve', 'labrunner@pve');
    expect(snapshot.guests).toEqual([]);
    expect(standin.requests).toContain('GET /api2/json/access/permissions');
    client.close();
    await standin.close();
  });

  it('timeout goes to QEMU start and LXC shutdown, never to LXC start or stop (pve-container has none)', async () => {
    const standin = await startTestStandin({ taskMs: 10 });
    const client = pinnedClient(standin);
    expect((await followTask(client, await powerAction(client, 'pve', 'lxc', 200, 'stop', { timeout: 30 }))).ok).toBe(true);
    expect((await followTask(client, await powerAction(client, 'pve', 'lxc', 200, 'start', { timeout: 30 }))).ok).toBe(true);
    expect((await guestStatus(client, 'pve', 'lxc', 200)).status).toBe('running');
    expect((await followTask(client, await powerAction(client, 'pve', 'qemu', 103, 'start', { timeout: 30 }))).ok).toBe(true);
    client.close();
    await standin.close();
  });

  it('a YubiKey OTP is answered typed (yubico:) in the new TFA flow', async () => {
    const standin = await startTestStandin({ release: '8.4' });
    const asked: string[][] = [];
    const client = pinnedClient(
      standin,
      { kind: 'password', username: s.yubicoUser, password: s.yubicoPassword },
      {
        secondFactor: async (methods) => (asked.push(methods), s.yubicoOtp),
      },
    );
    expect((await client.version()).release).toBe('8.4');
    expect(asked).toEqual([['yubico']]);
    client.close();
    await standin.close();
  });

  it.each(['5.4', '6.4'] as const)('a U2F-only account on PVE %s is told U2F cannot be answered, not asked for a TOTP code', async (release) => {
    const standin = await startTestStandin({ release });
    let asked = false;
    const client = pinnedClient(
      standin,
      { kind: 'password', username: s.u2fUser, password: s.u2fPassword },
      {
        secondFactor: async () => ((asked = true), '123456'),
      },
    );
    const error = await refusal(client.version());
    expect(error.kind).toBe('tfa-unsupported');
    expect(error.text('en')).toBe('This account asks for a second factor ProxLab cannot answer (u2f); use TOTP, a recovery key or an API token.');
    expect(asked).toBe(false);
    client.close();
    await standin.close();
  });

  it('the PVE 5 runner set-up asks for the password with pveum passwd (useradd -password takes it as a value)', () => {
    expect(RUNNER_SETUP_PVE5.split('\n')).toEqual([
      'pveum roleadd LabRunner -privs "VM.Audit VM.PowerMgmt Sys.Audit"',
      'pveum useradd labrunner@pve -comment "consolidation lab runner"',
      'pveum passwd labrunner@pve',
      'pveum aclmod / -users labrunner@pve -roles LabRunner',
    ]);
  });
});
