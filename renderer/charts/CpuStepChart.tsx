import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { useLanguage } from '../i18n/useLanguage';
import { withStepLabels } from '../format/step-label';
import { ChartCanvas } from './ChartCanvas';
import { cpuStepConfig } from './cpu-step-config';
import { errorBarsPlugin } from './error-bars-plugin';

/** CPU % per state with whiskers, and the load averages as lines. */
export function CpuStepChart({ run, print = false }: { run: Pick<ExperimentRun, 'steps'>; print?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const config = useMemo(
    () =>
      cpuStepConfig(
        withStepLabels(run.steps, t),
        {
          state: t('experimentCharts.state'),
          axisCpu: t('experimentCharts.axisCpu'),
          axisLoad: t('experimentCharts.axisLoad'),
          cpu: t('experimentCharts.cpuMean'),
          load1: t('experimentCharts.load1'),
          load5: t('experimentCharts.load5'),
          load15: t('experimentCharts.load15'),
          sd: t('experimentCharts.sd'),
          range: t('experimentCharts.range'),
        },
        locale,
        print,
      ),
    [run.steps, t, locale, print],
  );
  return <ChartCanvas config={config} plugins={[errorBarsPlugin]} print={print} label={t('experimentCharts.cpuTitle')} testId="chart-cpu-step" />;
}
