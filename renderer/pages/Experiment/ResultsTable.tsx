import { useTranslation } from 'react-i18next';
import type { ExperimentRun } from '../../../core/experiment/run-schema';
import { formatBinaryBytes, formatFixed, formatInteger } from '../../../core/format/numbers';
import { formatPercent } from '../../../core/format/percent';
import { useLanguage } from '../../i18n/useLanguage';
import { resultRows } from '../../../core/experiment/results-table';
import { stepLabel } from '../../format/step-label';

/** The results table as the seed paper prints it, means over each step's samples. */
export function ResultsTable({ run }: { run: ExperimentRun }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const rows = resultRows(run);
  const repeated = run.plan.repetitions > 1 && run.mode === 'planned';
  const meaning = run.steps.flatMap((s) => s.samples)[0]?.memUsedMeaning;
  return (
    <section className="results panel" aria-labelledby="experiment-results-title">
      <h2 id="experiment-results-title">{t('experimentResults.title')}</h2>
      <p className="hint" data-testid="results-summary">
        {t('experimentResults.summary', {
          state: t(`experiment.state.${run.state}`),
          samples: formatInteger(
            rows.reduce((n, r) => n + r.samples, 0),
            locale,
          ),
          started: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(run.createdAt)),
        })}
      </p>
      <table className="data-table results-table" data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">{t('experimentResults.state')}</th>
            <th scope="col" className="number">
              {t('experimentResults.ram')}
            </th>
            <th scope="col" className="number">
              %
            </th>
            <th scope="col" className="number">
              {t('experimentResults.cpu')}
            </th>
            <th scope="col" className="number">
              {t('experimentResults.loadMinutes')}
            </th>
            <th scope="col" className="number">
              {t('experimentResults.added')}
            </th>
            <th scope="col" className="number">
              {t('experimentResults.samples')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-step={row.key}>
              <th scope="row">
                {stepLabel(row.label, t)}
                {repeated && <span className="hint"> · {t('experimentResults.run', { n: row.repetition })}</span>}
              </th>
              <td className="number" data-field="ram">
                {row.memUsedMean !== null && row.memTotal !== null
                  ? t('experimentResults.ofTotal', { used: formatBinaryBytes(row.memUsedMean, locale), total: formatBinaryBytes(row.memTotal, locale) })
                  : '–'}
              </td>
              <td className="number" data-field="percent">
                {row.memUsedPercent !== null ? formatPercent(row.memUsedPercent, 2, locale) : '–'}
              </td>
              <td className="number" data-field="cpu">
                {row.cpuPercent !== null ? formatPercent(row.cpuPercent, 2, locale) : '–'}
              </td>
              <td className="number" data-field="load">
                {row.load ? row.load.map((v) => formatFixed(v, 2, locale)).join(' · ') : '–'}
              </td>
              <td className="number" data-field="added">
                {row.added !== null ? `${row.added >= 0 ? '+' : '−'}${formatBinaryBytes(Math.abs(row.added), locale)}` : ''}
              </td>
              <td className="number" data-field="samples">
                {formatInteger(row.samples, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">
        {run.pveVersion && t('experimentResults.version', { version: run.pveVersion })}{' '}
        {meaning && t(meaning === 'total-minus-available' ? 'experimentResults.meaningAvailable' : 'experimentResults.meaningFree')}
      </p>
    </section>
  );
}
