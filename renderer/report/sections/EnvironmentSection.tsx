import type { ReactNode } from 'react';
import type { LabReportModel } from '../../../core/report/model';
import type { LabGuest } from '../../../core/session/lab';
import { formatInteger } from '../../../core/format/numbers';
import { formatDisk, formatMemory, formatVolume } from '../format';
import { osTypeName } from '../os-type';
import type { ReportLanguage } from '../text';
import { KeyValueTable } from './KeyValueTable';

export function EnvironmentSection({ model, lang: { t, locale } }: { model: LabReportModel; lang: ReportLanguage }) {
  const { node, guests } = model.environment;
  const missing = <span className="missing">{t('report.notRecorded')}</span>;
  const or = <T,>(value: T | null, show: (v: T) => ReactNode) => (value === null ? missing : show(value));
  const integer = (v: number) => formatInteger(v, locale);
  // The service column links a guest to scenario 2; a guest that hosts none is not a gap.
  const services = guests.some((g) => g.service !== null);
  const os = (g: LabGuest) => {
    const type = g.osType === null ? null : osTypeName(g.osType, t);
    if (g.os === null) return or(type, String);
    return type === null || type === g.os ? (
      g.os
    ) : (
      <>
        {g.os} <span className="os-type">({type})</span>
      </>
    );
  };
  const vcpus = (g: LabGuest) =>
    or(g.vcpus, (v) =>
      g.sockets !== null && g.sockets > 1
        ? t('report.env.vcpusSplit', { vcpus: integer(v), sockets: integer(g.sockets), cores: integer(v / g.sockets) })
        : integer(v),
    );
  return (
    <section className="report-section" data-section="environment">
      <h2>{t('report.section.environment')}</h2>
      <KeyValueTable
        caption={t('report.env.nodeCaption')}
        head={[t('report.env.item'), t('report.env.value')]}
        rows={[
          [t('report.env.node'), or(node.name, String)],
          [t('report.env.cpuModel'), or(node.cpuModel, String)],
          [t('report.env.sockets'), or(node.sockets, integer)],
          [t('report.env.coresPerSocket'), or(node.coresPerSocket, integer)],
          [t('report.env.cores'), or(node.cores, integer)],
          [t('report.env.memory'), or(node.memoryBytes, (v) => formatMemory(v, locale))],
          [t('report.env.disk'), or(node.diskBytes, (v) => formatDisk(v, locale))],
          [t('report.env.pveVersion'), or(node.pveVersion, String)],
          [t('report.env.kernel'), or(node.kernel, String)],
        ]}
      />
      {guests.length === 0 ? (
        <p>{t('report.env.noGuests')}</p>
      ) : (
        <table className="grid environment-guests">
          <caption>{t('report.env.guestsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.env.vmid')}</th>
              <th scope="col">{t('report.env.name')}</th>
              <th scope="col">{t('report.env.os')}</th>
              <th scope="col" className="num">
                {t('report.env.vcpus')}
              </th>
              <th scope="col" className="num">
                {t('report.env.memory')}
              </th>
              <th scope="col" className="num">
                {t('report.env.guestDisk')}
              </th>
              {services && <th scope="col">{t('report.env.service')}</th>}
            </tr>
          </thead>
          <tbody>
            {guests.map((g, i) => (
              <tr key={`${i}-${g.vmid}-${g.name}`}>
                <td>{g.vmid ?? '—'}</td>
                <td>{g.name}</td>
                <td>{os(g)}</td>
                <td className="num">{vcpus(g)}</td>
                <td className="num">{or(g.memoryBytes, (v) => formatMemory(v, locale))}</td>
                <td className="num">{or(g.diskBytes, (v) => formatVolume(v, locale))}</td>
                {services && <td>{g.service ?? t('report.env.noService')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
