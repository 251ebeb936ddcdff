import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { useLanguage } from '../i18n/useLanguage';
import { withStepLabels } from '../format/step-label';
import { ChartCanvas } from './ChartCanvas';
import { errorBarsPlugin } from './error-bars-plugin';
import { memoryGrowthConfig } from './memory-growth-config';

/** Memory used per state with ±1 sd and min–max whiskers (the paper's Figure 7). */
export function MemoryGrowthChart({ run, print = false }: { run: Pick<ExperimentRun, 'steps'>; print?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const config = useMemo(
    () =>
      memoryGrowthConfig(
        withStepLabels(run.steps, t),
        {
          axisUsed: t('experimentCharts.axisMemory'),
          axisPercent: t('experimentCharts.axisPercentOfTotal'),
          state: t('experimentCharts.state'),
          mean: t('experimentCharts.memoryMean'),
          sd: t('experimentCharts.sd'),
          range: t('experimentCharts.range'),
          samples: t('experimentCharts.samples'),
          total: t('experimentCharts.ofTotal'),
        },
        locale,
        print,
      ),
    [run.steps, t, locale, print],
  );
  return <ChartCanvas config={config} plugins={[errorBarsPlugin]} print={print} label={t('experimentCharts.memoryTitle')} testId="chart-memory-growth" />;
}
