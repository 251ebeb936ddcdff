import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassResult } from '../../../core/class/schema';
import { FLAG_KINDS } from '../../../core/class/flag-kinds';
import { VERDICT_LABELS } from '../../../core/qos/labels';
import type { Language } from '../../../core/language';
import { formatFixed, formatInteger } from '../../../core/format/numbers';
import { formatDateTime } from '../../format/dates';
import { localeOf } from '../../../core/format/locale';
import { proxlab } from '../../api';
import { BoxPlot, IndexHistogram } from './DistributionCharts';
import { ReferenceLine } from './ReferenceLine';
import { QOS_INDEX_NAMES } from './class-table';
import { classSummarySentence } from './summary-sentence';
import { stepLabel } from '../../format/step-label';
import './class-summary.css';

// The lecturer's one-page record of a class: how it measured (memory per step, QoS indexes,
// verdicts) and how many flags of each kind, printed by main as the report is.

const MIB = 1024 * 1024;

/** "#/class-summary": the summary alone, as the print window loads it. */
export const isClassSummaryRoute = (location: Location) => location.hash.startsWith('#/class-summary');

function Summary({ result, language }: { result: ClassResult; language: Language }) {
  const { t } = useTranslation();
  const locale = localeOf(language);
  const mib = (v: number | null) => (v === null ? '–' : formatFixed(v / MIB, 0, locale));
  const steps = result.distribution.steps;
  const growth = steps.map((s, i) => (i === 0 ? s.memUsed : s.memGrowth));
  const rows = [
    ...steps.slice(1).map((s, i) => ({ key: `step-${s.index}`, label: t('class.column.memGrowth', { step: stepLabel(s.label, t) }), stats: growth[i + 1] })),
    ...(steps.length > 1 ? [{ key: 'per-guest', label: t('class.column.memPerGuest'), stats: result.distribution.memAddedPerGuest }] : []),
  ];
  return (
    <article className="class-summary-doc" lang={language}>
      <header>
        <p className="kicker">{t('class.print.kicker')}</p>
        <h1>{result.lab?.name || t('class.print.title')}</h1>
        <p className="meta">
          <code>{result.folder}</code> · {t('class.print.printed', { when: formatDateTime(new Date(), locale) })}
        </p>
        <p>{classSummarySentence(result, t, locale)}</p>
      </header>
      <ReferenceLine result={result} />

      <section>
        <h2>{t('class.print.memory')}</h2>
        {steps.length > 0 && (
          <p className="note">
            {t('class.print.memoryBase', { step: stepLabel(steps[0].label, t), median: mib(steps[0].memUsed.median), iqr: mib(steps[0].memUsed.iqr) })}
          </p>
        )}
        <table className="summary-boxes">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col" className="number">
                {t('class.print.lowest')}
              </th>
              <th scope="col">{t('class.print.spread')}</th>
              <th scope="col" className="number">
                {t('class.print.highest')}
              </th>
              <th scope="col" className="number">
                {t('class.print.median')}
              </th>
              <th scope="col" className="number">
                IQR
              </th>
              <th scope="col" className="number">
                n
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="number">{mib(row.stats.min)}</td>
                <td>
                  <BoxPlot stats={row.stats} width={300} height={20} label={row.label} />
                </td>
                <td className="number">{mib(row.stats.max)}</td>
                <td className="number">{mib(row.stats.median)}</td>
                <td className="number">{mib(row.stats.iqr)}</td>
                <td className="number">{formatInteger(row.stats.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{t('class.print.qos')}</h2>
        <table className="summary-qos">
          <thead>
            <tr>
              <th scope="col">{t('class.print.service')}</th>
              {QOS_INDEX_NAMES.map((index) => (
                <th key={index} scope="col">
                  {t(`class.index.${index}`)}
                </th>
              ))}
              <th scope="col">{t('class.print.verdicts')}</th>
            </tr>
          </thead>
          <tbody>
            {result.distribution.services.map((service) => (
              <tr key={service.service}>
                <th scope="row">{service.service}</th>
                {QOS_INDEX_NAMES.map((index) => (
                  <td key={index}>
                    <IndexHistogram bins={service.histograms[index]} width={104} height={46} labelled label={`${service.service} ${index}`} />
                  </td>
                ))}
                <td className="verdict-counts">
                  {service.verdicts
                    .filter((v) => v.count > 0)
                    .map((v) => (
                      <div key={v.verdict}>
                        {VERDICT_LABELS[language][v.verdict]}: {formatInteger(v.count, locale)}
                      </div>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">{t('class.print.histogramNote')}</p>
      </section>

      <section>
        <h2>{t('class.print.flags')}</h2>
        <table className="summary-flags">
          <tbody>
            {FLAG_KINDS.map((kind) => (
              <tr key={kind} className={result.summary.flags[kind] ? 'some' : undefined}>
                <th scope="row">{t(`classFlag.${kind}`)}</th>
                <td className="number">{formatInteger(result.summary.flags[kind] ?? 0, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">{t('class.flags.intro')}</p>
      </section>
    </article>
  );
}

export function ClassSummaryRoute({ language }: { language: Language }) {
  const [result, setResult] = useState<ClassResult | null | undefined>(undefined);
  const { t } = useTranslation();
  useEffect(() => {
    document.body.classList.add('report-route');
    void proxlab().invoke('class.current', undefined).then(setResult);
  }, []);
  useEffect(() => {
    if (result === undefined) return;
    if (result) document.title = result.lab?.name || t('class.print.title');
    // Plain SVG: drawn with the first paint, once the bundled fonts are in.
    void document.fonts.ready.then(() => requestAnimationFrame(() => (window.__proxlabReportReady = true)));
  }, [result, t]);
  if (result === undefined) return null;
  if (result === null) return <p className="fatal">{t('class.blocked.noClass')}</p>;
  return <Summary result={result} language={language} />;
}
