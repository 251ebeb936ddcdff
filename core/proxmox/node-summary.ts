import type { CatalogueEntry } from '../catalogue';
import type { NodeSummaryView } from '../contract/proxmox';
import { formatBinaryBytes, formatFixed } from '../format/numbers';
import { formatPercentFixed } from '../format/percent';

// PVE's node Summary panel (docs/proxmox.md §Node status) as the Node page shows it and
// `proxlab node status` prints it: the figures formatted for one locale, and the words both
// put them in. The renderer reads the words as i18next resources under `nodeSummary.`.

/** The panel's words, {{placeholders}} filled with the figures below. */
export const NODE_SUMMARY_WORDS = {
  uptime: { en: 'Uptime', id: 'Waktu aktif' },
  days: { en: 'days', id: 'hari' },
  cpu: { en: 'CPU usage', id: 'Penggunaan CPU' },
  cpuValue: { en: '{{percent}} of {{cpus}} CPU(s)', id: '{{percent}} dari {{cpus}} CPU' },
  load: { en: 'Load average', id: 'Rerata beban' },
  loadNote: { en: '1, 5 and 15 minutes', id: '1, 5, dan 15 menit' },
  ioDelay: { en: 'IO delay', id: 'Tunda IO' },
  ram: { en: 'RAM usage', id: 'Penggunaan RAM' },
  ramNote: {
    en: 'Page cache the kernel can free is not counted as used, so compare figures only between nodes of the same release.',
    id: 'Page cache yang bisa dilepas kernel tidak dihitung terpakai, jadi bandingkan angka hanya antar-node dengan versi yang sama.',
  },
  ksm: { en: 'KSM sharing', id: 'Berbagi KSM' },
  rootfs: { en: 'HD space (root)', id: 'Ruang HD (root)' },
  swap: { en: 'SWAP usage', id: 'Penggunaan SWAP' },
  usage: { en: '{{percent}} ({{used}} of {{total}})', id: '{{percent}} ({{used}} dari {{total}})' },
  none: { en: 'none', id: 'tidak ada' },
  cpus: { en: 'CPU(s)', id: 'CPU' },
  cpusValue: { en: '{{cpus}} x {{model}}', id: '{{cpus}} x {{model}}' },
  cpusSockets: { en: '{{cpus}} x {{model}} ({{sockets}} socket)', id: '{{cpus}} x {{model}} ({{sockets}} soket)' },
  kernel: { en: 'Kernel Version', id: 'Versi Kernel' },
  boot: { en: 'Boot mode', id: 'Mode boot' },
  legacyBios: { en: 'Legacy BIOS', id: 'BIOS lama (legacy)' },
  version: { en: 'Manager Version', id: 'Versi Manager' },
} satisfies Record<string, CatalogueEntry>;

export interface Usage {
  percent: string;
  used: string;
  total: string;
}

export interface SummaryFigures {
  /** CPU usage: `cpu` × 100 % of `cpus` CPUs. */
  cpuPercent: string;
  cpus: number;
  ioDelay: string | null;
  /** 1, 5 and 15 minutes. */
  load: [string, string, string];
  ram: Usage;
  /** Null when the node has no swap. */
  swap: Usage | null;
  rootfs: Usage | null;
  ksm: string;
  cpuModel: string;
  sockets: number | null;
  uptimeSeconds: number;
  kernel: string;
  version: string;
  bootMode: string | null;
}

function usage(used: number, total: number, locale: string): Usage | null {
  if (!(total > 0)) return null;
  return { percent: formatPercentFixed(used / total, locale), used: formatBinaryBytes(used, locale), total: formatBinaryBytes(total, locale) };
}

/** `Linux 6.8.12-15-pve #1 SMP …` → `6.8.12-15-pve`, as the panel's "Kernel Version" leads with it. */
function kernelRelease(kversion: string): string {
  return /^Linux (\S+)/.exec(kversion)?.[1] ?? kversion;
}

/** What the figures are made of: the contract's summary, or `proxlab node status`'s document, which leaves out sockets and boot mode. */
type SummarySource = Pick<NodeSummaryView, 'cpu' | 'cpus' | 'ioWait' | 'loadavg' | 'swap' | 'ksmShared' | 'cpuModel' | 'uptime' | 'kernel' | 'pveversion'> &
  Partial<Pick<NodeSummaryView, 'sockets' | 'bootMode'>> & {
    memory: Pick<NodeSummaryView['memory'], 'used' | 'total'>;
    rootfs: Pick<NodeSummaryView['rootfs'], 'used' | 'total'>;
  };

export function summaryFigures(s: SummarySource, locale: string): SummaryFigures {
  return {
    cpuPercent: formatPercentFixed(s.cpu, locale),
    cpus: s.cpus,
    ioDelay: s.ioWait === null ? null : formatPercentFixed(s.ioWait, locale),
    load: s.loadavg.map((v) => formatFixed(v, 2, locale)) as [string, string, string],
    // PVE's panel divides memory.used by memory.total; which "used" that is depends on the release.
    ram: usage(s.memory.used, s.memory.total, locale) ?? { percent: '–', used: formatBinaryBytes(s.memory.used, locale), total: '–' },
    swap: usage(s.swap.used, s.swap.total, locale),
    rootfs: usage(s.rootfs.used, s.rootfs.total, locale),
    ksm: formatBinaryBytes(s.ksmShared, locale),
    cpuModel: s.cpuModel,
    sockets: s.sockets ?? null,
    uptimeSeconds: s.uptime,
    kernel: kernelRelease(s.kernel),
    version: s.pveversion,
    bootMode: s.bootMode ?? null,
  };
}

/** The guests and cluster nodes listed under the panel. */
export const NODE_GUEST_WORDS = {
  guests: { en: 'Guests', id: 'Tamu (VM/CT)' },
  vmid: { en: 'VMID', id: 'VMID' },
  type: { en: 'Type', id: 'Jenis' },
  name: { en: 'Name', id: 'Nama' },
  status: { en: 'Status', id: 'Status' },
  memory: { en: 'Memory', id: 'Memori' },
  vcpus: { en: 'vCPUs', id: 'vCPU' },
  noneVisible: { en: '(none visible)', id: '(tidak ada yang terlihat)' },
  nodes: { en: 'Nodes', id: 'Node' },
} satisfies Record<string, CatalogueEntry>;
