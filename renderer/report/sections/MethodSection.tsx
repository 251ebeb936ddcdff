import type { LabReportModel } from '../../../core/report/model';
import type { Band, QosParameter } from '../../../core/qos/threshold-schema';
import { INDEX_LABELS, thresholdSetName } from '../../../core/qos/labels';
import { formatFixed } from '../../../core/format/numbers';
import type { ReportLanguage } from '../text';

const PARAMETERS: QosParameter[] = ['throughput', 'delay', 'jitter', 'loss'];

/** "150 ≤ x < 300", "> 2.100", "< 0,5" — a band with its edges as the threshold set defines them. */
function bandText(band: Band, locale: string): string {
  const n = (v: number) => formatFixed(v, Number.isInteger(v) ? 0 : 1, locale);
  const lower = band.lower && `${n(band.lower.value)} ${band.lower.inclusive ? '≤' : '<'}`;
  const upper = band.upper && `${band.upper.inclusive ? '≤' : '<'} ${n(band.upper.value)}`;
  if (lower && upper) return `${lower} x ${upper}`;
  if (lower) return band.lower!.inclusive ? `x ≥ ${n(band.lower!.value)}` : `x > ${n(band.lower!.value)}`;
  return `x ${upper}`;
}

export function MethodSection({ model, lang }: { model: LabReportModel; lang: ReportLanguage }) {
  const { t, locale, language } = lang;
  const set = model.thresholds;
  const column = model.services[0]?.grade.column ?? 'recipe';
  const unit = (p: QosParameter) =>
    p === 'throughput' ? (set?.throughputMeasure === 'kbps' ? t('report.method.throughputUnit') : '%') : p === 'loss' ? '%' : 'ms';
  const indexes = [4, 3, 2, 1, 0] as const;
  return (
    <section className="report-section" data-section="method">
      <h2>{t('report.section.method')}</h2>
      {set && (
        <div className="keep-together">
          <p>{t('report.method.thresholds', { set: thresholdSetName(set, language), column: t(`report.method.column.${column}`) })}</p>
          <table className="grid bands">
            <caption>{t('report.method.bandsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.s2.parameter')}</th>
                {indexes.map((i) => (
                  <th key={i} scope="col">{`${i} · ${INDEX_LABELS[language][i]}`}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PARAMETERS.map((p) => (
                <tr key={p}>
                  <th scope="row">{`${t(`report.s2.${p}`)} (${unit(p)})`}</th>
                  {indexes.map((i) => {
                    const band = set.bands[p].find((b) => b.index === i);
                    return <td key={i}>{band ? bandText(band, locale) : '—'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('report.method.overall')}</p>
      <p>{t('report.method.recipeDefs')}</p>
      <p>{t('qos.why')}</p>
    </section>
  );
}
