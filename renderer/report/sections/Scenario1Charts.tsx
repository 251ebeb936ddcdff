import type { Scenario1 } from '../../../core/report/model';
import { MemoryGrowthChart } from '../../charts/MemoryGrowthChart';
import { CpuStepChart } from '../../charts/CpuStepChart';
import { TimelineChart } from '../../charts/TimelineChart';
import type { ReportLanguage } from '../text';
import { ReportChart } from './ReportChart';

/** Scenario 1's three figures (the paper's memory growth, CPU and timeline), each titled and kept whole. */
export function Scenario1Charts({ run, draw, lang }: { run: Scenario1['run']; draw: boolean; lang: ReportLanguage }) {
  const { t } = lang;
  const figures = [
    { key: 'memory', title: t('report.charts.memoryTitle'), chart: <MemoryGrowthChart run={run} print /> },
    { key: 'cpu', title: t('report.charts.cpuTitle'), chart: <CpuStepChart run={run} print /> },
    {
      key: 'timeline',
      title: t('report.charts.timelineTitle', run.mode === 'manual' ? { context: 'manual' } : undefined),
      chart: <TimelineChart run={run} print />,
    },
  ];
  return (
    <div className="scenario1-charts">
      {figures.map((figure) => (
        <div key={figure.key} className="keep-together report-figure">
          <p className="figure-title">{figure.title}</p>
          <ReportChart figure={figure.key} draw={draw} chart={figure.chart} lang={lang} />
        </div>
      ))}
    </div>
  );
}
