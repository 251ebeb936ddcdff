import { useTranslation } from 'react-i18next';
import type { NodeSummaryView } from '../../../core/contract/proxmox';
import { formatElapsed } from '../../../core/format/elapsed';
import { summaryFigures } from '../../../core/proxmox/node-summary';

/** PVE's node Summary panel, figure by figure, in the reader's language. */
export function SummaryPanel({ summary, locale }: { summary: NodeSummaryView; locale: string }) {
  const { t } = useTranslation();
  const f = summaryFigures(summary, locale);
  const usage = (u: { percent: string; used: string; total: string } | null) => (u ? t('nodeSummary.usage', u) : t('nodeSummary.none'));
  const meaningKey = summary.memory.usedMeaning === 'total-minus-available' ? 'proxmox.memory.totalMinusAvailable' : 'proxmox.memory.totalMinusFree';
  const rows: { key: string; label: string; value: string; note?: string }[] = [
    { key: 'cpu', label: t('nodeSummary.cpu'), value: t('nodeSummary.cpuValue', { percent: f.cpuPercent, cpus: f.cpus }) },
    { key: 'load', label: t('nodeSummary.load'), value: f.load.join(' / '), note: t('nodeSummary.loadNote') },
    ...(f.ioDelay ? [{ key: 'iodelay', label: t('nodeSummary.ioDelay'), value: f.ioDelay }] : []),
    { key: 'ram', label: t('nodeSummary.ram'), value: usage(f.ram), note: `${t(meaningKey)} ${t('nodeSummary.ramNote')}` },
    { key: 'ksm', label: t('nodeSummary.ksm'), value: f.ksm },
    { key: 'rootfs', label: t('nodeSummary.rootfs'), value: usage(f.rootfs) },
    { key: 'swap', label: t('nodeSummary.swap'), value: usage(f.swap) },
    {
      key: 'cpus',
      label: t('nodeSummary.cpus'),
      value:
        f.sockets === null
          ? t('nodeSummary.cpusValue', { cpus: f.cpus, model: f.cpuModel })
          : t('nodeSummary.cpusSockets', { cpus: f.cpus, model: f.cpuModel, sockets: f.sockets }),
    },
    { key: 'kernel', label: t('nodeSummary.kernel'), value: f.kernel },
    ...(f.bootMode ? [{ key: 'boot', label: t('nodeSummary.boot'), value: f.bootMode === 'efi' ? 'EFI' : t('nodeSummary.legacyBios') }] : []),
    { key: 'version', label: t('nodeSummary.version'), value: f.version },
    { key: 'uptime', label: t('nodeSummary.uptime'), value: formatElapsed(f.uptimeSeconds, (days) => t('nodePage.days', { count: days })) },
  ];
  return (
    <table className="key-values summary-table">
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-figure={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="figure">{row.value}</span>
              {row.note && <small className="figure-note">{row.note}</small>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
