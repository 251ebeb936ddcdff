import { createContext } from 'react';
import type { ReportFigure } from '../../core/report/figures-schema';

declare global {
  interface Window {
    /** Set on the report route once it is drawn: every chart as an image, for Save as HTML. */
    __proxlabReportFigures?: () => ReportFigure[];
  }
}

/**
 * Every chart the report drew (each stands in an element marked data-figure), as PNG data: URLs
 * at the resolution it was drawn for print, with its words and its size on the page.
 */
export function collectReportFigures(root: ParentNode): ReportFigure[] {
  const figures: ReportFigure[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-figure]')) {
    const canvas = element.querySelector('canvas');
    if (!canvas) continue;
    const caption = element.querySelector('figcaption:not(.sr-only)')?.textContent?.trim() || null;
    figures.push({
      figure: element.dataset.figure!,
      src: canvas.toDataURL('image/png'),
      alt: canvas.getAttribute('aria-label') ?? '',
      caption,
      width: canvas.clientWidth || canvas.width,
      height: canvas.clientHeight || canvas.height,
    });
  }
  return figures;
}

/** The drawn charts a report rendered without a browser shows in their place (the HTML file). */
export const ReportImagesContext = createContext<ReadonlyMap<string, ReportFigure> | null>(null);
