import { useTranslation } from 'react-i18next';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { INDEX_LABELS, thresholdSetName } from '../../../core/qos/labels';
import { measureUnit, QOS_PARAMETERS } from '../../charts/qos-measure';
import { useLanguage } from '../../i18n/useLanguage';
import { bandRangeText } from './band-text';

/** The band edges of a threshold set, so the choices at the edges are visible where grades are shown. */
export function BandEdges({ set }: { set: ThresholdSet }) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const indexes = [4, 3, 2, 1, 0].filter((index) => QOS_PARAMETERS.some((p) => set.bands[p].some((b) => b.index === index)));
  return (
    <table className="data-table band-edges" data-set={set.id}>
      <caption>{t('thresholdSets.edgesCaption', { name: thresholdSetName(set, language) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('thresholdSets.parameter')}</th>
          {indexes.map((index) => (
            <th key={index} scope="col">
              {index} · {INDEX_LABELS[language][index as 0 | 1 | 2 | 3 | 4]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {QOS_PARAMETERS.map((parameter) => (
          <tr key={parameter} data-parameter={parameter}>
            <th scope="row">{t(`qosCharts.${parameter}`)}</th>
            {indexes.map((index) => {
              const bands = set.bands[parameter].filter((b) => b.index === index);
              return <td key={index}>{bands.length ? bands.map((b) => bandRangeText(b, measureUnit(parameter, set), locale)).join('; ') : '—'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
