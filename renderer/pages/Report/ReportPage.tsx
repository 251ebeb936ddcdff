import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabReportModel } from '../../../core/report/model';
import type { Language } from '../../../core/language';
import type { SessionOutcome } from '../../../core/contract/session';
import type { Saved } from '../../../core/contract/files';
import { proxlab } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { ReportDocument, conclusionParagraphs } from '../../report/ReportDocument';
import { reportLanguage } from '../../report/language';
import '../../report/print.css';
import './report-page.css';
import { SessionAnalyses } from './SessionAnalyses';
import { ActionButton } from '../../shell/ActionButton';
import { EnvironmentForm } from './EnvironmentForm';
import { IdentityForm } from './IdentityForm';
import type { PveTarget } from '../Connect/ConnectPage';
import { useStatusText, type Status } from '../../i18n/failure-text';

/** The report of the open session: preview, its test environment, the student's conclusion, and the ways out. */
export function ReportPage({ target }: { target: PveTarget | null }) {
  const { t, i18n } = useTranslation();
  const { language: uiLanguage } = useLanguage();
  const ids = useId();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [model, setModel] = useState<LabReportModel | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const statusText = useStatusText();
  // Bumped whenever another session is loaded, so the analyses list asks again.
  const [version, setVersion] = useState(0);
  const lang = reportLanguage(i18n, language);

  const reload = useCallback(async () => {
    const next = await proxlab().invoke('report.model', undefined);
    setModel(next);
    setVersion((v) => v + 1);
    setDraft(conclusionParagraphs(next, reportLanguage(i18n, language)).paragraphs.join('\n\n'));
  }, [i18n, language]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Edits and runs elsewhere (another page, a run in progress) show in the preview; the drafts
  // being typed here are left alone.
  useEffect(
    () =>
      proxlab().on('session.changed', () => {
        void proxlab()
          .invoke('report.model', undefined)
          .then((next) => {
            setModel(next);
            setVersion((v) => v + 1);
          });
      }),
    [],
  );

  const run = async (work: () => Promise<Saved | SessionOutcome | void>) => {
    setBusy(true);
    setStatus({ kind: 'info', text: t('report.page.working') });
    try {
      const result = await work();
      if (result?.problem) setStatus({ kind: 'error', failure: result.problem });
      else if (result && 'path' in result && result.path) setStatus({ kind: 'info', text: t('report.page.saved', { path: result.path }) });
      else setStatus(null);
    } catch (error) {
      setStatus({ kind: 'error', text: t('report.page.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const saveConclusion = (conclusion: string | null) =>
    run(async () => {
      const outcome = await proxlab().invoke('session.update', { conclusion });
      await reload();
      return outcome;
    });

  return (
    <section className="page report-page" aria-labelledby={`${ids}-title`}>
      <div className="page-head">
        <h1 id={`${ids}-title`}>{t('report.page.title')}</h1>
        <p className="lead">{t('report.page.lead')}</p>
      </div>
      <div className="report-toolbar">
        <label>
          <span>{t('report.page.language')}</span>{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <ActionButton
          type="button"
          blocked={busy ? { why: t('blocked.busy') } : null}
          onClick={() => void run(async () => void (await proxlab().invoke('report.print', { language })))}
        >
          {t('report.page.print')}
        </ActionButton>
        <ActionButton
          type="button"
          className="primary"
          blocked={busy ? { why: t('blocked.busy') } : null}
          onClick={() => void run(() => proxlab().invoke('report.savePdf', { language }))}
        >
          {t('report.page.savePdf')}
        </ActionButton>
        <ActionButton
          type="button"
          blocked={busy ? { why: t('blocked.busy') } : null}
          onClick={() => void run(() => proxlab().invoke('report.saveHtml', { language }))}
        >
          {t('report.page.saveHtml')}
        </ActionButton>
      </div>
      {status && (
        <p className={`message ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {statusText(status)}
        </p>
      )}
      {model && <IdentityForm identity={model.identity} />}
      <SessionAnalyses version={version} onChanged={() => void reload()} />
      {model && (
        <EnvironmentForm
          lab={model.environment}
          target={target}
          plannedGuests={Object.keys(model.scenario1?.run.guestNames ?? {}).map(Number)}
          onSaved={() => void reload()}
        />
      )}
      <form
        className="conclusion-editor"
        onSubmit={(e) => {
          e.preventDefault();
          void saveConclusion(draft);
        }}
      >
        <label htmlFor={`${ids}-conclusion`}>{t('report.page.conclusionLabel')}</label>
        <textarea id={`${ids}-conclusion`} value={draft} rows={6} onChange={(e) => setDraft(e.target.value)} />
        <div>
          <ActionButton type="submit" blocked={busy ? { why: t('blocked.busy') } : null}>
            {t('report.page.saveConclusion')}
          </ActionButton>{' '}
          <ActionButton
            type="button"
            blocked={busy ? { why: t('blocked.busy') } : model?.conclusion === null ? { why: t('blocked.generatedAlready') } : null}
            onClick={() => void saveConclusion(null)}
          >
            {t('report.page.resetConclusion')}
          </ActionButton>
        </div>
      </form>
      <div className="report-preview">{model ? <ReportDocument model={model} lang={lang} /> : <p>{t('report.page.loading')}</p>}</div>
    </section>
  );
}
