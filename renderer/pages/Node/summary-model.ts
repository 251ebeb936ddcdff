import type { NodeSummaryView } from '../../../core/contract/proxmox';
import { formatBinaryBytes, formatFixed } from '../../../core/format/numbers';
import { formatPercentFixed } from '../../../core/format/percent';

// The figures of PVE's node Summary panel (docs/proxmox.md §Node status), formatted for one locale. The page
// puts them into sentences of its language; nothing here is translated.

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

export function summaryFigures(s: NodeSummaryView, locale: string): SummaryFigures {
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
    sockets: s.sockets,
    uptimeSeconds: s.uptime,
    kernel: kernelRelease(s.kernel),
    version: s.pveversion,
    bootMode: s.bootMode,
  };
}
