import { useEffect } from 'react';

/**
 * Puts the report's @page rule (page numbers in the reader's language) into the document as a
 * constructed stylesheet: the app's CSP (style-src 'self') refuses <style> elements, and
 * CSSOM is what it allows. The HTML file made in Node carries the rule in its own <style>.
 */
export function usePageRule(css: string | null): void {
  useEffect(() => {
    if (css === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
