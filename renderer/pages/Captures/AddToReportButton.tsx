import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../core/contract/api';
import { proxlab } from '../../api';
import '../Report/report-page.css';
import { ActionButton } from '../../shell/ActionButton';
import { useStatusText, type Status } from '../../i18n/failure-text';

export type AddAnalysisInput = CallInput<'session.addAnalysis'>;

/**
 * "Add to report": stores a finished QoS analysis or a manual entry, under its service name, in
 * the open session, and says inline what happened (added, replaced, or what to do first).
 */
export function AddToReportButton({ input }: { input: AddAnalysisInput }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>(null);
  const statusText = useStatusText();
  const [busy, setBusy] = useState(false);
  const service = input.service.trim();

  const add = async () => {
    if (!service) {
      setStatus({ kind: 'error', text: t('addToReport.needService') });
      return;
    }
    setBusy(true);
    try {
      const result = await proxlab().invoke('session.addAnalysis', { ...input, service });
      if (result.problem) setStatus({ kind: 'error', failure: result.problem });
      else setStatus({ kind: 'info', text: t(result.replaced ? 'addToReport.replaced' : 'addToReport.added', { service, count: result.analyses.length }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('addToReport.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="add-to-report">
      <ActionButton
        type="button"
        blocked={busy ? { why: t('blocked.busy') } : null}
        onClick={() => void add()}
        aria-label={t('addToReport.label', { service: service || '—' })}
      >
        {t('addToReport.button')}
      </ActionButton>
      <span className={`add-status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status ? statusText(status) : ''}
      </span>
    </span>
  );
}
