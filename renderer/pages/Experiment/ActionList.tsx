import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import type { Plan } from '../../../core/experiment/plan-schema';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInteger } from '../../../core/format/numbers';
import { plannedSeconds } from './plan-form';
import { ActionButton } from '../../shell/ActionButton';

type Preview = Extract<CallOutput<'experiment.preview'>, { ok: true }>['value'];

interface Props {
  plan: Plan;
  preview: Preview;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Every guest the run will stop or start, in order, and the one confirmation. */
export function ActionList({ plan, preview, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = (vmid: number) => (preview.guestNames[vmid] ? `${vmid} (${preview.guestNames[vmid]})` : String(vmid));
  const seconds = plannedSeconds(plan);
  return (
    <section className="action-list panel" aria-labelledby="experiment-actions-title">
      <h2 id="experiment-actions-title" ref={heading} tabIndex={-1}>
        {t('experiment.actions.title', { node: preview.node })}
      </h2>
      <p className="hint">{t('experiment.actions.lead', { count: preview.actions.length })}</p>
      <ol className="actions" data-testid="experiment-actions">
        {preview.actions.map((action, i) => (
          <li key={i} data-kind={action.kind}>
            {t(action.kind === 'start' ? 'experiment.actions.start' : 'experiment.actions.shutdown', { guest: name(action.vmid) })}
          </li>
        ))}
      </ol>
      <p className="note">{t('experiment.actions.untouched')}</p>
      <p className="note">
        {t('experiment.actions.duration', {
          // "at least 0 min" for a run of one sample per step without settling: say "under a minute".
          context: seconds < 60 ? 'short' : undefined,
          minutes: formatInteger(Math.ceil(seconds / 60), locale),
          steps: formatInteger((plan.guests.length + 1) * plan.repetitions, locale),
        })}
      </p>
      <div className="toolbar">
        <ActionButton type="button" className="primary" onClick={onConfirm} blocked={busy ? { why: t('blocked.busy') } : null}>
          {t('experiment.actions.confirm')}
        </ActionButton>
        <ActionButton type="button" onClick={onCancel} blocked={busy ? { why: t('blocked.busy') } : null}>
          {t('experiment.actions.back')}
        </ActionButton>
      </div>
    </section>
  );
}
