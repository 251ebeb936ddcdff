import { useTranslation } from 'react-i18next';
import type { ProxmoxFailure } from '../../../core/contract/proxmox';

/** A Proxmox failure in the reader's language, from its catalogue key (shared with the CLI). */
export function FailureMessage({ failure, title, children }: { failure: ProxmoxFailure; title?: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const kind = failure.kind === 'empty-without-acl' ? 'warning' : 'error';
  return (
    <div className={`message ${kind}`} role="alert" data-kind={failure.kind}>
      <strong>{title ?? t('pve.failed')}</strong>
      <p>{t(failure.messageKey, failure.params)}</p>
      {children}
    </div>
  );
}
