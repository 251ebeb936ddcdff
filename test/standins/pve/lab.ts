import type { HaModel } from './ha';
import { DEFAULT_RELEASE, releaseProfiles } from './releases';

// The stand-in's lab: the nodes and guests of the recorded fixtures' lab (docs/proxmox.md §Stand-in),
// guests that start and stop through tasks, and node memory that grows by known amounts when
// a guest runs. With noise 0 and the initial state, node `pve` answers the fixtures' figures.

export type GuestKind = 'qemu' | 'lxc';

export interface GuestModel {
  vmid: number;
  kind: GuestKind;
  name: string;
  node: string;
  cpus: number;
  maxmem: number;
  maxdisk: number;
  /** LXC root filesystem used while running. */
  disk: number;
  /** Host-side memory while running (list mode; what node memory grows by). */
  hostMem: number;
  /** Guest view from the balloon driver (status/current, cluster/resources). */
  guestMem: number;
  /** Fraction of its own vCPUs while running. */
  cpuLoad: number;
  running: boolean;
  /** Stand-in clock (ms) when it started; uptime counts from here. */
  startedAt: number;
  pid: number;
  netin: number;
  netout: number;
  /** A shutdown of this guest times out inside its task. */
  shutdownTimesOut: boolean;
  startWarnings: string[];
  /** Set when the HA manager looks after the guest (the stand-in's haManaged option). */
  ha: HaModel | null;
  /** What GET …/config answers besides name and memory (which follow the fields above). */
  config: GuestConfigModel;
}

export interface GuestConfigModel {
  /** PVE's ostype; the lab's OS per guest is in fixtures/_index.json. */
  ostype: string;
  /** VMs only; sockets × cores = cpus. */
  sockets?: number;
  cores: number;
  /** Disk keys as the config holds them (`scsi0`, `ide2`, `rootfs`, `mp0`). */
  disks: Record<string, string>;
}

export interface NodeModel {
  name: string;
  online: boolean;
  ip: string;
  maxcpu: number;
  total: number;
  /** MemTotal − MemAvailable with no guest running (PVE ≥ 8.4 meaning). */
  baseUsedAvailable: number;
  /** MemTotal − (MemFree + Buffers + Cached) with no guest running (before 8.4). */
  baseUsedFree: number;
  /** Buffers + page cache: the gap between the two meanings' "free". */
  cache: number;
  baseCpu: number;
  uptimeAt0: number;
  rootTotal: number;
  rootUsed: number;
  rootAvail: number;
}

const GIB = 1024 ** 3;

/** What the initially running guests 101, 102 and 200 take on the host (their list `mem`). */
const RUNNING_HOST_MEM = 3214635008 + 6643744768 + 96468992;
/** fixtures: GET_nodes_pve_status.json memory.total, .used and .free; GET_nodes_pve_status.pve5.json memory.used. */
const TOTAL = 65919459328;
const USED_AVAILABLE = 12636221440;
const RAW_FREE = 50921844736;
const USED_FREE = 13924712448;

/** Amounts of the initial lab (the recorded fixtures, docs/corpus.md §Proxmox fixtures); tests assert against these, not the client. */
export const LAB = {
  nowEpoch: 1760436000,
  total: TOTAL,
  /** Node pve's memory.used with the initial guests running, PVE ≥ 8.4's meaning (total − MemAvailable). */
  usedAvailable: USED_AVAILABLE,
  /** Its memory.free then (raw MemFree from PVE 8.4 on). */
  free: RAW_FREE,
  /** Its memory.used before PVE 8.4 (total − free, buffers and cache). */
  usedFree: USED_FREE,
  baseUsedAvailable: USED_AVAILABLE - RUNNING_HOST_MEM,
  baseUsedFree: USED_FREE - RUNNING_HOST_MEM,
  cache: TOTAL - USED_AVAILABLE - RAW_FREE,
  /** What guest 103 adds on the host while it runs (the stand-in's choice: 2.5 GiB). */
  hostMem103: 2.5 * GIB,
} as const;

/** PVE's cpuinfo.cpus on node pve; shapes.ts counts two threads a core. */
const PVE_THREADS = 8;

/** Node pve's kernel release, which shapes.ts answers for every 8.x release. */
export const PVE8_KERNEL = '6.8.12-15-pve';

/**
 * Node `pve` at the default release as the app records it (the session lab's node fields): the
 * stand-in answers from these, and tests expect them of the app.
 */
export const PVE_NODE = {
  name: 'pve',
  cpuModel: 'Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz',
  cores: PVE_THREADS,
  sockets: 1,
  coresPerSocket: PVE_THREADS / 2,
  memoryBytes: LAB.total,
  /** The root filesystem's size. */
  diskBytes: 100861726720,
  pveVersion: releaseProfiles[DEFAULT_RELEASE].version.version,
  kernel: `Linux ${PVE8_KERNEL}`,
} as const;

export function initialNodes(cluster: boolean): NodeModel[] {
  const pve: NodeModel = {
    name: PVE_NODE.name,
    online: true,
    ip: '10.10.20.5',
    maxcpu: PVE_NODE.cores,
    total: PVE_NODE.memoryBytes,
    baseUsedAvailable: LAB.baseUsedAvailable,
    baseUsedFree: LAB.baseUsedFree,
    cache: LAB.cache,
    baseCpu: 0.0614213197969543,
    uptimeAt0: 1209874,
    rootTotal: PVE_NODE.diskBytes,
    rootUsed: 9834012672,
    rootAvail: 85984629760,
  };
  if (!cluster) return [pve];
  return [
    pve,
    {
      ...pve,
      name: 'pve2',
      ip: '10.10.20.6',
      total: 33537990656,
      baseUsedAvailable: 5113966592,
      baseUsedFree: 4800000000,
      cache: 900000000,
      baseCpu: 0.0121951219512195,
      uptimeAt0: 863311,
      rootUsed: 7621959680,
    },
    { ...pve, name: 'pve3', ip: '10.10.20.7', online: false, total: 33537990656, baseUsedAvailable: 0, baseUsedFree: 0, cache: 0, baseCpu: 0, uptimeAt0: 0 },
  ];
}

export function initialGuests(now: number): GuestModel[] {
  const running = (uptime: number) => now - uptime * 1000;
  return [
    {
      vmid: 101,
      kind: 'qemu',
      name: 'wordpress-centos',
      node: 'pve',
      cpus: 2,
      maxmem: 4 * GIB,
      maxdisk: 34359738368,
      disk: 0,
      hostMem: 3214635008,
      guestMem: 2631335936,
      cpuLoad: 0.0231785542570025,
      running: true,
      startedAt: running(1208084),
      pid: 1893,
      netin: 5838473522,
      netout: 21739465871,
      shutdownTimesOut: false,
      startWarnings: [],
      ha: null,
      config: {
        ostype: 'l26',
        sockets: 1,
        cores: 2,
        disks: { scsi0: 'local-lvm:vm-101-disk-0,iothread=1,size=32G', ide2: 'local:iso/CentOS-7-x86_64-Minimal-2009.iso,media=cdrom,size=973M' },
      },
    },
    {
      vmid: 102,
      kind: 'qemu',
      name: 'moodle-ubuntu',
      node: 'pve',
      cpus: 4,
      maxmem: 8 * GIB,
      maxdisk: 68719476736,
      disk: 0,
      hostMem: 6643744768,
      guestMem: 5586771968,
      cpuLoad: 0.0457220566483577,
      running: true,
      startedAt: running(1208032),
      pid: 2118,
      netin: 9317723012,
      netout: 40415863112,
      shutdownTimesOut: false,
      startWarnings: [],
      ha: null,
      config: {
        ostype: 'l26',
        sockets: 2,
        cores: 2,
        disks: {
          scsi0: 'local-lvm:vm-102-disk-0,discard=on,size=64G',
          efidisk0: 'local-lvm:vm-102-disk-1,efitype=4m,pre-enrolled-keys=1,size=4M',
          ide2: 'none,media=cdrom',
        },
      },
    },
    {
      vmid: 103,
      kind: 'qemu',
      name: 'mediawiki-debian',
      node: 'pve',
      cpus: 2,
      maxmem: 4 * GIB,
      maxdisk: 34359738368,
      disk: 0,
      hostMem: LAB.hostMem103,
      guestMem: 2 * GIB,
      cpuLoad: 0.03,
      running: false,
      startedAt: 0,
      pid: 0,
      netin: 0,
      netout: 0,
      shutdownTimesOut: false,
      startWarnings: [],
      ha: null,
      config: {
        ostype: 'l26',
        sockets: 1,
        cores: 2,
        disks: { virtio0: 'local-lvm:vm-103-disk-0,size=32G', virtio1: 'local-lvm:vm-103-disk-1,backup=0,size=16G' },
      },
    },
    {
      vmid: 200,
      kind: 'lxc',
      name: 'nginx-proxy',
      node: 'pve',
      cpus: 1,
      maxmem: GIB,
      maxdisk: 8350298112,
      disk: 1203568640,
      hostMem: 96468992,
      guestMem: 96468992,
      cpuLoad: 0.00314965432098765,
      running: true,
      startedAt: running(1208114),
      pid: 1754,
      netin: 15294837221,
      netout: 14983620117,
      shutdownTimesOut: false,
      startWarnings: ['WARN: Systemd 252 detected. You may need to enable nesting.'],
      ha: null,
      config: { ostype: 'debian', cores: 1, disks: { rootfs: 'local-lvm:vm-200-disk-0,size=8G' } },
    },
  ];
}

export interface TaskModel {
  upid: string;
  node: string;
  pid: number;
  pstart: number;
  starttime: number;
  type: string;
  id: string;
  user: string;
  tokenid: string | null;
  endsAt: number;
  /** Applied when the task ends; returns the exit status and log lines. */
  finish: () => { exitstatus: string; log: string[] };
  result: { exitstatus: string; log: string[] } | null;
}

/** Node memory now, in both of PVE's meanings. `noise` is a fraction of a GiB, ±. */
export function nodeMemory(node: NodeModel, guests: GuestModel[], noise: number) {
  const guestsMem = guests.filter((g) => g.node === node.name && g.running).reduce((sum, g) => sum + g.hostMem, 0);
  const jitter = Math.round((Math.random() * 2 - 1) * noise * GIB);
  const usedAvailable = node.baseUsedAvailable + guestsMem + jitter;
  const usedFree = node.baseUsedFree + guestsMem + jitter;
  return {
    total: node.total,
    usedAvailable,
    usedFree,
    available: node.total - usedAvailable,
    rawFree: node.total - usedAvailable - node.cache,
    freeWithCache: node.total - usedFree,
  };
}

/** Node CPU fraction: a base plus what running guests use, in host threads. */
export function nodeCpu(node: NodeModel, guests: GuestModel[], initial: GuestModel[]): number {
  const load = (list: GuestModel[]) => list.filter((g) => g.node === node.name && g.running).reduce((s, g) => s + g.cpuLoad * g.cpus, 0);
  return Math.max(0, node.baseCpu + (load(guests) - load(initial)) / node.maxcpu);
}
