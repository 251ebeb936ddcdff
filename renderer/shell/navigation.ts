import { createContext } from 'react';

// Only pages that exist are listed; the others arrive with their issues.
export const PAGES = ['connect', 'node', 'experiment', 'captures', 'report', 'class', 'settings'] as const;
export type PageName = (typeof PAGES)[number];

/** Goes to a page: a blocked button's reason links to the page where the missing thing is made. */
export const NavigateContext = createContext<(page: PageName) => void>(() => undefined);
