import { ProxmoxClient } from './client';
import { clusterResources, type ClusterResource } from './cluster';
import { proxmoxExperimentPort } from './experiment-port';
import type { ExperimentPort } from '../experiment/port';
import { discoverNode, testConnection, type ConnectionReport } from './connection-test';
import { readLabEnvironment } from './environment';
import type { Lab } from '../../core/session/lab';
import { ProxmoxError, asProxmoxError } from './errors';
import { guestStatus, listGuests, powerAction, type Guest, type GuestType, type PowerAction } from './guests';
import { isHaRequest, statusAfter, untilGuestIs } from './guest-wait';
import { formatProxmoxMessage } from '../../core/proxmox/messages';
import { Poller } from './poller';
import type { ConnectionProfile, Profiles } from './profiles';
import { listNodes } from './node';
import type { PveVersion } from './version';
import { rrdData, type ConsolidationFunction, type RrdRow, type Timeframe } from './rrd';
import { checkedNodeSnapshot, type NodeSnapshot } from './snapshot';
import { abortableSleep, followTask, type TaskOutcome } from './tasks';
import { describeCertificate, probeCertificate, type CertificateInfo } from './tls';
import type { Upid } from './upid';
import type { SecondFactor } from './auth';

// What the Connect and Node pages need, as plain Node: handlers.ts can bind these calls to the
// contract (core/contract/api.ts) one by one. Secrets stay here (opened from the sealed store per
// connection); what goes back to the renderer is figures, certificates and typed errors.

export interface CertificateOffer extends CertificateInfo {
  /** Where PVE shows the same fingerprint, in the reader's language. */
  whereToCheck: { en: string; id: string };
}

/** A power task's outcome; for a guest HA manages, the status asked for and whether the guest reached it in time. */
export interface PowerOutcome extends TaskOutcome {
  ha: { wanted: 'running' | 'stopped'; reached: boolean } | null;
}

/** How long an HA-managed guest may take to reach the state asked for (the experiment runner waits as long). */
const HA_WAIT_MS = 120_000;

export class ProxmoxService {
  private readonly clients = new Map<string, ProxmoxClient>();
  private readonly pollers = new Map<string, Poller<NodeSnapshot>>();
  /** TOTP codes a person typed for one profile's next login, used once. */
  private readonly typedCodes = new Map<string, string>();

  constructor(
    private readonly profiles: Profiles,
    private readonly secondFactor?: SecondFactor,
  ) {}

  /** First contact: the certificate the host presents, not trusted yet. */
  async offerCertificate(host: string, port: number): Promise<CertificateOffer> {
    const info = await probeCertificate(host, port);
    const params = { fingerprint: info.fingerprint256 };
    return {
      ...info,
      whereToCheck: {
        en: formatProxmoxMessage('proxmox.certificate.whereToCheck', params, 'en'),
        id: formatProxmoxMessage('proxmox.certificate.whereToCheck', params, 'id'),
      },
    };
  }

  /** The user confirmed the certificate (same fingerprint as offered): pin it. */
  async pinCertificate(profileId: string, fingerprint: string): Promise<ConnectionProfile> {
    const profile = this.require(profileId);
    const info = await probeCertificate(profile.host, profile.port);
    if (info.fingerprint256 !== fingerprint)
      throw new ProxmoxError('tls-mismatch', { host: profile.host, pinned: fingerprint, presented: info.fingerprint256 });
    const next = { ...profile, trust: { kind: 'pin' as const, fingerprint, pem: info.pem } };
    this.profiles.save(next);
    this.disconnect(profileId);
    return next;
  }

  /** What the renderer may see of every profile (never a secret). */
  listProfiles(): (ConnectionProfile & { hasSecret: boolean })[] {
    return this.profiles.list();
  }

  profile(profileId: string): ConnectionProfile | null {
    return this.profiles.get(profileId);
  }

  /** Saves a profile; the open connection is dropped so new details or a new secret take effect. */
  saveProfile(profile: ConnectionProfile, secret?: string): ConnectionProfile {
    this.profiles.save(profile, secret);
    this.disconnect(profile.id);
    return this.require(profile.id);
  }

  removeProfile(profileId: string): void {
    this.disconnect(profileId);
    this.profiles.remove(profileId);
  }

  /** Trusts the cluster CA (pve-root-ca.pem) instead of one pinned certificate. */
  trustCa(profileId: string, caPem: string): ConnectionProfile {
    const ca = describeCertificate(caPem);
    return this.saveProfile({ ...this.require(profileId), trust: { kind: 'ca', caPem: ca.pem } });
  }

  /** A second-factor code for the next login of this profile (asked for by a `tfa-required` error). */
  answerSecondFactor(profileId: string, code: string): void {
    this.typedCodes.set(profileId, code);
  }

  /**
   * Tests over a fresh connection, so that a version or ticket cached earlier cannot pass for
   * one that works now; when it gets in, it replaces the connection in use (whose holders keep
   * working: a closed agent opens new sockets).
   */
  async test(profileId: string): Promise<ConnectionReport> {
    const client = this.newClient(profileId);
    let report: ConnectionReport;
    try {
      report = await testConnection(client, this.identity(profileId));
    } catch (error) {
      client.close();
      throw error;
    }
    if (report.steps[0]?.ok) {
      this.clients.get(profileId)?.close();
      this.clients.set(profileId, client);
    } else {
      client.close();
    }
    const profile = this.require(profileId);
    if (report.node && profile.node === null) this.profiles.save({ ...profile, node: report.node });
    return report;
  }

  snapshot(profileId: string, node: string): Promise<NodeSnapshot> {
    return checkedNodeSnapshot(this.client(profileId), node, this.identity(profileId));
  }

  /**
   * One look at a node (`proxlab node status`): the release, the snapshot of the node named (else
   * of the one answering, else of the first online), and the cluster's nodes.
   */
  async nodeStatus(profileId: string, node?: string): Promise<{ version: PveVersion; snapshot: NodeSnapshot; nodes: { node: string; online: boolean }[] }> {
    const client = this.client(profileId);
    const version = await client.version();
    const found = await discoverNode(client);
    const shown = node ?? found.node ?? (await listNodes(client)).find((n) => n.status === 'online')?.node;
    if (!shown) throw new ProxmoxError('not-found', { reason: 'no online node; name one with --node' });
    return { version, snapshot: await this.snapshot(profileId, shown), nodes: found.nodes };
  }

  /** Starts (or restarts) the live poll of a node; one per profile. */
  watch(profileId: string, node: string, intervalMs: number, onSample: (s: NodeSnapshot) => void, onError: (e: ProxmoxError) => void): void {
    this.pollers.get(profileId)?.stop();
    const poller = new Poller(() => this.snapshot(profileId, node), {
      intervalMs,
      onSample,
      onError: (error) => onError(asProxmoxError(error) ?? new ProxmoxError('bad-response', { path: node, reason: String(error) })),
    });
    this.pollers.set(profileId, poller);
    poller.start();
  }

  pauseWatch(profileId: string, paused: boolean): void {
    const poller = this.pollers.get(profileId);
    if (paused) poller?.pause();
    else poller?.resume();
  }

  /** Changes the pace of a running watch without a new first poll. */
  setWatchInterval(profileId: string, intervalMs: number): boolean {
    const poller = this.pollers.get(profileId);
    poller?.setInterval(intervalMs);
    return poller !== undefined;
  }

  stopWatch(profileId: string): boolean {
    const poller = this.pollers.get(profileId);
    void poller?.stop();
    return this.pollers.delete(profileId);
  }

  guests(profileId: string, node: string): Promise<Guest[]> {
    return listGuests(this.client(profileId), node);
  }

  /** The report's test environment as this node reports it. */
  environment(profileId: string, node: string, vmids: readonly number[]): Promise<Lab> {
    return readLabEnvironment(this.client(profileId), node, vmids);
  }

  /** Every node of the cluster (a standalone node is a cluster of one), offline ones included. */
  async clusterNodes(profileId: string): Promise<ClusterResource[]> {
    return (await clusterResources(this.client(profileId), 'node')).sort((a, b) => (a.node ?? '').localeCompare(b.node ?? ''));
  }

  /**
   * A power action followed to its end. For a guest HA manages, the task ends once the HA
   * manager took the request: the guest's status is then followed until it is what was asked
   * (onHaWait says when that begins).
   */
  async power(
    profileId: string,
    node: string,
    vmid: number,
    action: PowerAction,
    options: { signal?: AbortSignal; onTask?: (upid: Upid) => void; onHaWait?: () => void } = {},
  ): Promise<PowerOutcome> {
    const client = this.client(profileId);
    const guest = (await listGuests(client, node)).find((g) => g.vmid === vmid);
    if (!guest) throw new ProxmoxError('not-found', { reason: `guest ${vmid} on node ${node}` });
    const upid = await powerAction(client, node, guest.type, vmid, action);
    options.onTask?.(upid);
    const outcome = await followTask(client, upid, { signal: options.signal });
    if (!outcome.ok || !isHaRequest(upid.type)) return { ...outcome, ha: null };
    options.onHaWait?.();
    const wanted = statusAfter(action);
    const reached = await untilGuestIs(
      async () => {
        const now = await guestStatus(client, node, guest.type, vmid);
        return now.qmpStatus ?? now.status;
      },
      wanted,
      { timeoutMs: HA_WAIT_MS, pollMs: 1000, now: Date.now, sleep: (ms) => abortableSleep(ms, options.signal) },
    );
    return { ...outcome, ha: { wanted, reached } };
  }

  /** The experiment runner's port over this profile's connection. */
  experimentPort(profileId: string): ExperimentPort {
    return proxmoxExperimentPort(this.client(profileId));
  }

  history(profileId: string, node: string, timeframe: Timeframe, cf: ConsolidationFunction, guest?: { type: GuestType; vmid: number }): Promise<RrdRow[]> {
    return rrdData(this.client(profileId), { node, guest }, timeframe, cf);
  }

  disconnect(profileId: string): void {
    void this.pollers.get(profileId)?.stop();
    this.pollers.delete(profileId);
    this.clients.get(profileId)?.close();
    this.clients.delete(profileId);
  }

  close(): void {
    for (const id of [...this.clients.keys(), ...this.pollers.keys()]) this.disconnect(id);
  }

  private require(profileId: string): ConnectionProfile {
    const profile = this.profiles.get(profileId);
    if (!profile) throw new ProxmoxError('not-found', { reason: `connection profile ${profileId}` });
    return profile;
  }

  private identity(profileId: string): string {
    const auth = this.require(profileId).auth;
    if (auth.kind === 'token') return auth.tokenId;
    return auth.username.includes('@') ? auth.username : `${auth.username}@${auth.realm}`;
  }

  private client(profileId: string): ProxmoxClient {
    const existing = this.clients.get(profileId);
    if (existing) return existing;
    const client = this.newClient(profileId);
    this.clients.set(profileId, client);
    return client;
  }

  private newClient(profileId: string): ProxmoxClient {
    const profile = this.require(profileId);
    if (!profile.trust) throw new ProxmoxError('tls-untrusted', { host: profile.host, presented: '?' });
    const credentials = this.profiles.credentials(profileId);
    if (!credentials) throw new ProxmoxError('bad-credentials', { reason: 'no saved secret' });
    const secondFactor: SecondFactor = async (methods) => {
      const typed = this.typedCodes.get(profileId);
      this.typedCodes.delete(profileId);
      return typed ?? (this.secondFactor ? this.secondFactor(methods) : null);
    };
    return new ProxmoxClient({ host: profile.host, port: profile.port, trust: profile.trust, credentials, secondFactor });
  }
}
