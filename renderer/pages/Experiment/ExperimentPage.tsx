import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import type { Plan } from '../../../core/experiment/plan-schema';
import { proxlab } from '../../api';
import { CpuStepChart } from '../../charts/CpuStepChart';
import { MemoryGrowthChart } from '../../charts/MemoryGrowthChart';
import { TimelineChart } from '../../charts/TimelineChart';
import { formatFixed } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import { ActionList } from './ActionList';
import { ManualPanel } from './ManualPanel';
import { PlanForm, type RunMode } from './PlanForm';
import { ResultsTable } from './ResultsTable';
import { stepLabel } from '../../format/step-label';
import { RunProgress } from './RunProgress';
import { defaultFormValues, formToPlanInput, planToForm, type PlanFormValues } from './plan-form';
import { useExperiment } from './useExperiment';
import { CsvDialectSelect, useCsvDialect } from '../../shell/CsvDialectSelect';
import './experiment.css';
import { ActionButton } from '../../shell/ActionButton';

type Preview = Extract<CallOutput<'experiment.preview'>, { ok: true }>['value'];
type Outcome<T> = { ok: true; value: T } | { ok: false; problem: { en: string; id: string } };

export function ExperimentPage() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const experiment = useExperiment();
  const { profiles, run, active, progress, refresh } = experiment;
  const [profileId, setProfileId] = useState('');
  const [mode, setMode] = useState<RunMode>('planned');
  const [values, setValues] = useState<PlanFormValues>(defaultFormValues(''));
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ plan: Plan; preview: Preview } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialect, setDialect] = useCsvDialect();

  const [planOpen, setPlanOpen] = useState(false);

  // The first connection is the default, with the node it answered from.
  useEffect(() => {
    if (profileId || profiles.length === 0) return;
    setProfileId(profiles[0].id);
    setValues((v) => (v.node ? v : { ...v, node: profiles[0].node ?? '' }));
  }, [profiles, profileId]);

  // The last run's plan is the starting point of the next one.
  const lastPlan = run?.plan;
  const lastMode = run?.mode;
  useEffect(() => {
    if (!lastPlan || !lastMode) return;
    setValues((v) => (v.guests.length ? v : planToForm(lastPlan)));
    setMode((m) => (lastMode === 'manual' ? 'manual' : m));
  }, [lastPlan, lastMode]);

  /** Runs a call that may fail in an expected way; its problem is shown inline, in the user's language. */
  async function act<T>(work: () => Promise<Outcome<T>>): Promise<T | null> {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const result = await work();
      if (!result.ok) {
        setProblem(result.problem[language]);
        return null;
      }
      return result.value;
    } finally {
      setBusy(false);
      await refresh();
    }
  }

  const review = async () => {
    setProblem(null);
    const check = await proxlab().invoke('experiment.validatePlan', {
      plan: formToPlanInput(mode === 'manual' ? { ...values, settleSeconds: '0', repetitions: '1' } : values),
    });
    if (!check.ok) {
      const messages: Record<string, string> = {};
      for (const p of check.problems) {
        const params = 'min' in p ? { min: formatFixed(p.min, p.min % 1 ? 1 : 0, locale) } : 'max' in p ? { max: formatFixed(p.max, 0, locale) } : {};
        messages[p.field] ??= t(`experiment.problem.${p.code}`, params);
      }
      setFieldProblems(messages);
      return;
    }
    setFieldProblems({});
    if (mode === 'manual') {
      await act(() => proxlab().invoke('experiment.manualBegin', { profileId, plan: check.plan }));
      return;
    }
    const preview = await act(() => proxlab().invoke('experiment.preview', { profileId, plan: check.plan }));
    if (preview) setConfirming({ plan: check.plan, preview });
  };

  const confirm = async () => {
    if (!confirming) return;
    const started = await act(() => proxlab().invoke('experiment.start', { profileId, plan: confirming.plan, confirmedActions: confirming.preview.actions }));
    if (started) setConfirming(null);
  };

  const exportAs = async (format: 'csv' | 'json') => {
    const saved = await act(() => proxlab().invoke('experiment.export', { format, dialect }));
    if (saved?.path) setNotice(t('experiment.export.saved', { path: saved.path }));
  };

  const planForm = (
    <PlanForm
      profiles={profiles}
      profileId={profileId}
      onProfile={setProfileId}
      mode={mode}
      onMode={setMode}
      values={values}
      onChange={setValues}
      problems={fieldProblems}
      disabled={busy}
      onSubmit={() => void review()}
    />
  );
  const running = active && run !== null;
  const resumable = !active && run !== null && (run.state === 'interrupted' || run.state === 'aborted');
  const hasSamples = run?.steps.some((s) => s.samples.length > 0) ?? false;

  return (
    <div className="page experiment-page">
      <div className="page-head">
        <h1>{t('experiment.title')}</h1>
        <p className="lead">{t('experiment.lead')}</p>
      </div>

      {resumable && run && (
        <div className="message warning" role="status" data-testid="interrupted">
          <strong>{t(run.state === 'aborted' ? 'experiment.interrupted.abortedTitle' : 'experiment.interrupted.title')}</strong>
          <p>
            {t('experiment.interrupted.body', {
              samples: run.steps.reduce((n, s) => n + s.samples.length, 0),
              step: stepLabel(run.steps.find((s) => !s.complete)?.label ?? '', t),
            })}
          </p>
          <div className="toolbar">
            <ActionButton
              type="button"
              className="primary"
              blocked={busy ? { why: t('blocked.busy') } : !profileId ? { why: t('blocked.noConnection'), fix: 'connect' } : null}
              onClick={() => void act(() => proxlab().invoke('experiment.resumeInterrupted', { profileId }))}
            >
              {t('experiment.interrupted.resume')}
            </ActionButton>
          </div>
        </div>
      )}

      {!running && !confirming && hasSamples && (
        // With results on the page, the plan of the next run waits folded above them.
        <details className="plan-details panel" open={planOpen} onToggle={(e) => setPlanOpen(e.currentTarget.open)}>
          <summary>{t('experiment.plan.newRun')}</summary>
          {planOpen && planForm}
        </details>
      )}
      {!running && !confirming && !hasSamples && planForm}
      {confirming && !running && (
        <ActionList plan={confirming.plan} preview={confirming.preview} busy={busy} onConfirm={() => void confirm()} onCancel={() => setConfirming(null)} />
      )}

      {problem && (
        <div className="message error" role="alert">
          <strong>{t('experiment.problemTitle')}</strong>
          <p>{problem}</p>
        </div>
      )}

      {running && run.mode === 'planned' && (
        <RunProgress
          run={run}
          progress={progress}
          busy={busy}
          onPause={() => void act(() => proxlab().invoke('experiment.pause', undefined))}
          onResume={() => void act(() => proxlab().invoke('experiment.resume', undefined))}
          onAbort={() => void act(() => proxlab().invoke('experiment.abort', undefined))}
        />
      )}
      {running && run.mode === 'manual' && (
        <ManualPanel
          run={run}
          busy={busy}
          onSnapshot={(label) => void act(() => proxlab().invoke('experiment.snapshot', { label }))}
          onFinish={() => void act(() => proxlab().invoke('experiment.manualFinish', undefined))}
        />
      )}

      {run?.failure && (
        <div className="message error" role="alert" data-testid="run-failure">
          <strong>{t('experiment.failure.title')}</strong>
          <p>{run.failure.problem?.[language] ?? run.failure.message}</p>
          {run.failure.log.length > 0 && <pre className="task-log">{run.failure.log.join('\n')}</pre>}
          <p>{t('experiment.failure.next')}</p>
        </div>
      )}

      {run && hasSamples && (
        <>
          <ResultsTable run={run} />
          <section className="charts panel" aria-labelledby="experiment-charts-title">
            <h2 id="experiment-charts-title">{t('experiment.charts.title')}</h2>
            <div className="chart-grid">
              <figure>
                <figcaption>{t('experimentCharts.memoryTitle')}</figcaption>
                <MemoryGrowthChart run={run} />
              </figure>
              <figure>
                <figcaption>{t('experimentCharts.cpuTitle')}</figcaption>
                <CpuStepChart run={run} />
              </figure>
              <figure className="wide">
                <figcaption>{t('experimentCharts.timelineTitle', { context: run.mode === 'manual' ? 'manual' : undefined })}</figcaption>
                <TimelineChart run={run} />
              </figure>
            </div>
          </section>
          <div className="toolbar export-bar">
            <CsvDialectSelect value={dialect} onChange={setDialect} />
            <ActionButton type="button" onClick={() => void exportAs('csv')} blocked={busy ? { why: t('blocked.busy') } : null}>
              {t('experiment.export.csv')}
            </ActionButton>
            <ActionButton type="button" onClick={() => void exportAs('json')} blocked={busy ? { why: t('blocked.busy') } : null}>
              {t('experiment.export.json')}
            </ActionButton>
            {notice && (
              <span className="notice" role="status">
                {notice}
              </span>
            )}
          </div>
        </>
      )}
    </div>
  );
}
