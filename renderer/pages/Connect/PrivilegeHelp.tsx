import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import { proxlab } from '../../api';

type Setups = CallOutput<'proxmox.privileges'>;

/** Least privilege (docs/proxmox.md §Privileges): which token to make on the node, as pveum commands to copy. */
export function PrivilegeHelp() {
  const { t } = useTranslation();
  const [setups, setSetups] = useState<Setups | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    void proxlab().invoke('proxmox.privileges', undefined).then(setSetups);
  }, []);

  const copy = async (which: keyof Setups) => {
    if (!setups) return;
    await proxlab().invoke('clipboard.writeText', { text: setups[which] });
    setCopied(which);
  };

  return (
    <details className="privilege-help">
      <summary>{t('connect.privileges.title')}</summary>
      <p>{t('connect.privileges.intro')}</p>
      {setups &&
        (['observer', 'runner', 'runnerPve5'] as const).map((which) => (
          <section key={which} className="setup" data-setup={which}>
            <h4>{t(`connect.privileges.${which}.title`)}</h4>
            <p className="hint">{t(`connect.privileges.${which}.body`)}</p>
            <pre className="commands">{setups[which]}</pre>
            <button type="button" onClick={() => void copy(which)}>
              {t('connect.privileges.copy')}
            </button>
            {copied === which && (
              <span className="notice" role="status">
                {' '}
                {t('connect.privileges.copied')}
              </span>
            )}
          </section>
        ))}
      <p className="hint">{t('connect.privileges.silent')}</p>
    </details>
  );
}
