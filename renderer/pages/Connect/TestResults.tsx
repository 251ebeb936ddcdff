import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionReportView } from '../../../core/contract/proxmox';
import { FailureMessage } from './FailureMessage';
import { ActionButton } from '../../shell/ActionButton';

interface Props {
  report: ConnectionReportView;
  busy: boolean;
  onTotp(code: string): void;
  onCheckCertificate(): void;
}

/** Each check of "Test connection" with what worked, what failed and what to do next. */
export function TestResults({ report, busy, onTotp, onCheckCertificate }: Props) {
  const { t } = useTranslation();
  const totpId = useId();
  const [code, setCode] = useState('');
  const failed = report.steps.filter((s) => !s.ok);
  // A refused certificate or a lost node fails every later step the same way: say it once.
  const distinct = failed.filter((s, i) => failed.findIndex((o) => JSON.stringify(o.error) === JSON.stringify(s.error)) === i);
  const needsCode = failed.some((s) => s.error?.kind === 'tfa-required');
  const changedCertificate = failed.some((s) => s.error?.kind === 'tls-mismatch');

  return (
    <section className="test-results" aria-labelledby={`${totpId}-title`}>
      <h3 id={`${totpId}-title`}>{failed.length === 0 ? t('connect.test.allGood') : t('connect.test.someFailed')}</h3>
      <ul className="checks">
        {report.steps.map((step) => (
          <li key={step.step} className={step.ok ? 'ok' : 'failed'} data-step={step.step}>
            <span className="check-mark" aria-hidden="true">
              {step.ok ? '✓' : '✗'}
            </span>
            <span className="check-name">{t(`connect.test.steps.${step.step}`)}</span>
            <span className="check-state">{step.ok ? t('connect.test.ok') : t('connect.test.failed')}</span>
            {step.step === 'version' && step.ok && report.version && (
              <span className="check-detail">{t('connect.test.version', { version: report.version.version })}</span>
            )}
            {step.step === 'nodes' && step.ok && report.node && (
              <span className="check-detail">
                {t(report.nodes.length > 1 ? 'connect.test.nodeInCluster' : 'connect.test.nodeAlone', { node: report.node, count: report.nodes.length })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {distinct.map(
        (step) =>
          step.error &&
          step.error.kind !== 'tfa-required' && (
            <FailureMessage key={step.step} failure={step.error} title={t(`connect.test.steps.${step.step}`)}>
              {step.error.kind === 'tls-mismatch' && changedCertificate && (
                <button type="button" onClick={onCheckCertificate}>
                  {t('connect.trust.checkNew')}
                </button>
              )}
            </FailureMessage>
          ),
      )}
      {needsCode && (
        <form
          className="totp"
          onSubmit={(event) => {
            event.preventDefault();
            if (code.trim()) onTotp(code.trim());
          }}
        >
          <label htmlFor={totpId}>{t('connect.test.totpLabel')}</label>
          <p className="hint">{t('connect.test.totpHelp')}</p>
          <div className="inline">
            <input id={totpId} name="totp" inputMode="numeric" autoComplete="one-time-code" value={code} autoFocus onChange={(e) => setCode(e.target.value)} />
            <ActionButton type="submit" className="primary" blocked={busy ? { why: t('blocked.busy') } : !code.trim() ? { why: t('blocked.noCode') } : null}>
              {t('connect.test.totpSend')}
            </ActionButton>
          </div>
        </form>
      )}
    </section>
  );
}
