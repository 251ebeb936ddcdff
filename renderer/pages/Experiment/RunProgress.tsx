import { useTranslation } from 'react-i18next';
import type { ExperimentRun } from '../../../core/experiment/run-schema';
import { formatBinaryBytes, formatFixed, formatInteger } from '../../../core/format/numbers';
import { formatPercent } from '../../../core/format/percent';
import { useLanguage } from '../../i18n/useLanguage';
import type { Progress } from './useExperiment';
import { stepLabel } from '../../format/step-label';
import { ActionButton } from '../../shell/ActionButton';

interface Props {
  run: ExperimentRun;
  progress: Progress | null;
  busy: boolean;
  onPause(): void;
  onResume(): void;
  onAbort(): void;
}

/** Where a planned run is: phase, step, settle countdown, samples so far, the latest sample. */
export function RunProgress({ run, progress, busy, onPause, onResume, onAbort }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const total = run.steps.length * run.plan.samplesPerStep;
  const taken = run.steps.reduce((n, s) => n + s.samples.length, 0);
  const latest = progress?.latest ?? run.steps.flatMap((s) => s.samples).at(-1) ?? null;
  const position = progress ? Math.min(progress.stepPosition + 1, progress.stepCount) : 0;
  const paused = run.state === 'paused';
  return (
    <section className="run-progress panel" aria-labelledby="experiment-progress-title" data-state={run.state}>
      <h2 id="experiment-progress-title">{t('experiment.progress.title')}</h2>
      <div className="progress-line" aria-live="polite">
        <strong>{t(`experiment.state.${run.state}`)}</strong>
        {progress && progress.phase !== 'finished' && (
          <span>
            {t(`experiment.phase.${progress.phase}`)} ·{' '}
            {t('experiment.progress.step', {
              position: formatInteger(position, locale),
              count: formatInteger(progress.stepCount, locale),
              label: stepLabel(progress.stepLabel ?? '', t),
            })}
          </span>
        )}
        {progress?.phase === 'settling' && progress.settleRemaining !== null && (
          <span className="countdown">{t('experiment.progress.countdown', { seconds: formatInteger(progress.settleRemaining, locale) })}</span>
        )}
      </div>
      <progress
        max={total}
        value={taken}
        aria-label={t('experiment.progress.samples', { taken: formatInteger(taken, locale), total: formatInteger(total, locale) })}
      />
      <p className="progress-text" data-testid="samples-taken">
        {t('experiment.progress.samples', { taken: formatInteger(taken, locale), total: formatInteger(total, locale) })}
      </p>
      {latest && (
        <p className="note">
          {t('experiment.progress.latest', {
            used: formatBinaryBytes(latest.memUsed, locale),
            total: formatBinaryBytes(latest.memTotal, locale),
            cpu: formatPercent(latest.cpu * 100, 2, locale),
            load: latest.loadavg.map((v) => formatFixed(v, 2, locale)).join(' '),
          })}
        </p>
      )}
      <div className="toolbar">
        {paused ? (
          <ActionButton type="button" className="primary" onClick={onResume} blocked={busy ? { why: t('blocked.busy') } : null}>
            {t('experiment.progress.resume')}
          </ActionButton>
        ) : (
          <ActionButton type="button" onClick={onPause} blocked={busy ? { why: t('blocked.busy') } : null}>
            {t('experiment.progress.pause')}
          </ActionButton>
        )}
        <ActionButton type="button" onClick={onAbort} blocked={busy ? { why: t('blocked.busy') } : null}>
          {t('experiment.progress.abort')}
        </ActionButton>
        <span className="hint">{t('experiment.progress.abortHint')}</span>
      </div>
    </section>
  );
}
