import { fillTemplate } from '../../core/catalogue';
import { formatBinaryBytes } from '../../core/format/numbers';
import { formatPercentFixed } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';
import { formatElapsed } from '../../core/format/elapsed';
import type { Language } from '../../core/language';
import type { NodeStatusDocument } from './node-status-document';
import { formatProxmoxMessage } from '../../core/proxmox/messages';
import { textTable } from '../../core/format/text-table';
import { NODE_GUEST_WORDS, NODE_SUMMARY_WORDS, summaryFigures, type Usage } from '../../core/proxmox/node-summary';

// `proxlab node status` for people: the rows of PVE's node Summary panel, then the guests.

export function nodeStatusText(doc: NodeStatusDocument, lang: Language): string {
  const w = (key: keyof typeof NODE_SUMMARY_WORDS, params: Record<string, string | number> = {}) => fillTemplate(NODE_SUMMARY_WORDS[key][lang], params);
  const g = (key: keyof typeof NODE_GUEST_WORDS) => NODE_GUEST_WORDS[key][lang];
  const locale = localeOf(lang);
  const f = summaryFigures(doc, locale);
  const bytes = (value: number | null) => (value === null ? '—' : formatBinaryBytes(value, locale));
  // A node without swap (or a root file system PVE reports no size for) still gets its row, at 0 %.
  const usage = (figures: Usage | null, used: number) =>
    w('usage', { ...(figures ?? { percent: formatPercentFixed(0, locale), used: bytes(used), total: bytes(0) }) });
  const meaning = formatProxmoxMessage(
    doc.memory.usedMeaning === 'total-minus-available' ? 'proxmox.memory.totalMinusAvailable' : 'proxmox.memory.totalMinusFree',
    {},
    lang,
  );
  const rows: [string, string][] = [
    [w('cpu'), w('cpuValue', { percent: f.cpuPercent, cpus: f.cpus })],
    // PVE's own "a,b,c", which reads the same in both languages.
    [w('load'), doc.loadavg.map((v) => v.toFixed(2)).join(',')],
    [w('ioDelay'), f.ioDelay ?? '—'],
    [w('ram'), usage(f.ram, doc.memory.used)],
    ['', meaning],
    [w('ksm'), f.ksm],
    [w('rootfs'), usage(f.rootfs, doc.rootfs.used)],
    [w('swap'), usage(f.swap, doc.swap.used)],
    [w('cpus'), w('cpusValue', { cpus: f.cpus, model: f.cpuModel })],
    [w('kernel'), doc.kernel],
    [w('version'), f.version],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  let out = `${doc.node} (${w('uptime')}: ${formatElapsed(f.uptimeSeconds, (days) => `${days} ${w('days')}`)}) — ${doc.host}, PVE ${doc.pveVersion}\n\n`;
  out += rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
  out += `\n\n${g('guests')}\n`;
  if (doc.guests.length === 0) out += `  ${g('noneVisible')}\n`;
  else {
    const table = [
      [g('vmid'), g('type'), g('name'), g('status'), g('memory'), g('vcpus')],
      ...doc.guests.map((guest) => [
        String(guest.vmid),
        guest.type,
        guest.name,
        guest.status,
        guest.status === 'running' ? `${bytes(guest.mem)} / ${bytes(guest.maxmem)}` : `— / ${bytes(guest.maxmem)}`,
        String(guest.cpus ?? '—'),
      ]),
    ];
    out +=
      textTable(table)
        .map((line) => `  ${line}`.trimEnd())
        .join('\n') + '\n';
  }
  if (doc.nodes.length > 1) {
    const nameWidth = Math.max(...doc.nodes.map((n) => n.node.length));
    out += `\n${g('nodes')}\n${doc.nodes.map((n) => `  ${n.node.padEnd(nameWidth)}  ${n.status}`).join('\n')}\n`;
  }
  return out;
}
