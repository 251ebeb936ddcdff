import { z } from 'zod';
import type { ApiReader } from './api-reader';
import { flag, num, vmidFromId } from './coerce';
import { ProxmoxError } from './errors';
import { listNodes } from './node';

// Cluster-wide views (docs/proxmox.md §Cluster): /cluster/resources answers from the local node's
// memory even when other nodes are down; /cluster/status needs Sys.Audit on / and falls back
// to /nodes without it.

const ResourceSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    node: z.string().optional(),
    status: z.string().optional(),
    vmid: num,
    name: z.string().optional(),
    cpu: num,
    maxcpu: num,
    mem: num,
    maxmem: num,
    uptime: num,
    template: flag,
    hastate: z.string().optional(),
  })
  .passthrough();

export interface ClusterResource {
  id: string;
  type: string;
  node: string | null;
  status: string | null;
  vmid: number | null;
  name: string | null;
  cpu: number | null;
  maxcpu: number | null;
  mem: number | null;
  maxmem: number | null;
  uptime: number | null;
  template: boolean;
  /** Guests HA manages: the state the HA manager was asked for (`started`, `stopped`, …). */
  haState: string | null;
  raw: unknown;
}

export function parseResources(raw: unknown): ClusterResource[] {
  return z
    .array(ResourceSchema)
    .parse(raw)
    .map((r) => ({
      id: r.id,
      type: r.type,
      node: r.node ?? null,
      status: r.status ?? null,
      vmid: r.vmid ?? (r.type === 'qemu' || r.type === 'lxc' ? vmidFromId(r.id) : null),
      name: r.name ?? null,
      cpu: r.cpu,
      maxcpu: r.maxcpu,
      mem: r.mem,
      maxmem: r.maxmem,
      uptime: r.uptime,
      template: r.template,
      haState: r.hastate ?? null,
      raw: r,
    }));
}

export async function clusterResources(client: ApiReader, type?: 'vm' | 'node' | 'storage'): Promise<ClusterResource[]> {
  return parseResources(await client.get('/cluster/resources', type ? { type } : undefined));
}

export interface ClusterMember {
  node: string;
  online: boolean;
  /** The node this connection talks to. */
  local: boolean;
  ip: string | null;
}

export interface ClusterView {
  name: string | null;
  quorate: boolean | null;
  nodes: ClusterMember[];
}

const StatusEntry = z.object({ type: z.string(), name: z.string().optional(), online: num, local: num, ip: z.string().optional(), quorate: num }).passthrough();

export function parseClusterStatus(raw: unknown): ClusterView {
  const entries = z.array(StatusEntry).parse(raw);
  const cluster = entries.find((e) => e.type === 'cluster');
  return {
    name: cluster?.name ?? null,
    quorate: cluster ? cluster.quorate === 1 : null,
    nodes: entries
      .filter((e) => e.type === 'node' && e.name)
      .map((e) => ({ node: e.name!, online: e.online === 1, local: e.local === 1, ip: e.ip ?? null }))
      .sort((a, b) => a.node.localeCompare(b.node)),
  };
}

/** Nodes and their state; without Sys.Audit on / the runner token falls back to /nodes (docs/proxmox.md §Privileges). */
export async function clusterView(client: ApiReader): Promise<ClusterView> {
  try {
    return parseClusterStatus(await client.get('/cluster/status'));
  } catch (error) {
    if (!(error instanceof ProxmoxError) || error.kind !== 'privilege') throw error;
    const nodes = await listNodes(client);
    return { name: null, quorate: null, nodes: nodes.map((n) => ({ node: n.node, online: n.status === 'online', local: nodes.length === 1, ip: null })) };
  }
}

const PermissionsSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    num.transform((v) => v ?? 0),
  ),
);

/** The ticket's `cap` areas and the ACL paths they stand for. */
const CAP_PATHS: Record<string, string> = { vms: '/vms', nodes: '/nodes', storage: '/storage', access: '/access', dc: '/', sdn: '/sdn' };

/** The caller's own privileges per ACL path: `{ "/vms": { "VM.Audit": 1 } }`. */
export async function permissions(client: ApiReader): Promise<Record<string, Record<string, number>>> {
  try {
    return PermissionsSchema.parse(await client.get('/access/permissions'));
  } catch (error) {
    // /access/permissions arrived with libpve-access-control 6.0-6 (PVE 6.2); before it, PVE's own
    // interface read the privileges from the `cap` of the login ticket, and so does this.
    const caps = client.capabilities;
    if (!(error instanceof ProxmoxError) || error.kind !== 'not-implemented' || !caps) throw error;
    const byPath = Object.entries(caps)
      .filter(([area]) => area in CAP_PATHS)
      .map(([area, privs]) => [CAP_PATHS[area], privs]);
    return PermissionsSchema.parse(Object.fromEntries(byPath));
  }
}
