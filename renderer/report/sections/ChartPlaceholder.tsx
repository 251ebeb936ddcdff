import type { ReportLanguage } from '../text';

/**
 * Where a chart stands in a report rendered without a browser (the HTML file of `proxlab
 * report`): its title, what it would show in words, and how to get it drawn.
 */
export function ChartPlaceholder({ title, description, lang: { t } }: { title: string; description?: string; lang: ReportLanguage }) {
  return (
    <figure className="chart-placeholder" data-chart={title}>
      <p>{t('report.charts.placeholder', { title })}</p>
      {description && <p className="note">{description}</p>}
    </figure>
  );
}
