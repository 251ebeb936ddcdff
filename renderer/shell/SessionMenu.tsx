import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SessionAction {
  label: string;
  run(): void;
}

/**
 * The session's file actions behind one "Session" button, so they fit the app header beside
 * the session's name. A disclosure (details/summary): Enter or Space opens it, Tab walks the
 * actions, Escape closes it and returns to the button, leaving it closes it.
 */
export function SessionMenu({ actions, disabled }: { actions: SessionAction[]; disabled: boolean }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && menu.current?.open) {
      e.stopPropagation();
      close();
    }
  };
  // Tabbing or clicking away closes it, as a menu would.
  const onBlur = (e: FocusEvent) => {
    if (menu.current && !menu.current.contains(e.relatedTarget as Node | null)) menu.current.open = false;
  };
  return (
    <details className="session-menu" ref={menu} onKeyDown={onKeyDown} onBlur={onBlur}>
      <summary>{t('report.page.sessionMenu')}</summary>
      <div className="session-menu-items">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            disabled={disabled}
            onClick={() => {
              close();
              action.run();
            }}
          >
            {action.label}
          </button>
        ))}
      </div>
    </details>
  );
}
