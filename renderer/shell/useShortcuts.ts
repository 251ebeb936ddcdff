import { useEffect, useRef } from 'react';

export interface Shortcuts {
  /** Ctrl+O (⌘O on a Mac): open capture files. */
  open(): void;
  /** Escape: stop the analysis the focus is in, or every running one. */
  cancel(jobId: string | null): void;
}

export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        latest.current.open();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-job-id]') : null;
        latest.current.cancel(focused?.dataset.jobId ?? null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
