import { createHash } from 'node:crypto';
import type { ReleaseProfile } from './releases';
import { nodeCpu, nodeMemory, PVE8_KERNEL, PVE_NODE, type GuestModel, type NodeModel } from './lab';
import { haStatus } from './ha';

// JSON bodies as each release shapes them (docs/proxmox.md §Releases).

const FLAGS = 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat vmx smx est ssse3 sse4_1 sse4_2 aes avx avx2';

export interface ShapeContext {
  release: ReleaseProfile;
  now: number;
  noise: number;
  guests: GuestModel[];
  initialGuests: GuestModel[];
  /** Stand-in clock (ms) when the server started: node uptimes count on from the fixture values. */
  startedAt: number;
}

export function nodeStatusBody(node: NodeModel, ctx: ShapeContext) {
  const r = ctx.release;
  const mem = nodeMemory(node, ctx.guests, ctx.noise);
  const memory: Record<string, number> = r.memAvailableUsed
    ? { free: mem.rawFree, total: mem.total, used: mem.usedAvailable }
    : { free: mem.freeWithCache, total: mem.total, used: mem.usedFree };
  if (r.memoryAvailableField) memory.available = mem.available;
  const cpuinfo: Record<string, unknown> = {
    cpus: node.maxcpu,
    sockets: PVE_NODE.sockets,
    model: PVE_NODE.cpuModel,
    mhz: '3400.000',
    hvm: r.hvmNumber ? 1 : '1',
    user_hz: 100,
  };
  if (r.cores) cpuinfo.cores = node.maxcpu / 2;
  if (!r.hvmNumber) cpuinfo.flags = FLAGS;
  const kernel = r.pve9 ? '6.17.4-1-pve' : r.name.startsWith('8') ? PVE8_KERNEL : r.name.startsWith('7') ? '5.15.108-1-pve' : '4.15.18-30-pve';
  const body: Record<string, unknown> = {
    uptime: node.uptimeAt0 + Math.floor((ctx.now - ctx.startedAt) / 1000),
    idle: 0,
    loadavg: ['0.52', '0.61', '0.58'],
    kversion: `Linux ${kernel} #1 SMP PREEMPT_DYNAMIC PMX ${kernel}`,
    cpuinfo,
    cpu: nodeCpu(node, ctx.guests, ctx.initialGuests),
    wait: 0.00121827411167513,
    memory,
    ksm: { shared: 0 },
    swap: { free: 8589930496, total: 8589930496, used: 0 },
    pveversion: r.pveversion,
    rootfs: { total: node.rootTotal, avail: node.rootAvail, used: node.rootUsed, free: node.rootTotal - node.rootUsed },
  };
  if (r.bootInfo) {
    body['current-kernel'] = { machine: 'x86_64', release: kernel, sysname: 'Linux', version: '#1 SMP PREEMPT_DYNAMIC' };
    body['boot-info'] = { mode: 'efi', secureboot: 0 };
  }
  return body;
}

function uptime(g: GuestModel, now: number) {
  return g.running ? Math.floor((now - g.startedAt) / 1000) : 0;
}

/** A list entry (GET /nodes/{node}/qemu or /lxc). */
export function guestListEntry(g: GuestModel, ctx: ShapeContext): Record<string, unknown> {
  const r = ctx.release;
  const running = g.running;
  const vmidString = g.kind === 'qemu' ? r.qemuVmidString : r.lxcVmidString;
  const entry: Record<string, unknown> = {
    vmid: vmidString ? String(g.vmid) : g.vmid,
    name: g.name,
    status: running ? 'running' : 'stopped',
    cpus: g.cpus,
    maxmem: g.maxmem,
    maxdisk: g.maxdisk,
    disk: running ? g.disk : 0,
    uptime: uptime(g, ctx.now),
    cpu: running ? g.cpuLoad : 0,
    mem: running ? g.hostMem : 0,
    netin: running ? g.netin : 0,
    netout: running ? g.netout : 0,
  };
  if (!r.pve9 || g.kind === 'lxc') Object.assign(entry, { diskread: 0, diskwrite: 0 });
  if (g.kind === 'lxc') Object.assign(entry, { type: 'lxc', maxswap: 536870912, swap: 0 });
  if (running) entry.pid = r.oldStrings && g.kind === 'qemu' ? String(g.pid) : g.pid;
  else if (r.oldStrings && g.kind === 'qemu') entry.pid = null;
  if (r.templateEmptyString) entry.template = '';
  if (r.pve9 && g.kind === 'qemu') Object.assign(entry, { memhost: running ? g.hostMem : 0 });
  if (r.pve9 && running) {
    const pressure = g.kind === 'lxc' ? '0.00' : 0;
    for (const k of ['cpusome', 'cpufull', 'iosome', 'iofull', 'memorysome', 'memoryfull']) entry[`pressure${k}`] = pressure;
  }
  return entry;
}

export function guestCurrent(g: GuestModel, ctx: ShapeContext): Record<string, unknown> {
  const r = ctx.release;
  const entry = guestListEntry(g, ctx);
  entry.ha = haStatus(g);
  if (g.kind === 'qemu') {
    entry.qmpstatus = g.running ? 'running' : 'stopped';
    entry.agent = 1;
    if (g.running) {
      const free = g.maxmem - g.guestMem;
      Object.assign(entry, {
        mem: g.guestMem,
        freemem: free,
        balloon: g.maxmem,
        ballooninfo: { actual: g.maxmem, max_mem: g.maxmem, total_mem: g.maxmem, free_mem: free, last_update: Math.floor(ctx.now / 1000) },
      });
    }
  } else if (r.oldStrings) {
    for (const key of ['vmid', 'disk', 'maxdisk', 'pid']) if (entry[key] !== undefined) entry[key] = String(entry[key]);
  }
  return entry;
}

export function resourceEntry(g: GuestModel, ctx: ShapeContext): Record<string, unknown> {
  return {
    id: `${g.kind}/${g.vmid}`,
    vmid: g.vmid,
    name: g.name,
    node: g.node,
    type: g.kind,
    status: g.running ? 'running' : 'stopped',
    template: 0,
    uptime: uptime(g, ctx.now),
    maxcpu: g.cpus,
    cpu: g.running ? g.cpuLoad : 0,
    maxmem: g.maxmem,
    mem: g.running ? g.guestMem : 0,
    maxdisk: g.maxdisk,
    disk: g.running ? g.disk : 0,
    netin: g.running ? g.netin : 0,
    netout: g.running ? g.netout : 0,
    ...(g.ha ? { hastate: g.ha.state } : {}),
  };
}

const RRD_WINDOWS: Record<string, { old: [number, number] | null; v9: [number, number] }> = {
  hour: { old: [60, 70], v9: [60, 60] },
  day: { old: [1800, 70], v9: [60, 1440] },
  week: { old: [10800, 70], v9: [1800, 336] },
  month: { old: [43200, 70], v9: [1800, 1440] },
  year: { old: [604800, 70], v9: [21600, 1440] },
  decade: { old: null, v9: [604800, 570] },
};

export function rrdWindow(release: ReleaseProfile, timeframe: string): [number, number] | null {
  const window = RRD_WINDOWS[timeframe];
  if (!window) return null;
  return release.pve9 ? window.v9 : window.old;
}

/** RRD rows on step buckets ending now; a small wave so MAX differs from AVERAGE. */
export function rrdRows(
  release: ReleaseProfile,
  timeframe: string,
  cf: string,
  nowMs: number,
  columns: (wave: number) => Record<string, number> | null,
): Record<string, number>[] {
  const [step, count] = rrdWindow(release, timeframe)!;
  const last = Math.floor(nowMs / 1000 / step) * step;
  const rows: Record<string, number>[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const time = last - i * step;
    const wave = (1 + Math.sin(time / 600) * 0.02) * (cf === 'MAX' ? 1.05 : 1);
    rows.push({ time, ...(columns(wave) ?? {}) });
  }
  // PVE ≤ 8 may end with a row the RRD has no value for yet; PVE 9 drops it.
  if (!release.pve9) rows[rows.length - 1] = { time: last };
  return rows;
}

/**
 * GET …/qemu|lxc/{vmid}/config: the config file's keys. Values that are property strings come
 * as text (a VM's `memory` from 8.1 on); the older releases send every number as text here,
 * which the client must accept for any numeric field anyway.
 */
export function guestConfigBody(g: GuestModel, ctx: ShapeContext): Record<string, unknown> {
  const r = ctx.release;
  const n = (value: number) => (r.oldStrings ? String(value) : value);
  const mib = g.maxmem / 1024 ** 2;
  const digest = createHash('sha1').update(`${g.vmid}:${g.name}`).digest('hex');
  const hex = g.vmid.toString(16).padStart(4, '0').toUpperCase();
  const mac = `BC:24:11:00:${hex.slice(0, 2)}:${hex.slice(2, 4)}`;
  if (g.kind === 'lxc') {
    return {
      arch: 'amd64',
      hostname: g.name,
      ostype: g.config.ostype,
      cores: n(g.config.cores),
      memory: n(mib),
      swap: n(512),
      net0: `name=eth0,bridge=vmbr0,hwaddr=${mac},ip=dhcp,type=veth`,
      unprivileged: n(1),
      features: 'nesting=1',
      digest,
      ...g.config.disks,
    };
  }
  return {
    name: g.name,
    ostype: g.config.ostype,
    sockets: n(g.config.sockets ?? 1),
    cores: n(g.config.cores),
    memory: r.name.startsWith('8') || r.pve9 ? String(mib) : n(mib),
    cpu: 'x86-64-v2-AES',
    scsihw: 'virtio-scsi-single',
    numa: n(0),
    boot: `order=${Object.keys(g.config.disks)[0]};net0`,
    net0: `virtio=${mac},bridge=vmbr0,firewall=1`,
    agent: '1',
    digest,
    ...g.config.disks,
  };
}
