import { useTranslation } from 'react-i18next';
import type { NodeSummaryView } from '../../../core/contract/proxmox';
import { formatElapsed } from '../../../core/format/elapsed';
import { summaryFigures } from './summary-model';

/** PVE's node Summary panel, figure by figure, in the reader's language. */
export function SummaryPanel({ summary, locale }: { summary: NodeSummaryView; locale: string }) {
  const { t } = useTranslation();
  const f = summaryFigures(summary, locale);
  const usage = (u: { percent: string; used: string; total: string } | null) => (u ? t('nodePage.summary.usage', u) : t('nodePage.summary.none'));
  const meaningKey = summary.memory.usedMeaning === 'total-minus-available' ? 'proxmox.memory.totalMinusAvailable' : 'proxmox.memory.totalMinusFree';
  const rows: { key: string; label: string; value: string; note?: string }[] = [
    { key: 'cpu', label: t('nodePage.summary.cpu'), value: t('nodePage.summary.cpuValue', { percent: f.cpuPercent, cpus: f.cpus }) },
    { key: 'load', label: t('nodePage.summary.load'), value: f.load.join(' / '), note: t('nodePage.summary.loadNote') },
    ...(f.ioDelay ? [{ key: 'iodelay', label: t('nodePage.summary.ioDelay'), value: f.ioDelay }] : []),
    { key: 'ram', label: t('nodePage.summary.ram'), value: usage(f.ram), note: `${t(meaningKey)} ${t('nodePage.summary.ramNote')}` },
    { key: 'ksm', label: t('nodePage.summary.ksm'), value: f.ksm },
    { key: 'rootfs', label: t('nodePage.summary.rootfs'), value: usage(f.rootfs) },
    { key: 'swap', label: t('nodePage.summary.swap'), value: usage(f.swap) },
    {
      key: 'cpus',
      label: t('nodePage.summary.cpus'),
      value:
        f.sockets === null
          ? t('nodePage.summary.cpusValue', { cpus: f.cpus, model: f.cpuModel })
          : t('nodePage.summary.cpusSockets', { cpus: f.cpus, model: f.cpuModel, sockets: f.sockets }),
    },
    { key: 'kernel', label: t('nodePage.summary.kernel'), value: f.kernel },
    ...(f.bootMode ? [{ key: 'boot', label: t('nodePage.summary.boot'), value: f.bootMode === 'efi' ? 'EFI' : t('nodePage.summary.legacyBios') }] : []),
    { key: 'version', label: t('nodePage.summary.version'), value: f.version },
    { key: 'uptime', label: t('nodePage.summary.uptime'), value: formatElapsed(f.uptimeSeconds, (days) => t('nodePage.days', { count: days })) },
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
