import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import { proxlab } from '../../api';
import { useFailureText } from '../../i18n/failure-text';
import type { Failure } from '../../../core/contract/failure';
import { moveGuest, type PlanFormValues } from './plan-form';
import { ActionButton, type Blocked } from '../../shell/ActionButton';

type Guests = Extract<CallOutput<'experiment.guests'>, { ok: true }>['value'];
export type RunMode = 'planned' | 'manual';

interface Props {
  profiles: CallOutput<'experiment.context'>['profiles'];
  profileId: string;
  onProfile(id: string): void;
  mode: RunMode;
  onMode(mode: RunMode): void;
  values: PlanFormValues;
  onChange(values: PlanFormValues): void;
  /** Field name → message, from the last check. */
  problems: Record<string, string>;
  disabled: boolean;
  onSubmit(): void;
}

const NUMBER_FIELDS = [
  ['settleSeconds', 's'],
  ['intervalSeconds', 's'],
  ['samplesPerStep', ''],
  ['repetitions', ''],
] as const;

export function PlanForm({ profiles, profileId, onProfile, mode, onMode, values, onChange, problems, disabled, onSubmit }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const [guests, setGuests] = useState<Guests>([]);
  const [guestProblem, setGuestProblem] = useState<Failure | null>(null);
  const failureText = useFailureText();
  const [toAdd, setToAdd] = useState('');
  const [node, setNode] = useState(values.node);
  const [nodeGiven, setNodeGiven] = useState(values.node);
  const busy: Blocked | null = disabled ? { why: t('blocked.busy') } : null;

  // A node chosen elsewhere (the default connection, the last run's plan) replaces the draft in the
  // same render, so the field never shows an empty node beside a chosen connection.
  if (nodeGiven !== values.node) {
    setNodeGiven(values.node);
    setNode(values.node);
  }
  useEffect(() => {
    if (!profileId || !values.node) return;
    let alive = true;
    void proxlab()
      .invoke('experiment.guests', { profileId, node: values.node })
      .then((result) => {
        if (!alive) return;
        setGuests(result.ok ? result.value : []);
        setGuestProblem(result.ok ? null : result.error);
      });
    return () => {
      alive = false;
    };
  }, [profileId, values.node]);

  const set = (patch: Partial<PlanFormValues>) => onChange({ ...values, ...patch });
  const nameOf = (vmid: number) => guests.find((g) => g.vmid === vmid)?.name ?? '';
  const addable = guests.filter((g) => !values.guests.includes(g.vmid));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const problem = (field: string) =>
    problems[field] ? (
      <span className="field-problem" id={`${ids}-${field}-problem`} role="alert">
        {problems[field]}
      </span>
    ) : null;
  const describedBy = (field: string) => (problems[field] ? `${ids}-${field}-problem` : undefined);

  return (
    <form className="plan-form panel" onSubmit={submit} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('experiment.plan.title')}</h2>
      <fieldset className="mode-choice" disabled={disabled}>
        <legend>{t('experiment.plan.mode')}</legend>
        {(['planned', 'manual'] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="mode" value={option} checked={mode === option} onChange={() => onMode(option)} />
            <span>
              <strong>{t(`experiment.plan.mode_${option}`)}</strong> <span className="hint">{t(`experiment.plan.mode_${option}_hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="plan-grid">
        <label>
          <span>{t('experiment.plan.connection')}</span>
          <select name="profile" value={profileId} onChange={(e) => onProfile(e.target.value)} disabled={disabled}>
            {profiles.length === 0 && <option value="">{t('experiment.plan.noConnection')}</option>}
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('experiment.plan.node')}</span>
          <input
            name="node"
            value={node}
            onChange={(e) => setNode(e.target.value)}
            onBlur={() => node !== values.node && set({ node })}
            disabled={disabled}
            aria-invalid={Boolean(problems.node)}
            aria-describedby={describedBy('node')}
          />
          {problem('node')}
        </label>
      </div>
      {profiles.length === 0 && <p className="message info">{t('experiment.plan.noConnectionHelp')}</p>}

      <div className="guests-picker">
        <span className="label" id={`${ids}-guests`}>
          {t(mode === 'manual' ? 'experiment.plan.guestsWatched' : 'experiment.plan.guests')}
        </span>
        <ol className="guest-order" aria-labelledby={`${ids}-guests`} aria-describedby={describedBy('guests')}>
          {values.guests.map((vmid, i) => (
            <li key={vmid}>
              <span className="guest-name">
                <strong>{vmid}</strong> {nameOf(vmid)}
              </span>
              <span className="guest-buttons">
                <ActionButton
                  type="button"
                  className="quiet"
                  onClick={() => set({ guests: moveGuest(values.guests, i, -1) })}
                  blocked={busy ?? (i === 0 ? { why: t('blocked.first') } : null)}
                  aria-label={t('experiment.plan.moveUp', { vmid })}
                >
                  ↑
                </ActionButton>
                <ActionButton
                  type="button"
                  className="quiet"
                  onClick={() => set({ guests: moveGuest(values.guests, i, 1) })}
                  blocked={busy ?? (i === values.guests.length - 1 ? { why: t('blocked.last') } : null)}
                  aria-label={t('experiment.plan.moveDown', { vmid })}
                >
                  ↓
                </ActionButton>
                <ActionButton
                  type="button"
                  className="quiet"
                  onClick={() => set({ guests: values.guests.filter((g) => g !== vmid) })}
                  blocked={busy}
                  aria-label={t('experiment.plan.remove', { vmid })}
                >
                  ✕
                </ActionButton>
              </span>
            </li>
          ))}
          {values.guests.length === 0 && <li className="hint">{t('experiment.plan.noGuests')}</li>}
        </ol>
        {problem('guests')}
        <div className="guest-add">
          <select
            name="addGuest"
            value={toAdd}
            onChange={(e) => setToAdd(e.target.value)}
            disabled={disabled || addable.length === 0}
            aria-label={t('experiment.plan.addLabel')}
          >
            <option value="">{addable.length ? t('experiment.plan.choose') : t('experiment.plan.noMoreGuests')}</option>
            {addable.map((g) => (
              <option key={g.vmid} value={g.vmid}>
                {`${g.vmid} ${g.name} (${g.type === 'lxc' ? 'CT' : 'VM'}, ${t(g.status === 'running' ? 'experiment.plan.running' : 'experiment.plan.stopped')})`}
              </option>
            ))}
          </select>
          <ActionButton
            type="button"
            onClick={() => {
              set({ guests: [...values.guests, Number(toAdd)] });
              setToAdd('');
            }}
            blocked={busy ?? (!toAdd ? { why: t('blocked.noGuestChosen') } : null)}
          >
            {t('experiment.plan.add')}
          </ActionButton>
        </div>
        {guestProblem && <p className="message error">{failureText(guestProblem)}</p>}
      </div>

      <div className="plan-grid numbers">
        {NUMBER_FIELDS.map(([field, unit]) => (
          <label key={field}>
            <span>{t(`experiment.plan.${field}`)}</span>
            <span className="with-unit">
              <input
                name={field}
                inputMode="decimal"
                value={values[field]}
                onChange={(e) => set({ [field]: e.target.value })}
                disabled={disabled || (mode === 'manual' && (field === 'settleSeconds' || field === 'repetitions'))}
                aria-invalid={Boolean(problems[field])}
                aria-describedby={describedBy(field)}
              />
              {unit && <span className="unit">{t('experiment.unit.seconds')}</span>}
            </span>
            {problem(field)}
          </label>
        ))}
      </div>
      {mode === 'planned' && (
        <div className="choices">
          <label className="choice">
            <input
              type="checkbox"
              name="stopFirst"
              checked={values.stopPlannedGuestsFirst}
              onChange={(e) => set({ stopPlannedGuestsFirst: e.target.checked })}
              disabled={disabled}
            />
            <span>{t('experiment.plan.stopFirst')}</span>
          </label>
          <label className="choice">
            <input type="checkbox" name="restore" checked={values.restoreAtEnd} onChange={(e) => set({ restoreAtEnd: e.target.checked })} disabled={disabled} />
            <span>{t('experiment.plan.restore')}</span>
          </label>
        </div>
      )}
      <div className="toolbar">
        <ActionButton type="submit" className="primary" blocked={busy ?? (!profileId ? { why: t('blocked.noConnection'), fix: 'connect' } : null)}>
          {t(mode === 'manual' ? 'experiment.plan.beginManual' : 'experiment.plan.review')}
        </ActionButton>
      </div>
    </form>
  );
}
