import { testServices } from '../support/test-services';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../core/contract/api';
import { createHandlers, dispatch, InvalidCallError } from '../../electron/handlers';
import type { HandlerContext } from '../../electron/handler-types';
import { memoryProfilesStore, Profiles, type ProfilesStore } from '../../electron/proxmox/profiles';
import { ProxmoxService } from '../../electron/proxmox/service';
import type { Cipher } from '../../electron/session/secrets';
import { makeCertificates } from '../standins/pve/certs';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import type { Standin } from '../standins/pve/server';
import { startTestStandin } from './standin';
import { memoryCipher } from '../support/memory-cipher';
import { havePveFixtures, pveFixture } from '../support/pve-fixtures';

// The Proxmox calls as the renderer makes them (through dispatch, validated at the edge)
// against the HTTPS stand-in. Expected figures come from the contract's fixtures and the
// stand-in's documented lab (2.5 GiB for guest 103), never from the code under test.

const GIB = 1024 ** 3;

interface Harness {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  events: { name: EventName; payload: unknown }[];
  store: ProfilesStore;
  setCaFile(file: string | null): void;
  close(): void;
}

function harness(cipher: Cipher = memoryCipher()): Harness {
  const store = memoryProfilesStore();
  const service = new ProxmoxService(new Profiles(store, cipher));
  let caFile: string | null = null;
  const services = testServices({ proxmox: { service, chooseCaFile: async () => caFile } });
  const handlers = createHandlers(services);
  const events: Harness['events'] = [];
  const ctx: HandlerContext = { emit: <K extends EventName>(name: K, payload: EventPayload<K>) => void events.push({ name, payload }) };
  return {
    call: (name, input) => dispatch(handlers, name, input, ctx) as never,
    events,
    store,
    setCaFile: (file) => void (caFile = file),
    close: () => service.close(),
  };
}

function value<T>(answer: { ok: true; value: T } | { ok: false; error: { kind: string; message: string } }): T {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error.kind}: ${answer.error.message}`);
  return answer.value;
}

const tokenProfile = (standin: Standin, secret: string = STANDIN_SECRETS.runnerSecret, tokenId: string = STANDIN_SECRETS.runnerToken) => ({
  name: 'Lab 1',
  host: standin.host,
  port: standin.port,
  auth: { kind: 'token' as const, tokenId },
  secret,
});

async function pinned(h: Harness, standin: Standin, input = tokenProfile(standin)): Promise<string> {
  const profile = value(await h.call('proxmox.profiles.save', input));
  const offer = value(await h.call('proxmox.certificate.offer', { profileId: profile.id }));
  value(await h.call('proxmox.certificate.pin', { profileId: profile.id, fingerprint: offer.fingerprint256 }));
  return profile.id;
}

describe('Proxmox handlers against the stand-in', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50 });
  });
  afterAll(async () => {
    await standin.close();
  });

  it('keeps the secret sealed: it goes in with save and never comes back out', async () => {
    const h = harness();
    try {
      const saved = value(await h.call('proxmox.profiles.save', tokenProfile(standin)));
      expect(saved).toMatchObject({ name: 'Lab 1', host: '127.0.0.1', port: standin.port, node: null, trust: null, hasSecret: true });
      const listed = await h.call('proxmox.profiles.list', undefined);
      for (const text of [JSON.stringify(listed), JSON.stringify(saved), JSON.stringify(h.store.read())]) {
        expect(text).not.toContain(STANDIN_SECRETS.runnerSecret);
      }
      // Renaming without a secret keeps the sealed one; another token without its secret is refused.
      const renamed = value(await h.call('proxmox.profiles.save', { ...tokenProfile(standin), id: saved.id, name: 'Lab 2', secret: undefined }));
      expect(renamed).toMatchObject({ id: saved.id, name: 'Lab 2', hasSecret: true });
      const other = await h.call('proxmox.profiles.save', {
        ...tokenProfile(standin),
        id: saved.id,
        auth: { kind: 'token', tokenId: STANDIN_SECRETS.observerToken },
        secret: undefined,
      });
      expect(other).toMatchObject({ ok: false, error: { kind: 'bad-credentials', messageKey: 'proxmox.error.badCredentials' } });
      expect(await h.call('proxmox.profiles.delete', { profileId: saved.id })).toBe(true);
      expect(await h.call('proxmox.profiles.list', undefined)).toEqual([]);
    } finally {
      h.close();
    }
  });

  it('offers the certificate the stand-in serves, pins it on confirmation, and then every check passes', async () => {
    const h = harness();
    try {
      const profile = value(await h.call('proxmox.profiles.save', tokenProfile(standin)));
      const untrusted = await h.call('proxmox.test', { profileId: profile.id });
      expect(untrusted).toMatchObject({ ok: false, error: { kind: 'tls-untrusted', messageKey: 'proxmox.error.tlsUntrusted' } });

      const offer = value(await h.call('proxmox.certificate.offer', { profileId: profile.id }));
      expect(offer.fingerprint256).toBe(standin.fingerprint);
      expect(offer.subject).toContain('CN=pve.lab.example');
      expect(offer.issuer).toContain('O=PVE Cluster Manager CA');
      expect(offer.pinned).toBeNull();
      expect(Date.parse(offer.validTo) - Date.parse(offer.validFrom)).toBe(730 * 86_400_000);

      const trusted = value(await h.call('proxmox.certificate.pin', { profileId: profile.id, fingerprint: offer.fingerprint256 }));
      expect(trusted.trust).toEqual({ kind: 'pin', fingerprint: standin.fingerprint });

      const report = value(await h.call('proxmox.test', { profileId: profile.id }));
      expect(report.steps.map((s) => [s.step, s.ok])).toEqual([
        ['version', true],
        ['nodes', true],
        ['permissions', true],
        ['guests', true],
      ]);
      expect(report.version).toEqual({ version: '8.4.14', release: '8.4', memoryUsed: 'total-minus-available', tokens: true });
      expect(report.node).toBe('pve');
      expect((await h.call('proxmox.profiles.list', undefined))[0].node).toBe('pve');
    } finally {
      h.close();
    }
  });

  it.runIf(havePveFixtures)('answers a snapshot with the Summary figures of GET /nodes/pve/status and no raw PVE bodies', async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin);
      const snapshot = value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      const fixture = pveFixture('GET_nodes_pve_status.json').data;
      expect(snapshot.summary.memory).toMatchObject({ total: fixture.memory.total, used: fixture.memory.used, usedMeaning: 'total-minus-available' });
      expect(snapshot.summary.cpus).toBe(fixture.cpuinfo.cpus);
      expect(snapshot.summary.loadavg).toEqual(fixture.loadavg.map(Number));
      expect(snapshot.summary.rootfs).toMatchObject({ total: fixture.rootfs.total, used: fixture.rootfs.used });
      expect(snapshot.summary.pveversion).toBe(fixture.pveversion);
      expect(snapshot.guests.map((g) => [g.vmid, g.type, g.status])).toEqual([
        [101, 'qemu', 'running'],
        [102, 'qemu', 'running'],
        [103, 'qemu', 'stopped'],
        [200, 'lxc', 'running'],
      ]);
      expect(JSON.stringify(snapshot)).not.toContain('"raw"');
    } finally {
      h.close();
    }
  });

  it('starts a guest with task progress events, and node memory rises by what the guest uses', async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin);
      const before = value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      const outcome = value(await h.call('proxmox.power', { profileId: id, node: 'pve', vmid: 103, action: 'start', taskId: 't1' }));
      expect(outcome).toEqual({ ok: true, exitStatus: 'OK', log: [], ha: null });
      const phases = h.events.filter((e) => e.name === 'proxmox.task').map((e) => e.payload as EventPayload<'proxmox.task'>);
      expect(phases.map((p) => p.phase)).toEqual(['requested', 'running', 'done']);
      expect(phases[1].upid).toMatch(/^UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:qmstart:103:labrunner@pve!experiment:$/);
      expect(phases[2].exitStatus).toBe('OK');
      const after = value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      expect(after.summary.memory.used - before.summary.memory.used).toBe(2.5 * GIB);
      expect(after.guests.find((g) => g.vmid === 103)?.status).toBe('running');

      // LXC refuses a start of a running container up front (HTTP 500, no task).
      const refused = await h.call('proxmox.power', { profileId: id, node: 'pve', vmid: 200, action: 'start', taskId: 't2' });
      expect(refused).toMatchObject({ ok: false, error: { kind: 'server', params: { reason: expect.stringContaining('CT 200 already running') } } });

      // A QEMU start of a running guest answers with a task that fails: its log comes back.
      const failed = value(await h.call('proxmox.power', { profileId: id, node: 'pve', vmid: 101, action: 'start', taskId: 't3' }));
      expect(failed).toEqual({ ok: false, exitStatus: 'VM 101 already running', log: ['TASK ERROR: VM 101 already running'], ha: null });
      value(await h.call('proxmox.power', { profileId: id, node: 'pve', vmid: 103, action: 'stop', taskId: 't4' }));
    } finally {
      h.close();
    }
  });

  it('streams samples while watching, and stops', async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin);
      value(await h.call('proxmox.watch.start', { profileId: id, node: 'pve', intervalMs: 500 }));
      await expect.poll(() => h.events.filter((e) => e.name === 'proxmox.sample').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      expect(await h.call('proxmox.watch.interval', { profileId: id, intervalMs: 1000 })).toBe(true);
      expect(await h.call('proxmox.watch.stop', { profileId: id })).toBe(true);
      expect(await h.call('proxmox.watch.stop', { profileId: id })).toBe(false);
      const sample = h.events.find((e) => e.name === 'proxmox.sample')!.payload as EventPayload<'proxmox.sample'>;
      expect(sample).toMatchObject({ profileId: id, node: 'pve' });
      expect(sample.snapshot.summary.cpus).toBe(8);
      expect(JSON.stringify(sample)).not.toContain('"raw"');
    } finally {
      h.close();
    }
  });

  it('reads RRD history (70 rows an hour on PVE 8) and the nodes of /cluster/resources', async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin);
      const rows = value(await h.call('proxmox.rrd', { profileId: id, node: 'pve', timeframe: 'hour', cf: 'AVERAGE' }));
      expect(rows).toHaveLength(70);
      expect(rows[1].time - rows[0].time).toBe(60);
      expect(Object.keys(rows[0].values)).toEqual(expect.arrayContaining(['cpu', 'loadavg', 'memused', 'memtotal', 'netin', 'netout']));
      expect(value(await h.call('proxmox.cluster', { profileId: id }))).toMatchObject([{ node: 'pve', status: 'online', maxcpu: 8 }]);
    } finally {
      h.close();
    }
  });

  it('says which check failed for a wrong password, and answers a TOTP request', async () => {
    const h = harness();
    try {
      const wrong = await pinned(h, standin, {
        name: 'x',
        host: standin.host,
        port: standin.port,
        auth: { kind: 'password', username: 'labrunner', realm: 'pve' },
        secret: 'nope',
      } as never);
      const refused = value(await h.call('proxmox.test', { profileId: wrong }));
      expect(refused.steps).toEqual([
        { step: 'version', ok: false, error: expect.objectContaining({ kind: 'bad-credentials', messageKey: 'proxmox.error.badCredentials' }) },
      ]);

      const student = await pinned(h, standin, {
        name: 'student',
        host: standin.host,
        port: standin.port,
        auth: { kind: 'password', username: 'student', realm: 'pve' },
        secret: STANDIN_SECRETS.tfaPassword,
      } as never);
      const asked = value(await h.call('proxmox.test', { profileId: student }));
      expect(asked.steps[0]).toMatchObject({ step: 'version', ok: false, error: { kind: 'tfa-required', messageKey: 'proxmox.error.tfaRequired' } });
      const answered = value(await h.call('proxmox.test', { profileId: student, totp: STANDIN_SECRETS.tfaCode }));
      expect(answered.steps.every((s) => s.ok)).toBe(true);
    } finally {
      h.close();
    }
  });

  it('recognises a privilege-separated token without ACLs instead of showing an empty lab', async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin, tokenProfile(standin, STANDIN_SECRETS.freshSecret, STANDIN_SECRETS.freshToken));
      const report = value(await h.call('proxmox.test', { profileId: id }));
      expect(report.steps.find((s) => s.step === 'guests')).toMatchObject({
        ok: false,
        error: { kind: 'empty-without-acl', params: { tokenId: STANDIN_SECRETS.freshToken } },
      });
    } finally {
      h.close();
    }
  });

  it('trusts a CA file instead of a pin, and a cancelled dialog changes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-ca-'));
    const h = harness();
    try {
      const profile = value(await h.call('proxmox.profiles.save', tokenProfile(standin)));
      expect(value(await h.call('proxmox.certificate.chooseCa', { profileId: profile.id }))).toBeNull();
      const notPem = path.join(dir, 'notes.txt');
      writeFileSync(notPem, 'not a certificate');
      h.setCaFile(notPem);
      expect(await h.call('proxmox.certificate.chooseCa', { profileId: profile.id })).toMatchObject({ ok: false, error: { kind: 'tls-ca' } });
      const caFile = path.join(dir, 'pve-root-ca.pem');
      writeFileSync(caFile, standin.caPem);
      h.setCaFile(caFile);
      const trusted = value(await h.call('proxmox.certificate.chooseCa', { profileId: profile.id }));
      expect(trusted?.trust).toMatchObject({ kind: 'ca', subject: expect.stringContaining('O=PVE Cluster Manager CA') });
      expect(value(await h.call('proxmox.test', { profileId: profile.id })).steps.every((s) => s.ok)).toBe(true);
    } finally {
      h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to save a secret when the system has no protected storage', async () => {
    const h = harness({ ...memoryCipher(), isAvailable: () => false });
    try {
      expect(await h.call('proxmox.profiles.save', tokenProfile(standin))).toMatchObject({
        ok: false,
        error: { kind: 'secret-storage', messageKey: 'proxmox.error.secretStorage' },
      });
    } finally {
      h.close();
    }
  });

  it('refuses malformed arguments before any handler runs', async () => {
    const h = harness();
    try {
      await expect(h.call('proxmox.profiles.save', { ...tokenProfile(standin), port: 0 })).rejects.toBeInstanceOf(InvalidCallError);
      await expect(h.call('proxmox.profiles.save', { ...tokenProfile(standin), auth: { kind: 'token', tokenId: 'no-bang@pve' } })).rejects.toBeInstanceOf(
        InvalidCallError,
      );
      await expect(h.call('proxmox.snapshot', { profileId: 'x', node: '../access' })).rejects.toBeInstanceOf(InvalidCallError);
    } finally {
      h.close();
    }
  });
});

describe('Proxmox handlers on a cluster with a node down', () => {
  it('lists every node of /cluster/resources with its state and says the offline one cannot be reached', async () => {
    const standin = await startTestStandin({ cluster: true });
    const h = harness();
    try {
      const id = await pinned(h, standin);
      const nodes = value(await h.call('proxmox.cluster', { profileId: id }));
      expect(nodes.map((n) => [n.node, n.status])).toEqual([
        ['pve', 'online'],
        ['pve2', 'online'],
        ['pve3', 'offline'],
      ]);
      // The stand-in's pve2 has 33 537 990 656 B of RAM (lab.ts) and answers through pve.
      expect(value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve2' })).summary.memory.total).toBe(33537990656);
      const offline = await h.call('proxmox.snapshot', { profileId: id, node: 'pve3' });
      expect(offline).toMatchObject({
        ok: false,
        error: { kind: 'node-offline', messageKey: 'proxmox.error.nodeOffline', params: { node: 'pve3', status: 595 } },
      });
    } finally {
      h.close();
      await standin.close();
    }
  });
});

describe('Proxmox handlers when the node certificate changes', () => {
  it('refuses the connection and names both fingerprints', async () => {
    const standin = await startTestStandin();
    const h = harness();
    try {
      const id = await pinned(h, standin);
      // The connection in use has read the version: a later test must not take that for a pass.
      value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      const first = standin.fingerprint;
      // The node's certificate was renewed: same address, another key.
      const second = makeCertificates();
      standin.renewCertificates(second);
      const refused = value(await h.call('proxmox.test', { profileId: id }));
      expect(refused.steps).toEqual([
        {
          step: 'version',
          ok: false,
          error: expect.objectContaining({ kind: 'tls-mismatch', params: { host: '127.0.0.1', pinned: first, presented: second.fingerprint } }),
        },
      ]);
      expect(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' })).toMatchObject({ ok: false, error: { kind: 'tls-mismatch' } });
      const offer = value(await h.call('proxmox.certificate.offer', { profileId: id }));
      expect(offer).toMatchObject({ fingerprint256: second.fingerprint, pinned: first });
      // Pinning a fingerprint the host does not present is refused.
      expect(await h.call('proxmox.certificate.pin', { profileId: id, fingerprint: first })).toMatchObject({ ok: false, error: { kind: 'tls-mismatch' } });
    } finally {
      h.close();
      await standin.close();
    }
  });
});

describe('Guest memory in a node snapshot', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50 });
  });
  afterAll(async () => {
    await standin.close();
  });

  it("each guest with the list's host-side memory and PVE's own figure, labelled by release", async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin);
      const snapshot = value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      // The fixtures: list `mem` (host view) and /cluster/resources `mem` (the balloon driver's guest view).
      expect(snapshot.guests.map((g) => [g.vmid, g.mem, g.guestMem, g.haManaged, g.haState])).toEqual([
        [101, 3214635008, 2631335936, false, null],
        [102, 6643744768, 5586771968, false, null],
        [103, 0, null, false, null],
        [200, 96468992, 96468992, false, null],
      ]);
      expect(snapshot.hostMemMeaning).toBe('rss-estimate');
    } finally {
      h.close();
    }
    // The release is read once per connection: a new one meets PVE 9.
    standin.setRelease('9.1');
    const h9 = harness();
    try {
      const pve9 = value(await h9.call('proxmox.snapshot', { profileId: await pinned(h9, standin), node: 'pve' }));
      expect(pve9.hostMemMeaning).toBe('cgroup');
    } finally {
      standin.setRelease('8.4');
      h9.close();
    }
  });
});

describe('Proxmox power actions on a guest HA manages', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startTestStandin({ taskMs: 50, haManaged: [103] });
  });
  afterAll(async () => {
    await standin.close();
  });

  it('follows the guest after the hastart task until it runs, and says it was HA', async () => {
    const h = harness();
    try {
      const id = await pinned(h, standin);
      const before = value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      expect(before.guests.find((g) => g.vmid === 103)).toMatchObject({ status: 'stopped', haManaged: true, haState: 'stopped' });

      const answer = h.call('proxmox.power', { profileId: id, node: 'pve', vmid: 103, action: 'start', taskId: 'ha1' });
      const phases = () => h.events.filter((e) => e.name === 'proxmox.task').map((e) => (e.payload as EventPayload<'proxmox.task'>).phase);
      await expect.poll(phases, { timeout: 10_000 }).toEqual(['requested', 'running', 'waiting']);
      // The task ended when HA took the request; the guest has not started yet.
      expect([...standin.state.tasks.values()].filter((t) => t.id === '103').map((t) => [t.type, t.result?.exitstatus])).toEqual([['hastart', 'OK']]);
      expect(standin.state.guests.find((g) => g.vmid === 103)?.running).toBe(false);

      standin.advance(60);
      expect(value(await answer)).toEqual({ ok: true, exitStatus: 'OK', log: [], ha: { wanted: 'running', reached: true } });
      expect(phases()).toEqual(['requested', 'running', 'waiting', 'done']);
      const after = value(await h.call('proxmox.snapshot', { profileId: id, node: 'pve' }));
      expect(after.guests.find((g) => g.vmid === 103)).toMatchObject({ status: 'running', haManaged: true, haState: 'started' });
    } finally {
      h.close();
    }
  });
});
