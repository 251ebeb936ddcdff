import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../core/contract/session';
import { SessionMenu } from './SessionMenu';
import './session-bar.css';
import type { SessionControls } from './useSession';
import { useStatusText } from '../i18n/failure-text';

/** "lab-b" for ".../lab-b.proxlab" on any system. */
const fileName = (path: string) => (path.split(/[\\/]/).at(-1) ?? path).replace(/\.proxlab$/i, '');

function sessionName(state: SessionState, t: (key: string) => string): string {
  if (state.demo) return t('session.demoName');
  return state.path ? fileName(state.path) : t('session.untitled');
}

/** The open session in the header: its name, whether it has unsaved changes, and its file actions. */
export function SessionBar({ session }: { session: SessionControls }) {
  const { t } = useTranslation();
  const { state } = session;
  if (!state) return null;
  return (
    <div className="session-bar" role="group" aria-label={t('session.label')}>
      <span className="session-name" title={state.path ?? undefined}>
        <span className="session-label">{t('session.label')}:</span> {sessionName(state, t)}
      </span>
      {state.dirty && (
        <span className="session-dirty" title={t('session.unsavedLabel')}>
          <span aria-hidden="true">● </span>
          {t('session.unsaved')}
        </span>
      )}
      <SessionMenu
        disabled={false}
        actions={[
          { label: t('session.new'), run: () => void session.newSession() },
          { label: t('session.open'), run: () => void session.open() },
          { label: t('session.save'), run: () => void session.save() },
          { label: t('session.saveAs'), run: () => void session.saveAs() },
        ]}
      />
    </div>
  );
}

/** What the page says about the session above every page: the demo, how it was left, the last save. */
export function SessionNotices({ session }: { session: SessionControls }) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const { state, status } = session;
  return (
    <>
      {state?.demo && (
        <p className="message warning demo-banner" role="note">
          {t('session.demoBanner')}
        </p>
      )}
      {state?.leftDemo && (
        <p className="message warning left-demo" role="status">
          {t(`session.leftDemo.${state.leftDemo}`)}
        </p>
      )}
      {status && (
        <p className={`message ${status.kind} session-status`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {statusText(status)}
        </p>
      )}
    </>
  );
}
