import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/useLanguage';
import { ActionButton } from '../../shell/ActionButton';

type Offer = Extract<CallOutput<'proxmox.certificate.offer'>, { ok: true }>['value'];

interface Props {
  host: string;
  offer: Offer;
  busy: boolean;
  onTrust(fingerprint: string): void;
  onClose(): void;
}

/**
 * First contact (or a changed certificate): what the node presents, where PVE shows the same
 * fingerprint, and an explicit choice. A native modal dialog keeps focus inside and closes on Esc.
 */
export function CertificateDialog({ host, offer, busy, onTrust, onClose }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const changed = offer.pinned !== null && offer.pinned !== offer.fingerprint256;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="certificate-dialog" aria-labelledby="certificate-title" onCancel={onClose}>
      <h2 id="certificate-title">{changed ? t('connect.cert.changedTitle') : t('connect.cert.title')}</h2>
      <p className="hint">{t('connect.cert.intro', { host })}</p>
      {changed && (
        <div className="message error" role="alert">
          <strong>{t('connect.cert.changed')}</strong>
          <dl className="fingerprints">
            <dt>{t('connect.cert.pinned')}</dt>
            <dd className="fingerprint" data-testid="pinned-fingerprint">
              {offer.pinned}
            </dd>
            <dt>{t('connect.cert.presented')}</dt>
            <dd className="fingerprint">{offer.fingerprint256}</dd>
          </dl>
          <p>{t('connect.cert.changedHelp')}</p>
        </div>
      )}
      <table className="key-values">
        <tbody>
          <tr>
            <th scope="row">{t('connect.cert.fingerprint')}</th>
            <td className="fingerprint" data-testid="fingerprint">
              {offer.fingerprint256}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('connect.cert.subject')}</th>
            <td className="code">{offer.subject}</td>
          </tr>
          <tr>
            <th scope="row">{t('connect.cert.issuer')}</th>
            <td className="code">{offer.issuer}</td>
          </tr>
          <tr>
            <th scope="row">{t('connect.cert.validity')}</th>
            <td>
              {t('connect.cert.validRange', { from: formatDateTime(new Date(offer.validFrom), locale), to: formatDateTime(new Date(offer.validTo), locale) })}
            </td>
          </tr>
          {offer.subjectAltName && (
            <tr>
              <th scope="row">{t('connect.cert.names')}</th>
              <td className="code">{offer.subjectAltName}</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="message info">
        <strong>{t('connect.cert.whereTitle')}</strong>
        <p>{t('proxmox.certificate.whereToCheck', { fingerprint: offer.fingerprint256 })}</p>
      </div>
      <div className="dialog-actions">
        {/* A changed certificate is the suspicious case: there, leaving is the default. */}
        <ActionButton
          type="button"
          className={changed ? undefined : 'primary'}
          blocked={busy ? { why: t('blocked.busy') } : null}
          onClick={() => onTrust(offer.fingerprint256)}
        >
          {changed ? t('connect.cert.trustNew') : t('connect.cert.trust')}
        </ActionButton>
        <button type="button" className={changed ? 'primary' : undefined} autoFocus={changed} onClick={onClose}>
          {t('connect.cert.cancel')}
        </button>
      </div>
    </dialog>
  );
}
