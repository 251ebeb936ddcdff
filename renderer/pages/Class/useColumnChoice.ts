import { useEffect, useState } from 'react';
import { proxlab } from '../../api';
import type { ColumnGroup } from './class-table';

/** As many groups as the settings' classColumnGroups holds. */
const MAX_REMEMBERED = 100;

/**
 * The column groups the lecturer showed or hid, kept in the settings so the next class (and the
 * next start) opens with the same columns.
 */
export function useColumnChoice(): [Record<string, boolean>, (groups: readonly ColumnGroup[], hidden: ReadonlySet<ColumnGroup>) => void] {
  const [chosen, setChosen] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let live = true;
    void proxlab()
      .invoke('settings.get', undefined)
      .then((settings) => live && setChosen(settings.classColumnGroups));
    return () => {
      live = false;
    };
  }, []);

  /**
   * Every group on the page is remembered as it is now, so showing one never hides another; the
   * groups of classes long gone make way for these (the settings keep at most MAX_REMEMBERED).
   */
  const choose = (groups: readonly ColumnGroup[], hidden: ReadonlySet<ColumnGroup>) => {
    const older = Object.entries(chosen).filter(([group]) => !groups.includes(group as ColumnGroup));
    const now = groups.map((group) => [group, !hidden.has(group)] as const);
    const next = Object.fromEntries([...older, ...now].slice(-MAX_REMEMBERED));
    setChosen(next);
    void proxlab()
      .invoke('settings.update', { classColumnGroups: next })
      .then((saved) => setChosen(saved.classColumnGroups));
  };

  return [chosen, choose];
}
