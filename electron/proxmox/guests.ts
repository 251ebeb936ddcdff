import { z } from 'zod';
import type { ProxmoxClient } from './client';
import { flag, num, vmidFromId } from './coerce';
import { ProxmoxError } from './errors';
import { parseUpid, type Upid } from './upid';

// Guests of one node: the QEMU and LXC lists, one guest's status/current, and the power
// actions that answer with a task id (docs/proxmox.md §Guests).

export type GuestType = 'qemu' | 'lxc';

const GuestEntrySchema = z
  .object({
    vmid: num,
    id: z.string().optional(),
    name: z.string().optional(),
    status: z.string(),
    qmpstatus: z.string().optional(),
    cpus: num,
    cpu: num,
    mem: num,
    maxmem: num,
    maxdisk: num,
    memhost: num,
    freemem: num,
    uptime: num,
    template: flag,
    ha: z.object({ managed: num, state: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

export interface Guest {
  vmid: number;
  type: GuestType;
  name: string;
  /** running / stopped (process state); `qmpStatus` tells paused apart. */
  status: string;
  qmpStatus: string | null;
  cpus: number | null;
  cpu: number | null;
  /**
   * Bytes. In lists the host-side view (PVE ≤ 8: RSS estimate, PVE 9: PSS); in status/current
   * the guest's own view when the balloon driver reports it (docs/proxmox.md §Memory).
   */
  mem: number | null;
  /**
   * Bytes: the figure PVE's own pages show (a VM's Summary, the resource tree): the guest's view
   * when its balloon driver reports it (total − free inside the guest), else the host view.
   * Null where it was not read (a list alone has only the host view).
   */
  guestMem: number | null;
  maxmem: number | null;
  /** Bytes: a VM's boot disk, a container's root filesystem. */
  maxDisk: number | null;
  /** Host-side memory, PVE 9 and later. */
  memHost: number | null;
  freeMem: number | null;
  uptime: number | null;
  template: boolean;
  haManaged: boolean;
  /** The HA manager's requested state (`started`, `stopped`, …) when HA manages the guest. */
  haState: string | null;
  raw: unknown;
}

function toGuest(type: GuestType, entry: z.infer<typeof GuestEntrySchema>, fallbackVmid: number | null, view: 'list' | 'current'): Guest {
  const vmid = entry.vmid ?? vmidFromId(entry.id) ?? fallbackVmid;
  if (vmid === null) throw new ProxmoxError('bad-response', { path: `/${type}`, reason: 'a guest without vmid' });
  return {
    vmid,
    type,
    name: entry.name ?? `VM ${vmid}`,
    status: entry.status,
    qmpStatus: entry.qmpstatus ?? null,
    cpus: entry.cpus,
    cpu: entry.cpu,
    mem: entry.mem,
    guestMem: view === 'current' ? entry.mem : null,
    maxmem: entry.maxmem,
    maxDisk: entry.maxdisk,
    memHost: entry.memhost,
    freeMem: entry.freemem,
    uptime: entry.uptime,
    template: entry.template,
    haManaged: entry.ha?.managed === 1,
    haState: entry.ha?.managed === 1 ? (entry.ha.state ?? null) : null,
    raw: entry,
  };
}

export function parseGuestList(type: GuestType, raw: unknown): Guest[] {
  return z
    .array(GuestEntrySchema)
    .parse(raw)
    .map((entry) => toGuest(type, entry, null, 'list'));
}

const nodePath = (node: string, type: GuestType) => `/nodes/${encodeURIComponent(node)}/${type}`;

/** QEMU VMs and LXC containers of a node, by vmid (PVE's order is unspecified). */
export async function listGuests(client: ProxmoxClient, node: string): Promise<Guest[]> {
  const [qemu, lxc] = await Promise.all([client.get(nodePath(node, 'qemu')), client.get(nodePath(node, 'lxc'))]);
  return [...parseGuestList('qemu', qemu), ...parseGuestList('lxc', lxc)].sort((a, b) => a.vmid - b.vmid);
}

export async function guestStatus(client: ProxmoxClient, node: string, type: GuestType, vmid: number): Promise<Guest> {
  const raw = await client.get(`${nodePath(node, type)}/${vmid}/status/current`);
  // vmid is absent from status/current on PVE ≤ 5.2: the path names it.
  return toGuest(type, GuestEntrySchema.parse(raw), vmid, 'current');
}

export type PowerAction = 'start' | 'shutdown' | 'stop';

export interface PowerOptions {
  /** Seconds PVE waits (shutdown: before giving up or, with forceStop, killing). */
  timeout?: number;
  forceStop?: boolean;
}

/**
 * Asks PVE for a power action and returns the task's UPID. QEMU answers with a task even when
 * the action cannot succeed (the task then fails); LXC refuses up front with HTTP 500.
 */
export async function powerAction(
  client: ProxmoxClient,
  node: string,
  type: GuestType,
  vmid: number,
  action: PowerAction,
  options: PowerOptions = {},
): Promise<Upid> {
  const form: Record<string, string | number> = {};
  // pve-container's start and stop take no timeout (only its shutdown does): PVE would refuse the call.
  const takesTimeout = type === 'qemu' || action === 'shutdown';
  if (options.timeout !== undefined && takesTimeout) form.timeout = options.timeout;
  if (options.forceStop && action === 'shutdown') form.forceStop = 1;
  const data = await client.post(`${nodePath(node, type)}/${vmid}/status/${action}`, form);
  const upid = typeof data === 'string' ? parseUpid(data) : null;
  if (!upid)
    throw new ProxmoxError('bad-response', { path: `${nodePath(node, type)}/${vmid}/status/${action}`, reason: `not a UPID: ${JSON.stringify(data)}` });
  return upid;
}
