import { z } from 'zod';
import { TOKEN_ID } from '../proxmox/token-id';
import { LabSchema } from '../session/lab-schema';
import { FailureSchema } from './failure';

// The Connect and Node pages' part of the contract (spread into api.ts). Secrets go in with
// profiles.save and never come back: the renderer only learns `hasSecret`. Every call that
// talks to Proxmox answers { ok: true, value } or { ok: false, error: Failure } (a ProxmoxErrorKind,
// or `secret-storage` / `unexpected`).

const ProfileId = z.string().min(1).max(64);
const NodeName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/);

function outcome<T extends z.ZodType>(value: T) {
  return z.union([z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: FailureSchema })]);
}

const AuthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), tokenId: z.string().regex(TOKEN_ID) }),
  z.object({ kind: z.literal('password'), username: z.string().min(1).max(200), realm: z.string().min(1).max(64) }),
]);

export const ProfileViewSchema = z.object({
  id: ProfileId,
  name: z.string(),
  host: z.string(),
  port: z.number(),
  node: z.string().nullable(),
  auth: AuthSchema,
  /** What is trusted, without the certificate itself. */
  trust: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('pin'), fingerprint: z.string() }),
      z.object({ kind: z.literal('ca'), subject: z.string(), fingerprint: z.string() }),
    ])
    .nullable(),
  hasSecret: z.boolean(),
});
export type ProfileView = z.infer<typeof ProfileViewSchema>;

export const ProfileInputSchema = z.object({
  /** Absent for a new profile. */
  id: ProfileId.optional(),
  name: z.string().trim().min(1).max(200),
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[^\s/:@]+$|^\[?[0-9A-Fa-f:]+\]?$/),
  port: z.number().int().min(1).max(65535),
  auth: AuthSchema,
  /** Token secret or password; absent keeps the saved one. */
  secret: z.string().min(1).max(1000).optional(),
});

export const CertificateOfferSchema = z.object({
  fingerprint256: z.string(),
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  subjectAltName: z.string().nullable(),
  selfSigned: z.boolean(),
  /** What the profile trusts now, to show beside a changed certificate. */
  pinned: z.string().nullable(),
});

const FailureOrNull = FailureSchema.nullable();

export const ConnectionReportSchema = z.object({
  version: z
    .object({ version: z.string(), release: z.string(), memoryUsed: z.enum(['total-minus-free', 'total-minus-available']), tokens: z.boolean() })
    .nullable(),
  node: z.string().nullable(),
  nodes: z.array(z.object({ node: z.string(), online: z.boolean() })),
  steps: z.array(z.object({ step: z.enum(['version', 'nodes', 'permissions', 'guests']), ok: z.boolean(), error: FailureOrNull })),
});
export type ConnectionReportView = z.infer<typeof ConnectionReportSchema>;

export const GuestViewSchema = z.object({
  vmid: z.number(),
  type: z.enum(['qemu', 'lxc']),
  name: z.string(),
  status: z.string(),
  qmpStatus: z.string().nullable(),
  cpus: z.number().nullable(),
  cpu: z.number().nullable(),
  /** The host-side figure of the guest list. */
  mem: z.number().nullable(),
  /** The figure PVE's own pages show (the guest's view when its balloon driver reports it); null when not read. */
  guestMem: z.number().nullable(),
  maxmem: z.number().nullable(),
  memHost: z.number().nullable(),
  uptime: z.number().nullable(),
  template: z.boolean(),
  haManaged: z.boolean(),
  haState: z.string().nullable(),
});
export type GuestView = z.infer<typeof GuestViewSchema>;

export const NodeSummaryViewSchema = z.object({
  node: z.string(),
  uptime: z.number(),
  cpu: z.number(),
  ioWait: z.number().nullable(),
  cpus: z.number(),
  cores: z.number().nullable(),
  sockets: z.number().nullable(),
  cpuModel: z.string(),
  loadavg: z.tuple([z.number(), z.number(), z.number()]),
  memory: z.object({
    total: z.number(),
    used: z.number(),
    free: z.number(),
    available: z.number().nullable(),
    usedMeaning: z.enum(['total-minus-free', 'total-minus-available']),
    usedFraction: z.number(),
  }),
  swap: z.object({ total: z.number(), used: z.number() }),
  ksmShared: z.number(),
  rootfs: z.object({ total: z.number(), used: z.number(), avail: z.number().nullable() }),
  pveversion: z.string(),
  kernel: z.string(),
  bootMode: z.string().nullable(),
});
export type NodeSummaryView = z.infer<typeof NodeSummaryViewSchema>;

export const NodeSnapshotViewSchema = z.object({
  time: z.string(),
  summary: NodeSummaryViewSchema,
  guests: z.array(GuestViewSchema),
  /** What the guests' host-side `mem` means on this release (see HostMemMeaning). */
  hostMemMeaning: z.enum(['rss-estimate', 'cgroup']),
});
export type NodeSnapshotView = z.infer<typeof NodeSnapshotViewSchema>;

export const RrdTimeframeSchema = z.enum(['hour', 'day', 'week']);
export const RrdRowSchema = z.object({ time: z.number(), values: z.record(z.string(), z.number()) });
export type RrdRowView = z.infer<typeof RrdRowSchema>;

export const ClusterNodeSchema = z.object({
  node: z.string(),
  status: z.enum(['online', 'offline', 'unknown']),
  cpu: z.number().nullable(),
  maxcpu: z.number().nullable(),
  mem: z.number().nullable(),
  maxmem: z.number().nullable(),
  uptime: z.number().nullable(),
});
export type ClusterNode = z.infer<typeof ClusterNodeSchema>;

export const PowerActionSchema = z.enum(['start', 'shutdown', 'stop']);
export const TaskOutcomeSchema = z.object({ ok: z.boolean(), exitStatus: z.string(), log: z.array(z.string()) });
/** `ha` when HA manages the guest: its task only passed the request on, and the guest was followed to `wanted`. */
const PowerOutcomeSchema = TaskOutcomeSchema.extend({ ha: z.object({ wanted: z.enum(['running', 'stopped']), reached: z.boolean() }).nullable() });

const TaskId = z.string().min(1).max(64);
const Watch = z.object({ profileId: ProfileId, node: NodeName });

export const proxmoxCalls = {
  'proxmox.profiles.list': { input: z.undefined(), output: z.array(ProfileViewSchema) },
  'proxmox.profiles.save': { input: ProfileInputSchema, output: outcome(ProfileViewSchema) },
  'proxmox.profiles.delete': { input: z.object({ profileId: ProfileId }), output: z.boolean() },
  /** The certificate the profile's host presents now, not trusted yet. */
  'proxmox.certificate.offer': { input: z.object({ profileId: ProfileId }), output: outcome(CertificateOfferSchema) },
  /** The user compared and confirmed this fingerprint: pin it (refused if the host now presents another). */
  'proxmox.certificate.pin': { input: z.object({ profileId: ProfileId, fingerprint: z.string().max(200) }), output: outcome(ProfileViewSchema) },
  /** Trust the cluster CA from a pve-root-ca.pem the user picks; null value = dialog cancelled. */
  'proxmox.certificate.chooseCa': { input: z.object({ profileId: ProfileId }), output: outcome(ProfileViewSchema.nullable()) },
  /** What worked and what failed; `totp` answers a second-factor request. */
  'proxmox.test': { input: z.object({ profileId: ProfileId, totp: z.string().trim().min(1).max(100).optional() }), output: outcome(ConnectionReportSchema) },
  'proxmox.snapshot': { input: Watch, output: outcome(NodeSnapshotViewSchema) },
  /** Samples arrive as proxmox.sample events; a failed poll as proxmox.error, and polling goes on. */
  'proxmox.watch.start': { input: Watch.extend({ intervalMs: z.number().int().min(500).max(600_000) }), output: outcome(z.literal(true)) },
  'proxmox.watch.interval': { input: z.object({ profileId: ProfileId, intervalMs: z.number().int().min(500).max(600_000) }), output: z.boolean() },
  'proxmox.watch.pause': { input: z.object({ profileId: ProfileId, paused: z.boolean() }), output: z.boolean() },
  'proxmox.watch.stop': { input: z.object({ profileId: ProfileId }), output: z.boolean() },
  'proxmox.rrd': { input: Watch.extend({ timeframe: RrdTimeframeSchema, cf: z.enum(['AVERAGE', 'MAX']) }), output: outcome(z.array(RrdRowSchema)) },
  'proxmox.guests': { input: Watch, output: outcome(z.array(GuestViewSchema)) },
  'proxmox.cluster': { input: z.object({ profileId: ProfileId }), output: outcome(z.array(ClusterNodeSchema)) },
  /** The node and the given guests (all but templates when none) as the report's test environment; nothing is saved. */
  'proxmox.environment': { input: Watch.extend({ guests: z.array(z.number().int().min(100).max(999_999_999)).max(500) }), output: outcome(LabSchema) },
  /** Runs after the UI's confirmation; progress as proxmox.task events, the end as the answer. */
  'proxmox.power': {
    input: Watch.extend({ vmid: z.number().int().min(100).max(999_999_999), action: PowerActionSchema, taskId: TaskId }),
    output: outcome(PowerOutcomeSchema),
  },
  /** The pveum commands for an observer and an experiment-runner token (docs/proxmox.md §Privileges). */
  'proxmox.privileges': { input: z.undefined(), output: z.object({ observer: z.string(), runner: z.string(), runnerPve5: z.string() }) },
} as const;

export type ProxmoxCallName = keyof typeof proxmoxCalls;

export const proxmoxEvents = {
  'proxmox.sample': z.object({ profileId: ProfileId, node: z.string(), snapshot: NodeSnapshotViewSchema }),
  'proxmox.error': z.object({ profileId: ProfileId, node: z.string(), error: FailureSchema }),
  'proxmox.task': z.object({
    taskId: TaskId,
    /** waiting: HA took the request; the guest is followed until it is in the state asked for. */
    phase: z.enum(['requested', 'running', 'waiting', 'done']),
    upid: z.string().nullable(),
    /** UNIX seconds the task started (from the UPID). */
    startTime: z.number().nullable(),
    exitStatus: z.string().nullable(),
  }),
} as const;
