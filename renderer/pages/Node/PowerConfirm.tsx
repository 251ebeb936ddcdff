import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuestView } from '../../../core/contract/proxmox';

export type PowerAction = 'start' | 'shutdown' | 'stop';

/** One explicit confirmation before a guest's power changes (Esc or Cancel leaves it as it is). */
export function PowerConfirm({
  guest,
  action,
  node,
  onConfirm,
  onClose,
}: {
  guest: GuestView;
  action: PowerAction;
  node: string;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const kind = t(guest.type === 'qemu' ? 'nodePage.guests.vm' : 'nodePage.guests.ct');
  return (
    <dialog ref={dialog} className="power-dialog" aria-labelledby="power-title" onCancel={onClose}>
      <h2 id="power-title">{t(`nodePage.power.${action}.title`, { kind, vmid: guest.vmid, name: guest.name, node })}</h2>
      <p>{t(`nodePage.power.${action}.body`)}</p>
      <div className="dialog-actions">
        <button type="button" className={action === 'stop' ? 'danger' : 'primary'} onClick={onConfirm}>
          {t(`nodePage.power.${action}.confirm`)}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('nodePage.power.cancel')}
        </button>
      </div>
    </dialog>
  );
}
