import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportModel } from '../../electron/report/model';
import type { Language } from '../../electron/session/settings';
import { ReportDocument } from './ReportDocument';
import { reportI18n, reportLanguage } from './language';
import { reportMetadata } from './metadata';

// The report as one HTML file with nothing outside it: the same components the app renders,
// rendered to static markup, with the stylesheet (fonts inlined) in the head. No script.

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function reportHtml(model: ReportModel, language: Language, css: string): string {
  const lang = reportLanguage(reportI18n(language), language);
  const body = renderToStaticMarkup(<ReportDocument model={model} lang={lang} charts="describe" />);
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
