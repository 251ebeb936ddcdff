import type { Failure } from '../../../core/contract/failure';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import type { ConnectionReportView, ProfileView } from '../../../core/contract/proxmox';
import { proxlab } from '../../api';
import { CertificateDialog } from './CertificateDialog';
import { FailureMessage } from './FailureMessage';
import { valueOr } from './outcome';
import { PrivilegeHelp } from './PrivilegeHelp';
import { ProfileForm } from './ProfileForm';
import { draftOf, emptyDraft, saveInput, type ProfileDraft } from './profile-form-model';
import { TestResults } from './TestResults';
import '../../styles/proxmox.css';
import { ActionButton } from '../../shell/ActionButton';

export interface PveTarget {
  profileId: string;
  profileName: string;
  node: string;
}

type Offer = Extract<CallOutput<'proxmox.certificate.offer'>, { ok: true }>['value'];

export function ConnectPage({ onConnected }: { onConnected(target: PveTarget): void }) {
  const { t } = useTranslation();
  const [profiles, setProfiles] = useState<ProfileView[]>([]);
  const [selected, setSelected] = useState<ProfileView | null>(null);
  const [draft, setDraft] = useState<ProfileDraft>(emptyDraft);
  const [busy, setBusy] = useState<'save' | 'offer' | 'pin' | 'ca' | 'test' | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const [report, setReport] = useState<ConnectionReportView | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const select = useCallback((profile: ProfileView | null) => {
    setSelected(profile);
    setDraft(profile ? draftOf(profile) : emptyDraft());
    setFailure(null);
    setReport(null);
    setConfirmDelete(false);
  }, []);

  const refresh = useCallback(async (keep?: ProfileView) => {
    const list = await proxlab().invoke('proxmox.profiles.list', undefined);
    setProfiles(list);
    return keep ? (list.find((p) => p.id === keep.id) ?? keep) : list[0];
  }, []);

  useEffect(() => {
    void refresh().then((first) => select(first ?? null));
  }, [refresh, select]);

  const run = async <T,>(kind: NonNullable<typeof busy>, call: () => Promise<{ ok: true; value: T } | { ok: false; error: Failure }>): Promise<T | null> => {
    setBusy(kind);
    setFailure(null);
    try {
      return valueOr(await call(), setFailure);
    } finally {
      setBusy(null);
    }
  };

  const test = async (profile: ProfileView, totp?: string) => {
    const answer = await run('test', () => proxlab().invoke('proxmox.test', { profileId: profile.id, totp }));
    if (!answer) return;
    setReport(answer);
    const updated = await refresh(profile);
    setSelected(updated);
  };

  const checkCertificate = async (profile: ProfileView) => {
    setReport(null);
    const presented = await run('offer', () => proxlab().invoke('proxmox.certificate.offer', { profileId: profile.id }));
    if (presented) setOffer(presented);
  };

  const save = async (next: ProfileDraft) => {
    const saved = await run('save', () => proxlab().invoke('proxmox.profiles.save', saveInput(next)));
    if (!saved) return;
    await refresh(saved);
    select(saved);
    if (!saved.trust) await checkCertificate(saved);
  };

  const trust = async (fingerprint: string) => {
    if (!selected) return;
    const pinned = await run('pin', () => proxlab().invoke('proxmox.certificate.pin', { profileId: selected.id, fingerprint }));
    setOffer(null);
    if (!pinned) return;
    setSelected(await refresh(pinned));
    await test(pinned);
  };

  const chooseCa = async () => {
    if (!selected) return;
    const trusted = await run('ca', () => proxlab().invoke('proxmox.certificate.chooseCa', { profileId: selected.id }));
    if (!trusted) return;
    setSelected(await refresh(trusted));
    await test(trusted);
  };

  const remove = async () => {
    if (!selected) return;
    await proxlab().invoke('proxmox.profiles.delete', { profileId: selected.id });
    select((await refresh()) ?? null);
  };

  const connected = report && report.steps.every((s) => s.ok) && report.node;

  return (
    <div className="page connect-page">
      <div className="page-head">
        <h1>{t('connect.title')}</h1>
        <p className="lead">{t('connect.intro')}</p>
      </div>
      <div className="connect-layout">
        <nav className="profile-list" aria-label={t('connect.profiles')}>
          <h2>{t('connect.profiles')}</h2>
          <ul>
            {profiles.map((p) => (
              <li key={p.id}>
                <button type="button" aria-current={selected?.id === p.id ? 'true' : undefined} onClick={() => select(p)}>
                  <span className="profile-name">{p.name}</span>
                  <span className="profile-host">
                    {p.host}:{p.port}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => select(null)} aria-current={selected === null ? 'true' : undefined}>
            + {t('connect.newProfile')}
          </button>
        </nav>
        <div className="profile-detail">
          <section className="panel">
            <h2>{selected ? selected.name : t('connect.newProfile')}</h2>
            <ProfileForm draft={draft} saved={selected} busy={busy !== null} onChange={setDraft} onSave={(d) => void save(d)} />
          </section>
          {failure && <FailureMessage failure={failure} />}
          {selected && (
            <section className="panel trust-panel" aria-labelledby="trust-title">
              <h2 id="trust-title">{t('connect.trust.title')}</h2>
              {selected.trust === null && <p className="message warning">{t('connect.trust.none')}</p>}
              {selected.trust?.kind === 'pin' && (
                <p>
                  {t('connect.trust.pinned')}{' '}
                  <code className="fingerprint" data-testid="trusted-fingerprint">
                    {selected.trust.fingerprint}
                  </code>
                </p>
              )}
              {selected.trust?.kind === 'ca' && (
                <p>
                  {t('connect.trust.ca')} <code>{selected.trust.subject}</code>
                </p>
              )}
              <div className="toolbar">
                <ActionButton type="button" blocked={busy !== null ? { why: t('blocked.busy') } : null} onClick={() => void checkCertificate(selected)}>
                  {t('connect.trust.check')}
                </ActionButton>
                <ActionButton type="button" blocked={busy !== null ? { why: t('blocked.busy') } : null} onClick={() => void chooseCa()}>
                  {t('connect.trust.chooseCa')}
                </ActionButton>
                <span className="hint">{t('connect.trust.caHint')}</span>
              </div>
            </section>
          )}
          {selected && (
            <section className="panel test-panel" aria-labelledby="test-title">
              <h2 id="test-title">{t('connect.test.title')}</h2>
              <div className="toolbar">
                <ActionButton
                  type="button"
                  className="primary"
                  blocked={busy !== null ? { why: t('blocked.busy') } : !selected.trust ? { why: t('blocked.untrusted') } : null}
                  onClick={() => void test(selected)}
                >
                  {busy === 'test' ? t('connect.test.running') : t('connect.test.run')}
                </ActionButton>
                {connected && (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => onConnected({ profileId: selected.id, profileName: selected.name, node: report.node! })}
                  >
                    {t('connect.openNode', { node: report.node })}
                  </button>
                )}
                {!selected.trust && <span className="hint">{t('connect.test.needsTrust')}</span>}
              </div>
              {report && (
                <TestResults
                  report={report}
                  busy={busy !== null}
                  onTotp={(code) => void test(selected, code)}
                  onCheckCertificate={() => void checkCertificate(selected)}
                />
              )}
            </section>
          )}
          {selected && (
            <div className="danger-zone">
              {confirmDelete ? (
                <>
                  <span>{t('connect.delete.confirm', { name: selected.name })}</span>
                  <button type="button" onClick={() => void remove()}>
                    {t('connect.delete.yes')}
                  </button>
                  <button type="button" className="quiet" onClick={() => setConfirmDelete(false)}>
                    {t('connect.delete.no')}
                  </button>
                </>
              ) : (
                <button type="button" className="quiet" onClick={() => setConfirmDelete(true)}>
                  {t('connect.delete.button')}
                </button>
              )}
            </div>
          )}
          <PrivilegeHelp />
        </div>
      </div>
      {offer && selected && (
        <CertificateDialog
          host={`${selected.host}:${selected.port}`}
          offer={offer}
          busy={busy === 'pin'}
          onTrust={(fp) => void trust(fp)}
          onClose={() => setOffer(null)}
        />
      )}
    </div>
  );
}
