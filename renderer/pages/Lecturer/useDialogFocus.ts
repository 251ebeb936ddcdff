import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal that covers the app: the rest of the page is inert while it is open (Tab and screen
 * readers stay inside), Tab and Shift+Tab go round its own controls, `first` has focus on
 * opening, and focus goes back to whatever opened it on closing.
 */
export function useDialogFocus(dialog: RefObject<HTMLElement | null>, first: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = dialog.current;
    if (!root) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const others = Array.from(root.parentElement?.children ?? []).filter((el): el is HTMLElement => el !== root && el instanceof HTMLElement && !el.inert);
    for (const el of others) el.inert = true;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null || el === document.activeElement);
      if (items.length === 0) return;
      const index = items.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : index === items.length - 1 ? 0 : index + 1;
      e.preventDefault();
      items[next].focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      for (const el of others) el.inert = false;
      opener?.focus();
    };
  }, [dialog, first]);
}
