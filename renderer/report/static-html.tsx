import { renderToStaticMarkup } from 'react-dom/server';
import type { LabReportModel } from '../../core/report/model';
import type { Language } from '../../core/language';
import type { ReportFigure } from '../../core/report/figures-schema';
import { ReportDocument } from './ReportDocument';
import { reportI18n, reportLanguage } from './language';
import { ReportImagesContext } from './figures';
import { reportMetadata } from './metadata';

// The report as one HTML file with nothing outside it: the same components the app renders,
// rendered to static markup, with the stylesheet (fonts inlined) in the head. No script. The
// charts are the images a browser drew of them (`figures`); any it could not draw is described
// in words, and the report then says so once.

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function reportHtml(model: LabReportModel, language: Language, css: string, figures: readonly ReportFigure[] = []): string {
  const lang = reportLanguage(reportI18n(language), language);
  const images = new Map(figures.map((figure) => [figure.figure, figure]));
  const render = (chartsDescribed: boolean) =>
    renderToStaticMarkup(
      <ReportImagesContext.Provider value={images}>
        <ReportDocument model={model} lang={lang} charts="describe" chartsDescribed={chartsDescribed} />
      </ReportImagesContext.Provider>,
    );
  // Whether a chart is left undrawn shows only once the document is laid out.
  const drawnOnly = render(false);
  const body = drawnOnly.includes('class="chart-placeholder"') ? render(true) : drawnOnly;
  const { title, author } = reportMetadata(model.identity, lang.t);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${author ? `<meta name="author" content="${escapeHtml(author)}">\n` : ''}<style>
${css}
body { margin: 0; background: #e9ecef; }
@media screen { body { padding: 16px 0; } }
@media print { body { background: #fff; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
