import { z } from 'zod';
import type { ApiReader } from './api-reader';
import { num, requiredNum } from './coerce';
import { ProxmoxError } from './errors';
import type { MemoryMeaning, PveVersion } from './version';

// GET /nodes and GET /nodes/{node}/status: the figures of PVE's node Summary panel (docs/proxmox.md §Node status).

const NodeStatusSchema = z.object({
  uptime: requiredNum,
  cpu: requiredNum,
  wait: num,
  loadavg: z.array(z.union([z.string(), z.number()])).length(3),
  cpuinfo: z.object({
    cpus: requiredNum,
    cores: num,
    sockets: num,
    model: z.string(),
    mhz: num,
  }),
  memory: z.object({ total: requiredNum, used: requiredNum, free: requiredNum, available: num }),
  swap: z.object({ total: num, used: num, free: num }).optional(),
  ksm: z.object({ shared: num }).optional(),
  rootfs: z.object({ total: num, used: num, avail: num, free: num }).optional(),
  pveversion: z.string(),
  kversion: z.string(),
  'current-kernel': z.object({ sysname: z.string(), release: z.string() }).passthrough().optional(),
  'boot-info': z.object({ mode: z.string() }).passthrough().optional(),
});

export interface NodeSummary {
  node: string;
  uptime: number;
  /** Fraction 0..1 of all CPUs, as PVE gives it. */
  cpu: number;
  ioWait: number | null;
  cpus: number;
  cores: number | null;
  sockets: number | null;
  cpuModel: string;
  loadavg: [number, number, number];
  memory: {
    total: number;
    used: number;
    free: number;
    available: number | null;
    /** Which definition produced `used` (docs/proxmox.md §Memory). */
    usedMeaning: MemoryMeaning;
    /** 0..1; from MemAvailable when PVE reports it. */
    usedFraction: number;
  };
  swap: { total: number; used: number };
  ksmShared: number;
  rootfs: { total: number; used: number; avail: number | null };
  pveversion: string;
  /** kversion as PVE gives it: `Linux <release> <uname -v>`. */
  kernel: string;
  /** `Linux 6.8.12-15-pve`: current-kernel (8.1+), else the first two words of kversion. */
  kernelRelease: string;
  bootMode: string | null;
  /** PVE's answer as received. */
  raw: unknown;
}

export function parseNodeStatus(node: string, raw: unknown, version: PveVersion): NodeSummary {
  const parsed = NodeStatusSchema.safeParse(raw);
  if (!parsed.success) throw new ProxmoxError('bad-response', { path: `/nodes/${node}/status`, reason: parsed.error.issues[0]?.message ?? '' });
  const s = parsed.data;
  const memory = s.memory;
  const usedMeaning: MemoryMeaning = memory.available !== null ? 'total-minus-available' : version.memoryUsed;
  return {
    node,
    uptime: s.uptime,
    cpu: s.cpu,
    ioWait: s.wait,
    cpus: s.cpuinfo.cpus,
    cores: s.cpuinfo.cores,
    sockets: s.cpuinfo.sockets,
    cpuModel: s.cpuinfo.model,
    loadavg: s.loadavg.map((v) => parseFloat(String(v))) as [number, number, number],
    memory: {
      total: memory.total,
      used: memory.used,
      free: memory.free,
      available: memory.available,
      usedMeaning,
      usedFraction: memory.available !== null ? 1 - memory.available / memory.total : memory.used / memory.total,
    },
    swap: { total: s.swap?.total ?? 0, used: s.swap?.used ?? 0 },
    ksmShared: s.ksm?.shared ?? 0,
    rootfs: { total: s.rootfs?.total ?? 0, used: s.rootfs?.used ?? 0, avail: s.rootfs?.avail ?? null },
    pveversion: s.pveversion,
    kernel: s.kversion,
    kernelRelease: s['current-kernel'] ? `${s['current-kernel'].sysname} ${s['current-kernel'].release}` : s.kversion.split(/\s+/).slice(0, 2).join(' '),
    bootMode: s['boot-info']?.mode ?? null,
    raw,
  };
}

export async function nodeStatus(client: ApiReader, node: string): Promise<NodeSummary> {
  const [version, raw] = await Promise.all([client.version(), client.get(`/nodes/${encodeURIComponent(node)}/status`)]);
  return parseNodeStatus(node, raw, version);
}

const NodeEntrySchema = z.object({
  node: z.string(),
  status: z.string(),
  uptime: num,
  cpu: num,
  maxcpu: num,
  mem: num,
  maxmem: num,
  ssl_fingerprint: z.string().optional(),
});

export interface NodeEntry {
  node: string;
  status: 'online' | 'offline' | 'unknown';
  cpu: number | null;
  maxcpu: number | null;
  mem: number | null;
  maxmem: number | null;
  uptime: number | null;
  sslFingerprint: string | null;
}

export function parseNodes(raw: unknown): NodeEntry[] {
  return z
    .array(NodeEntrySchema)
    .parse(raw)
    .map((n): NodeEntry => ({
      node: n.node,
      status: n.status === 'online' || n.status === 'offline' ? n.status : 'unknown',
      cpu: n.cpu,
      maxcpu: n.maxcpu,
      mem: n.mem,
      maxmem: n.maxmem,
      uptime: n.uptime,
      sslFingerprint: n.ssl_fingerprint ?? null,
    }))
    .sort((a, b) => a.node.localeCompare(b.node));
}

export async function listNodes(client: ApiReader): Promise<NodeEntry[]> {
  return parseNodes(await client.get('/nodes'));
}
