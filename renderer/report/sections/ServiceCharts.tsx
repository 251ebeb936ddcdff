import type { ServiceReport } from '../../../electron/report/model';
import { IoGraph } from '../../charts/IoGraph';
import { RttChart } from '../../charts/RttChart';
import type { ReportLanguage } from '../text';
import { ChartPlaceholder } from './ChartPlaceholder';

/** A captured service's I/O graph and RTT graph; a manual entry has neither (nothing was captured). */
export function ServiceCharts({ series, draw, lang }: { series: NonNullable<ServiceReport['series']>; draw: boolean; lang: ReportLanguage }) {
  const { t } = lang;
  if (!draw) {
    return (
      <div className="service-charts">
        <ChartPlaceholder title={t('qosCharts.io.title')} lang={lang} />
        <ChartPlaceholder title={t('qosCharts.rtt.title')} lang={lang} />
      </div>
    );
  }
  return (
    <div className="service-charts">
      <IoGraph io={series.io} print />
      <RttChart rtt={series.rtt} print />
    </div>
  );
}
