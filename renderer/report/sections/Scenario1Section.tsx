import { Fragment } from 'react';
import type { LabReportModel } from '../../../core/report/model';
import { formatInteger, formatUpTo } from '../../../core/format/numbers';
import { formatLoad, formatMemory, formatPercent } from '../format';
import type { ReportLanguage } from '../text';
import { Scenario1Charts } from './Scenario1Charts';
import { stepLabel } from '../../format/step-label';

export function Scenario1Section({ model, draw, lang }: { model: LabReportModel; draw: boolean; lang: ReportLanguage }) {
  const { t, locale } = lang;
  const s1 = model.scenario1;
  const cpus = model.environment.node.cores;
  const guests = s1 ? Math.max(...s1.steps.map((s) => s.running.length)) : 0;
  return (
    <section className="report-section" data-section="scenario1">
      <h2>{t('report.section.scenario1')}</h2>
      {!s1 ? (
        <p>{t('report.s1.noRun')}</p>
      ) : (
        <div className="keep-together">
          <p>
            {t('report.s1.intro', {
              count: s1.samplesPerStep,
              guests,
              settle: formatUpTo(s1.settleSeconds, 2, locale),
              samples: formatInteger(s1.samplesPerStep, locale),
              interval: formatUpTo(s1.intervalSeconds, 2, locale),
            })}{' '}
            {s1.memUsedMeaning && t(`report.s1.meaning.${s1.memUsedMeaning}`)} {cpus === null ? t('report.s1.cpuOfUnknown') : t('report.s1.cpuOf', { cpus })}
          </p>
          <table className="grid results">
            <caption>{t('report.s1.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.s1.step')}</th>
                <th scope="col">{t('report.s1.running')}</th>
                <th scope="col" className="num">
                  {t('report.s1.memUsed')}
                </th>
                <th scope="col" className="num">
                  {t('report.s1.memPercent')}
                </th>
                <th scope="col" className="num">
                  {t('report.s1.memAdded')}
                </th>
                <th scope="col" className="num">
                  {t('report.s1.cpu')}
                </th>
                <th scope="col" className="num">
                  {t('report.s1.load')}
                </th>
                <th scope="col" className="num">
                  {t('report.s1.samples')}
                </th>
              </tr>
            </thead>
            <tbody>
              {s1.steps.map((s) => (
                <tr key={`${s.repetition}-${s.index}`}>
                  <th scope="row">{stepLabel(s.label, t)}</th>
                  <td>
                    {s.running.length
                      ? s.running.map((name, i) => (
                          <Fragment key={name}>
                            {i > 0 && ', '}
                            <span className="guest-name">{name}</span>
                          </Fragment>
                        ))
                      : t('report.s1.none')}
                  </td>
                  <td className="num">{formatMemory(s.memUsedBytes, locale)}</td>
                  <td className="num">{formatPercent(s.memUsedPercent, locale)}</td>
                  <td className="num">{s.memAddedBytes === null ? '—' : `+${formatMemory(s.memAddedBytes, locale)}`}</td>
                  <td className="num">{formatPercent(s.cpuPercent, locale)}</td>
                  <td className="num">{formatLoad(s.loadavg, locale)}</td>
                  <td className="num">{formatInteger(s.samples, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {s1 && <Scenario1Charts run={s1.run} draw={draw} lang={lang} />}
    </section>
  );
}
