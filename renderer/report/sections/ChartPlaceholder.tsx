import type { ReportLanguage } from '../text';

/**
 * Where a chart stands in a report rendered without a browser (the HTML file of `proxlab
 * report` on a machine with no Chromium): what it would show in words, where that is known.
 * The report says once, near its start, why its charts are not drawn (report.charts.described).
 */
export function ChartPlaceholder({ description, lang: { t } }: { description?: string; lang: ReportLanguage }) {
  return (
    <figure className="chart-placeholder">
      <p className="note">{description ?? t('report.charts.notDrawn')}</p>
    </figure>
  );
}
