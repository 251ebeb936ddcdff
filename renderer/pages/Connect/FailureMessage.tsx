import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../core/contract/failure';
import { useFailureText } from '../../i18n/failure-text';

/** A failure in the reader's language, from its catalogue key (shared with the CLI). */
export function FailureMessage({ failure, title, children }: { failure: Failure; title?: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const text = useFailureText();
  const kind = failure.kind === 'empty-without-acl' ? 'warning' : 'error';
  return (
    <div className={`message ${kind}`} role="alert" data-kind={failure.kind}>
      <strong>{title ?? t('pve.failed')}</strong>
      <p>{text(failure)}</p>
      {children}
    </div>
  );
}
