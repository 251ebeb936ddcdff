import { formatBinaryBytes } from '../../core/format/numbers';
import { formatPercentFixed } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';
import { formatElapsed } from '../../core/format/elapsed';
import type { Language } from '../../core/language';
import type { NodeStatusDocument } from './node-status-document';
import { formatProxmoxMessage } from '../../core/proxmox/messages';

// `proxlab node status` for people: the rows of PVE's node Summary panel, then the guests.

const LABELS = {
  en: {
    uptime: 'Uptime',
    cpu: 'CPU usage',
    of: 'of',
    cpus: 'CPU(s)',
    load: 'Load average',
    io: 'IO delay',
    ram: 'RAM usage',
    ksm: 'KSM sharing',
    hd: 'HD space (root)',
    swap: 'SWAP usage',
    cpuLine: 'CPU(s)',
    socket: 'Socket',
    kernel: 'Kernel Version',
    manager: 'Manager Version',
    guests: 'Guests',
    vmid: 'VMID',
    type: 'Type',
    name: 'Name',
    status: 'Status',
    memory: 'Memory',
    vcpus: 'vCPUs',
    days: 'days',
    nodes: 'Nodes',
    none: '(none visible)',
  },
  id: {
    uptime: 'Waktu aktif',
    cpu: 'Penggunaan CPU',
    of: 'dari',
    cpus: 'CPU',
    load: 'Rerata beban',
    io: 'Tunda IO',
    ram: 'Penggunaan RAM',
    ksm: 'Berbagi KSM',
    hd: 'Ruang HD (root)',
    swap: 'Penggunaan SWAP',
    cpuLine: 'CPU',
    socket: 'Soket',
    kernel: 'Versi Kernel',
    manager: 'Versi Manager',
    guests: 'Tamu (VM/CT)',
    vmid: 'VMID',
    type: 'Jenis',
    name: 'Nama',
    status: 'Status',
    memory: 'Memori',
    vcpus: 'vCPU',
    days: 'hari',
    nodes: 'Node',
    none: '(tidak ada yang terlihat)',
  },
} as const;

export function nodeStatusText(doc: NodeStatusDocument, lang: Language): string {
  const l = LABELS[lang];
  const locale = localeOf(lang);
  // Binary units as PVE's interface shows them (GiB with two decimals).
  const bytes = (value: number | null) => (value === null ? '—' : formatBinaryBytes(value, locale));
  const percent = (fraction: number) => formatPercentFixed(fraction, locale);
  const usage = (used: number, total: number) => `${percent(total > 0 ? used / total : 0)} (${bytes(used)} ${l.of} ${bytes(total)})`;
  const meaning = formatProxmoxMessage(
    doc.memory.usedMeaning === 'total-minus-available' ? 'proxmox.memory.totalMinusAvailable' : 'proxmox.memory.totalMinusFree',
    {},
    lang,
  );
  const rows: [string, string][] = [
    [l.cpu, `${percent(doc.cpu)} ${l.of} ${doc.cpus} ${l.cpus}`],
    [l.load, doc.loadavg.map((v) => v.toFixed(2)).join(',')],
    [l.io, doc.ioWait === null ? '—' : percent(doc.ioWait)],
    [l.ram, usage(doc.memory.used, doc.memory.total)],
    ['', meaning],
    [l.ksm, bytes(doc.ksmShared)],
    [l.hd, usage(doc.rootfs.used, doc.rootfs.total)],
    [l.swap, usage(doc.swap.used, doc.swap.total)],
    [l.cpuLine, `${doc.cpus} x ${doc.cpuModel}`],
    [l.kernel, doc.kernel],
    [l.manager, doc.pveversion],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  let out = `${doc.node} (${l.uptime}: ${formatElapsed(doc.uptime, (days) => `${days} ${l.days}`)}) — ${doc.host}, PVE ${doc.pveVersion}\n\n`;
  out += rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
  out += `\n\n${l.guests}\n`;
  if (doc.guests.length === 0) out += `  ${l.none}\n`;
  else {
    const table = [
      [l.vmid, l.type, l.name, l.status, l.memory, l.vcpus],
      ...doc.guests.map((g) => [
        String(g.vmid),
        g.type,
        g.name,
        g.status,
        g.status === 'running' ? `${bytes(g.mem)} / ${bytes(g.maxmem)}` : `— / ${bytes(g.maxmem)}`,
        String(g.cpus ?? '—'),
      ]),
    ];
    const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
    out += table.map((r) => `  ${r.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`.trimEnd()).join('\n') + '\n';
  }
  if (doc.nodes.length > 1) {
    const nameWidth = Math.max(...doc.nodes.map((n) => n.node.length));
    out += `\n${l.nodes}\n${doc.nodes.map((n) => `  ${n.node.padEnd(nameWidth)}  ${n.status}`).join('\n')}\n`;
  }
  return out;
}
