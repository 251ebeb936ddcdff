import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentRun } from '../../core/experiment/run-schema';
import { useLanguage } from '../i18n/useLanguage';
import { withStepLabels } from '../format/step-label';
import { ChartCanvas } from './ChartCanvas';
import { timelineConfig } from './timeline-config';

/** Every sample over time, memory and CPU, with a marker at each guest start. */
export function TimelineChart({ run, print = false }: { run: Pick<ExperimentRun, 'steps' | 'events' | 'guestNames' | 'mode'>; print?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const config = useMemo(
    () =>
      timelineConfig(
        { ...run, steps: withStepLabels(run.steps, t) },
        {
          time: t('experimentCharts.time'),
          axisUsed: t('experimentCharts.axisMemory'),
          axisCpu: t('experimentCharts.axisCpu'),
          memory: t('experimentCharts.memoryUsed'),
          cpu: t('experimentCharts.cpu'),
        },
        locale,
        print,
      ),
    [run, t, locale, print],
  );
  return (
    <ChartCanvas
      config={config}
      print={print}
      label={t('experimentCharts.timelineTitle', { context: run.mode === 'manual' ? 'manual' : undefined })}
      testId="chart-timeline"
    />
  );
}
