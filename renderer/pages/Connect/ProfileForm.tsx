import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../core/contract/proxmox';
import { draftErrors, identityChanged, type DraftErrors, type ProfileDraft } from './profile-form-model';
import { ActionButton } from '../../shell/ActionButton';

interface Props {
  draft: ProfileDraft;
  saved: ProfileView | null;
  busy: boolean;
  onChange(draft: ProfileDraft): void;
  onSave(draft: ProfileDraft): void;
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && <small className="hint">{hint}</small>}
      {error && (
        <small className="field-error" id={`${id}-error`} role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

export function ProfileForm({ draft, saved, busy, onChange, onSave }: Props) {
  const { t } = useTranslation();
  const base = useId();
  const [errors, setErrors] = useState<DraftErrors>({});
  const set = (patch: Partial<ProfileDraft>) => onChange({ ...draft, ...patch });
  const error = (field: keyof DraftErrors) => (errors[field] ? t(`connect.form.errors.${errors[field]}`) : undefined);
  const describedBy = (field: keyof DraftErrors) => (errors[field] ? `${base}-${field}-error` : undefined);
  const changedIdentity = identityChanged(draft, saved);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = draftErrors(draft, changedIdentity);
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(draft);
  };

  return (
    <form className="profile-form" onSubmit={submit} noValidate aria-label={t('connect.form.title')}>
      <div className="field-row">
        <Field id={`${base}-name`} label={t('connect.form.name')}>
          <input
            id={`${base}-name`}
            name="name"
            value={draft.name}
            placeholder={t('connect.form.namePlaceholder')}
            onChange={(e) => set({ name: e.target.value })}
          />
        </Field>
      </div>
      <div className="field-row">
        <Field id={`${base}-host`} label={t('connect.form.host')} error={error('host')} hint={t('connect.form.hostHint')}>
          <input
            id={`${base}-host`}
            name="host"
            value={draft.host}
            placeholder="192.168.1.10"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={!!errors.host}
            aria-describedby={describedBy('host')}
            onChange={(e) => set({ host: e.target.value })}
          />
        </Field>
        <Field id={`${base}-port`} label={t('connect.form.port')} error={error('port')}>
          <input
            id={`${base}-port`}
            name="port"
            className="port"
            inputMode="numeric"
            value={draft.port}
            aria-invalid={!!errors.port}
            aria-describedby={describedBy('port')}
            onChange={(e) => set({ port: e.target.value })}
          />
        </Field>
      </div>
      <fieldset className="auth-choice">
        <legend>{t('connect.form.auth')}</legend>
        <label className="choice">
          <input type="radio" name="auth" value="token" checked={draft.authKind === 'token'} onChange={() => set({ authKind: 'token' })} />
          <span>{t('connect.form.authToken')}</span>
        </label>
        <label className="choice">
          <input type="radio" name="auth" value="password" checked={draft.authKind === 'password'} onChange={() => set({ authKind: 'password' })} />
          <span>{t('connect.form.authPassword')}</span>
        </label>
      </fieldset>
      {draft.authKind === 'token' ? (
        <div className="field-row">
          <Field id={`${base}-tokenId`} label={t('connect.form.tokenId')} error={error('tokenId')} hint={t('connect.form.tokenIdHint')}>
            <input
              id={`${base}-tokenId`}
              name="tokenId"
              value={draft.tokenId}
              placeholder="labrunner@pve!experiment"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={!!errors.tokenId}
              aria-describedby={describedBy('tokenId')}
              onChange={(e) => set({ tokenId: e.target.value })}
            />
          </Field>
          <Field id={`${base}-secret`} label={t('connect.form.tokenSecret')} error={error('secret')}>
            <input
              id={`${base}-secret`}
              name="secret"
              type="password"
              autoComplete="off"
              value={draft.secret}
              placeholder={draft.hasSecret && !changedIdentity ? t('connect.form.secretKept') : ''}
              aria-invalid={!!errors.secret}
              aria-describedby={describedBy('secret')}
              onChange={(e) => set({ secret: e.target.value })}
            />
          </Field>
        </div>
      ) : (
        <div className="field-row">
          <Field id={`${base}-username`} label={t('connect.form.username')} error={error('username')}>
            <input
              id={`${base}-username`}
              name="username"
              value={draft.username}
              autoComplete="username"
              spellCheck={false}
              aria-invalid={!!errors.username}
              aria-describedby={describedBy('username')}
              onChange={(e) => set({ username: e.target.value })}
            />
          </Field>
          <Field id={`${base}-realm`} label={t('connect.form.realm')} error={error('realm')} hint={t('connect.form.realmHint')}>
            <input
              id={`${base}-realm`}
              name="realm"
              className="realm"
              value={draft.realm}
              list={`${base}-realms`}
              spellCheck={false}
              aria-invalid={!!errors.realm}
              aria-describedby={describedBy('realm')}
              onChange={(e) => set({ realm: e.target.value })}
            />
            <datalist id={`${base}-realms`}>
              <option value="pam" />
              <option value="pve" />
            </datalist>
          </Field>
          <Field id={`${base}-secret`} label={t('connect.form.password')} error={error('secret')}>
            <input
              id={`${base}-secret`}
              name="secret"
              type="password"
              autoComplete="current-password"
              value={draft.secret}
              placeholder={draft.hasSecret && !changedIdentity ? t('connect.form.secretKept') : ''}
              aria-invalid={!!errors.secret}
              aria-describedby={describedBy('secret')}
              onChange={(e) => set({ secret: e.target.value })}
            />
          </Field>
        </div>
      )}
      <p className="hint">{draft.authKind === 'token' ? t('connect.form.tokenAdvice') : t('connect.form.passwordAdvice')}</p>
      <p className="hint secret-note">{t('connect.form.secretNote')}</p>
      <div className="form-actions">
        <ActionButton type="submit" className="primary" blocked={busy ? { why: t('blocked.busy') } : null}>
          {saved ? t('connect.form.saveChanges') : t('connect.form.save')}
        </ActionButton>
      </div>
    </form>
  );
}
