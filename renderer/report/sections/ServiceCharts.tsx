import type { ReactNode } from 'react';
import type { ServiceReport } from '../../../core/report/model';
import { IoGraph } from '../../charts/IoGraph';
import { RttChart } from '../../charts/RttChart';
import type { ReportLanguage } from '../text';
import { ReportChart } from './ReportChart';

/** A figure's numbered title kept on one page with its chart. */
function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="keep-together report-figure">
      <p className="figure-title">{title}</p>
      {children}
    </div>
  );
}

/** A captured service's I/O graph and RTT graph; a manual entry has neither (nothing was captured). */
export function ServiceCharts({
  series,
  n,
  service,
  draw,
  lang,
}: {
  series: NonNullable<ServiceReport['series']>;
  n: number;
  service: string;
  draw: boolean;
  lang: ReportLanguage;
}) {
  const { t } = lang;
  const io = t('report.charts.ioTitle', { n, service });
  const rtt = t('report.charts.rttTitle', { n, service });
  return (
    <div className="service-charts">
      <Figure title={io}>
        <ReportChart figure={`io-${n}`} draw={draw} chart={<IoGraph io={series.io} print />} lang={lang} />
      </Figure>
      <Figure title={rtt}>
        <ReportChart figure={`rtt-${n}`} draw={draw} chart={<RttChart rtt={series.rtt} print />} lang={lang} />
      </Figure>
    </div>
  );
}
