import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentRun } from '../../../core/experiment/run-schema';
import { formatInteger } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import { ActionButton } from '../../shell/ActionButton';

interface Props {
  run: ExperimentRun;
  busy: boolean;
  onSnapshot(label: string): void;
  onFinish(): void;
}

/** Manual mode: the students start guests in PVE's UI; each snapshot measures the node as it is. */
export function ManualPanel({ run, busy, onSnapshot, onFinish }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [label, setLabel] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSnapshot(label);
    setLabel('');
  };
  return (
    <section className="manual panel" aria-labelledby="experiment-manual-title">
      <h2 id="experiment-manual-title">{t('experiment.manual.title')}</h2>
      <p className="hint">{t('experiment.manual.lead', { samples: formatInteger(run.plan.samplesPerStep, locale) })}</p>
      <form className="toolbar" onSubmit={submit}>
        <label className="inline">
          <span>{t('experiment.manual.label')}</span>
          <input
            name="snapshotLabel"
            value={label}
            maxLength={100}
            onChange={(e) => setLabel(e.target.value)}
            placeholder={t('experiment.manual.labelHint')}
            disabled={busy}
          />
        </label>
        <ActionButton type="submit" className="primary" blocked={busy ? { why: t('blocked.busy') } : null}>
          {busy ? t('experiment.manual.taking') : t('experiment.manual.take')}
        </ActionButton>
        <ActionButton type="button" onClick={onFinish} blocked={busy ? { why: t('blocked.busy') } : null}>
          {t('experiment.manual.finish')}
        </ActionButton>
      </form>
      <p className="note">{t('experiment.manual.count', { count: run.steps.filter((s) => s.complete).length })}</p>
    </section>
  );
}
