import { randomUUID } from 'node:crypto';
import type { CallOutput, EventPayload } from '../../core/contract/api';
import type { Failure } from '../../core/contract/failure';
import { failure } from '../failure';
import type { HandlerContext, Handlers } from '../handler-types';
import { readRegularFile } from '../files/read-regular';
import { ClusterNodeSchema, GuestViewSchema, NodeSnapshotViewSchema, type ProfileView, type ProxmoxCallName } from '../../core/contract/proxmox';
import { ProxmoxError, asProxmoxError } from './errors';
import { OBSERVER_SETUP, RUNNER_SETUP, RUNNER_SETUP_PVE5 } from './privileges';
import type { ConnectionProfile } from './profiles';
import type { ProxmoxService } from './service';
import { describeCertificate } from './tls';
import { SecretUnavailableError } from '../session/secrets';

// The Proxmox calls of the contract over ProxmoxService. Failures become Failure values
// (kind + catalogue key + params) so that the renderer can say them in the user's language.

export interface ProxmoxHandlerDeps {
  service: ProxmoxService;
  /** Asks the user for pve-root-ca.pem; the chosen path, or null when cancelled. */
  chooseCaFile(): Promise<string | null>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

/** A CA certificate file is a few KB; anything far larger is not one. */
const CA_FILE_MAX_BYTES = 1 << 20;

export function toFailure(error: unknown): Failure {
  const proxmox = asProxmoxError(error);
  if (proxmox) return failure(proxmox.kind, proxmox.key, proxmox.params, proxmox.message);
  if (error instanceof SecretUnavailableError) return failure('secret-storage', 'proxmox.error.secretStorage');
  return failure('unexpected', 'proxmox.error.unexpected', { reason: error instanceof Error ? error.message : String(error) });
}

async function attempt<T>(run: () => Promise<T> | T): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: toFailure(error) };
  }
}

export function profileView(profile: ConnectionProfile & { hasSecret: boolean }): ProfileView {
  const { trust } = profile;
  let trustView: ProfileView['trust'] = null;
  if (trust?.kind === 'pin') trustView = { kind: 'pin', fingerprint: trust.fingerprint };
  if (trust?.kind === 'ca') {
    const ca = describeCertificate(trust.caPem);
    trustView = { kind: 'ca', subject: ca.subject, fingerprint: ca.fingerprint256 };
  }
  return {
    id: profile.id,
    name: profile.name,
    host: profile.host,
    port: profile.port,
    node: profile.node,
    auth: profile.auth,
    trust: trustView,
    hasSecret: profile.hasSecret,
  };
}

function sameIdentity(a: ConnectionProfile['auth'], b: ConnectionProfile['auth']): boolean {
  if (a.kind === 'token' && b.kind === 'token') return a.tokenId === b.tokenId;
  if (a.kind === 'password' && b.kind === 'password') return a.username === b.username && a.realm === b.realm;
  return false;
}

export function createProxmoxHandlers({ service, chooseCaFile }: ProxmoxHandlerDeps): Pick<Handlers, ProxmoxCallName> {
  const view = (profileId: string): ProfileView => {
    const found = service.listProfiles().find((p) => p.id === profileId);
    if (!found) throw new ProxmoxError('not-found', { reason: `connection profile ${profileId}` });
    return profileView(found);
  };
  const task = (ctx: HandlerContext, payload: EventPayload<'proxmox.task'>) => ctx.emit('proxmox.task', payload);

  return {
    'proxmox.profiles.list': async () => service.listProfiles().map(profileView),
    'proxmox.profiles.save': ({ id, secret, ...fields }) =>
      attempt(() => {
        const existing = id ? service.profile(id) : null;
        if (id && !existing) throw new ProxmoxError('not-found', { reason: `connection profile ${id}` });
        const host = fields.host.replace(/^\[(.*)\]$/, '$1');
        const kept = existing !== null && existing.host === host && existing.port === fields.port ? existing : null;
        if (existing && secret === undefined && !sameIdentity(existing.auth, fields.auth)) {
          // Another user or token with the old one's secret would only fail later, less clearly.
          throw new ProxmoxError('bad-credentials', { reason: 'a new user or token needs its own secret' });
        }
        const saved = service.saveProfile(
          {
            id: existing?.id ?? randomUUID(),
            name: fields.name,
            host,
            port: fields.port,
            auth: fields.auth,
            // Another host presents another certificate and may be another node.
            node: kept?.node ?? null,
            trust: kept?.trust ?? null,
          },
          secret,
        );
        return view(saved.id);
      }),
    'proxmox.profiles.delete': async ({ profileId }) => {
      const known = service.profile(profileId) !== null;
      service.removeProfile(profileId);
      return known;
    },
    'proxmox.certificate.offer': ({ profileId }) =>
      attempt(async () => {
        const profile = service.profile(profileId);
        if (!profile) throw new ProxmoxError('not-found', { reason: `connection profile ${profileId}` });
        const offer = await service.offerCertificate(profile.host, profile.port);
        const pinned = profile.trust?.kind === 'pin' ? profile.trust.fingerprint : null;
        return { ...offer, pinned };
      }),
    'proxmox.certificate.pin': ({ profileId, fingerprint }) =>
      attempt(async () => {
        await service.pinCertificate(profileId, fingerprint);
        return view(profileId);
      }),
    'proxmox.certificate.chooseCa': ({ profileId }) =>
      attempt(async () => {
        const file = await chooseCaFile();
        if (file === null) return null;
        const pem = await readRegularFile(file, CA_FILE_MAX_BYTES, 'utf8');
        try {
          service.trustCa(profileId, pem);
        } catch (error) {
          if (error instanceof ProxmoxError) throw error;
          throw new ProxmoxError('tls-ca', { host: file, code: 'not a PEM certificate' });
        }
        return view(profileId);
      }),
    'proxmox.test': ({ profileId, totp }) =>
      attempt(async () => {
        if (totp !== undefined) service.answerSecondFactor(profileId, totp);
        const report = await service.test(profileId);
        return {
          version: report.version && {
            version: report.version.version,
            release: report.version.release,
            memoryUsed: report.version.memoryUsed,
            tokens: report.version.tokens,
          },
          node: report.node,
          nodes: report.nodes,
          steps: report.steps.map((s) => ({ step: s.step, ok: s.ok, error: s.error && toFailure(s.error) })),
        };
      }),
    'proxmox.snapshot': ({ profileId, node }) => attempt(async () => NodeSnapshotViewSchema.parse(await service.snapshot(profileId, node))),
    'proxmox.watch.start': ({ profileId, node, intervalMs }, ctx) =>
      attempt(() => {
        service.watch(
          profileId,
          node,
          intervalMs,
          (snapshot) => ctx.emit('proxmox.sample', { profileId, node, snapshot: NodeSnapshotViewSchema.parse(snapshot) }),
          (error) => ctx.emit('proxmox.error', { profileId, node, error: toFailure(error) }),
        );
        return true as const;
      }),
    'proxmox.watch.interval': async ({ profileId, intervalMs }) => service.setWatchInterval(profileId, intervalMs),
    'proxmox.watch.pause': async ({ profileId, paused }) => {
      service.pauseWatch(profileId, paused);
      return true;
    },
    'proxmox.watch.stop': async ({ profileId }) => service.stopWatch(profileId),
    'proxmox.rrd': ({ profileId, node, timeframe, cf }) => attempt(() => service.history(profileId, node, timeframe, cf)),
    'proxmox.guests': ({ profileId, node }) => attempt(async () => (await service.guests(profileId, node)).map((g) => GuestViewSchema.parse(g))),
    'proxmox.environment': ({ profileId, node, guests }) => attempt(() => service.environment(profileId, node, guests)),
    'proxmox.cluster': ({ profileId }) =>
      attempt(async () =>
        (await service.clusterNodes(profileId)).map((r) =>
          ClusterNodeSchema.parse({
            node: r.node ?? r.id.replace(/^node\//, ''),
            status: r.status === 'online' || r.status === 'offline' ? r.status : 'unknown',
            cpu: r.cpu,
            maxcpu: r.maxcpu,
            mem: r.mem,
            maxmem: r.maxmem,
            uptime: r.uptime,
          }),
        ),
      ),
    'proxmox.power': async ({ profileId, node, vmid, action, taskId }, ctx): Promise<CallOutput<'proxmox.power'>> => {
      task(ctx, { taskId, phase: 'requested', upid: null, startTime: null, exitStatus: null });
      const result = await attempt(() =>
        service.power(profileId, node, vmid, action, {
          onTask: (upid) => task(ctx, { taskId, phase: 'running', upid: upid.upid, startTime: upid.startTime, exitStatus: null }),
          onHaWait: () => task(ctx, { taskId, phase: 'waiting', upid: null, startTime: null, exitStatus: null }),
        }),
      );
      task(ctx, { taskId, phase: 'done', upid: null, startTime: null, exitStatus: result.ok ? result.value.exitStatus : null });
      return result;
    },
    'proxmox.privileges': async () => ({ observer: OBSERVER_SETUP, runner: RUNNER_SETUP, runnerPve5: RUNNER_SETUP_PVE5 }),
  };
}
