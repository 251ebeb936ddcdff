import type { ReportModel } from '../../../electron/report/model';
import { formatInteger } from '../../format/numbers';
import { formatDisk, formatMemory } from '../format';
import type { ReportLanguage } from '../text';
import { KeyValueTable } from './KeyValueTable';

export function EnvironmentSection({ model, lang: { t, locale } }: { model: ReportModel; lang: ReportLanguage }) {
  const { node, guests } = model.environment;
  const missing = <span className="missing">{t('report.notRecorded')}</span>;
  const or = <T,>(value: T | null, show: (v: T) => string) => (value === null ? missing : show(value));
  return (
    <section className="report-section" data-section="environment">
      <h2>{t('report.section.environment')}</h2>
      <KeyValueTable
        caption={t('report.env.nodeCaption')}
        head={[t('report.env.item'), t('report.env.value')]}
        rows={[
          [t('report.env.node'), or(node.name, String)],
          [t('report.env.cpuModel'), or(node.cpuModel, String)],
          [t('report.env.cores'), or(node.cores, (v) => formatInteger(v, locale))],
          [t('report.env.memory'), or(node.memoryBytes, (v) => formatMemory(v, locale))],
          [t('report.env.disk'), or(node.diskBytes, (v) => formatDisk(v, locale))],
          [t('report.env.pveVersion'), or(node.pveVersion, String)],
        ]}
      />
      {guests.length === 0 ? (
        <p>{t('report.env.noGuests')}</p>
      ) : (
        <table className="grid">
          <caption>{t('report.env.guestsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.env.vmid')}</th>
              <th scope="col">{t('report.env.name')}</th>
              <th scope="col">{t('report.env.os')}</th>
              <th scope="col" className="num">{t('report.env.vcpus')}</th>
              <th scope="col" className="num">{t('report.env.memory')}</th>
              <th scope="col">{t('report.env.service')}</th>
            </tr>
          </thead>
          <tbody>
            {guests.map((g) => (
              <tr key={`${g.vmid}-${g.name}`}>
                <td>{g.vmid ?? '—'}</td>
                <td>{g.name}</td>
                <td>{or(g.os, String)}</td>
                <td className="num">{or(g.vcpus, (v) => formatInteger(v, locale))}</td>
                <td className="num">{or(g.memoryBytes, (v) => formatMemory(v, locale))}</td>
                <td>{or(g.service, String)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
