import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { nodeStatusText } from '../../electron/cli/node-status-text';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { LAB, PVE_NODE } from '../standins/pve/lab';
import type { Standin } from '../standins/pve/server';
import { startTestStandin } from '../proxmox/standin';

// `proxlab node status` against the stand-in prints the figures it serves: with noise 0 and
// the initial lab those are the contract fixtures' (GET_nodes_pve_status.json, GET_nodes_pve_qemu.json).

const s = STANDIN_SECRETS;

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'en_US.UTF-8', ...env } });
  return { code, stdout, stderr };
}

describe('proxlab node status', () => {
  let standin: Standin;
  let host: string;
  const token = ['--token-id', s.runnerToken, '--token-secret-env', 'PVE_SECRET'];
  const env = { PVE_SECRET: s.runnerSecret };
  beforeAll(async () => {
    standin = await startTestStandin();
    host = `${standin.host}:${standin.port}`;
  });
  afterAll(() => standin.close());

  it('without TRUST refuses, prints the presented fingerprint and exits 3', async () => {
    const out = await cli(['node', 'status', '--host', host, ...token], env);
    expect(out.code).toBe(3);
    expect(out.stdout).toContain(`SHA-256 fingerprint: ${standin.fingerprint}`);
    expect(out.stderr).toContain('System > Certificates');
    expect(standin.requests).toEqual([]);
  });

  it('with the fingerprint (any case, no colons) prints the Summary figures as JSON', async () => {
    const fingerprint = standin.fingerprint.replace(/:/g, '').toLowerCase();
    const out = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', fingerprint, '--json'], env);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(doc).toMatchObject({
      schema: 'proxlab.node-status/1',
      host,
      node: PVE_NODE.name,
      pveVersion: PVE_NODE.pveVersion,
      release: '8.4',
      cpu: 0.0614213197969543,
      cpus: PVE_NODE.cores,
      cpuModel: PVE_NODE.cpuModel,
      loadavg: [0.52, 0.61, 0.58],
      memory: { total: LAB.total, used: LAB.usedAvailable, free: LAB.free, available: null, usedMeaning: 'total-minus-available' },
      swap: { total: 8589930496, used: 0 },
      rootfs: { total: PVE_NODE.diskBytes, used: 9834012672 },
      nodes: [{ node: 'pve', status: 'online' }],
    });
    expect(doc.guests).toEqual([
      { vmid: 101, type: 'qemu', name: 'wordpress-centos', status: 'running', mem: 3214635008, maxmem: 4294967296, cpus: 2, uptime: expect.any(Number) },
      { vmid: 102, type: 'qemu', name: 'moodle-ubuntu', status: 'running', mem: 6643744768, maxmem: 8589934592, cpus: 4, uptime: expect.any(Number) },
      { vmid: 103, type: 'qemu', name: 'mediawiki-debian', status: 'stopped', mem: 0, maxmem: 4294967296, cpus: 2, uptime: 0 },
      { vmid: 200, type: 'lxc', name: 'nginx-proxy', status: 'running', mem: 96468992, maxmem: 1073741824, cpus: 1, uptime: expect.any(Number) },
    ]);
  });

  it('reads like the Summary panel (12636221440 B = 11.77 GiB of 65919459328 B = 61.39 GiB), in both languages', async () => {
    const en = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', standin.fingerprint], env);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^pve \(Uptime: 14 days 0\d:\d\d:\d\d\)/);
    expect(en.stdout).toContain('CPU usage        6.14% of 8 CPU(s)');
    expect(en.stdout).toContain('RAM usage        19.17% (11.77 GiB of 61.39 GiB)');
    expect(en.stdout).toContain('HD space (root)  9.75% (9.16 GiB of 93.93 GiB)');
    expect(en.stdout).toContain('Load average     0.52,0.61,0.58');
    expect(en.stdout).toMatch(/103\s+qemu\s+mediawiki-debian\s+stopped/);
    const id = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', standin.fingerprint, '--lang', 'id'], env);
    expect(id.stdout).toContain('Penggunaan RAM   19,17 % (11,77 GiB dari 61,39 GiB)');
  });

  it('tells an uptime under a day as the Node page does, without a day count', async () => {
    const json = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', standin.fingerprint, '--json'], env);
    const document = { ...JSON.parse(json.stdout), uptime: 3725 };
    expect(nodeStatusText(document, 'en')).toMatch(/^pve \(Uptime: 01:02:05\)/);
    expect(nodeStatusText({ ...document, uptime: 86400 + 3725 }, 'id')).toMatch(/^pve \(Waktu aktif: 1 hari 01:02:05\)/);
  });

  it('with the CA file', async () => {
    const ca = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-ca-')), 'pve-root-ca.pem');
    writeFileSync(ca, standin.caPem);
    const out = await cli(['node', 'status', '--host', host, ...token, '--ca', ca, '--json'], env);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).memory.used).toBe(LAB.usedAvailable);
  });

  it('a user with TOTP logs in with --otp-env', async () => {
    const args = ['node', 'status', '--host', host, '--user', s.tfaUser, '--password-env', 'PW', '--fingerprint', standin.fingerprint, '--json'];
    const withCode = await cli([...args, '--otp-env', 'OTP'], { PW: s.tfaPassword, OTP: s.tfaCode });
    expect(withCode.code).toBe(0);
    const without = await cli(args, { PW: s.tfaPassword });
    expect(without.code).toBe(4);
    expect(without.stderr).toContain('second factor');
  });

  it('exit 3 on a fingerprint mismatch, naming both', async () => {
    const wrong = 'AA:'.repeat(31) + 'AA';
    const out = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', wrong], env);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain(`pinned ${wrong}, presented ${standin.fingerprint}`);
  });

  it('exit 4 for refused credentials or a missing privilege', async () => {
    const bad = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', standin.fingerprint], { PVE_SECRET: 'wrong' });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('invalid token value!');
    const fresh = await cli(
      ['node', 'status', '--host', host, '--token-id', s.freshToken, '--token-secret-env', 'T', '--fingerprint', standin.fingerprint, '--node', 'pve'],
      { T: s.freshSecret },
    );
    expect(fresh.code).toBe(4);
    expect(fresh.stderr).toContain('Missing privilege Sys.Audit on /nodes/pve');
  });

  it("a 500, an HTML page or an answer of the wrong shape: one line in the reader's language, exit 2 (not 1, bad usage)", async () => {
    const args = ['node', 'status', '--host', host, ...token, '--fingerprint', standin.fingerprint];
    standin.inject({ kind: 'status', status: 500, reason: 'Internal Server Error', match: /\/nodes\/pve\/status$/ });
    const failed = await cli(args, env);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('proxlab node status: Proxmox VE reported an error: 500 Internal Server Error\n');
    standin.inject({ kind: 'html', status: 502, reason: 'Bad Gateway', match: /\/version$/ });
    expect(await cli(args, env)).toMatchObject({ code: 2, stderr: 'proxlab node status: Proxmox VE reported an error: 502 Bad Gateway\n' });
    standin.inject({ kind: 'answer', data: [{ vmid: 101, status: 7 }], match: /\/nodes\/pve\/qemu$/ });
    const shape = await cli([...args, '--lang', 'id'], env);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toBe(
      'proxlab node status: Proxmox VE memberi jawaban yang tidak dipahami ProxLab (kolom 0.status: Invalid input: expected string, received number). Versi ini mungkin lebih baru daripada yang dikenal ProxLab.\n',
    );
  });

  it('exit 5 when nothing answers; exit 1 when a secret is missing or given wrongly', async () => {
    const closed = await startTestStandin();
    const port = closed.port;
    await closed.close();
    const down = await cli(['node', 'status', '--host', `127.0.0.1:${port}`, ...token, '--fingerprint', standin.fingerprint], env);
    expect(down.code).toBe(5);
    expect(down.stderr).toContain('ECONNREFUSED');
    const noSecret = await cli(['node', 'status', '--host', host, ...token, '--fingerprint', standin.fingerprint], {});
    expect(noSecret.code).toBe(1);
    expect(noSecret.stderr).toContain('PVE_SECRET');
  });
});
