import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabReportModel } from '../../core/report/model';
import type { Language } from '../../core/language';
import { proxlab } from '../api';
import { ReportDocument } from './ReportDocument';
import { reportLanguage } from './language';
import { reportMetadata } from './metadata';
import { ChartReadinessContext, chartReadiness } from '../charts/readiness';
import { collectReportFigures } from './figures';
import './print.css';

declare global {
  interface Window {
    /** Set once the report is drawn (fonts loaded, charts painted): the print window waits for it. */
    __proxlabReportReady?: boolean;
  }
}

/** "#/report" or "?report": the printable document alone, as the print window and page.pdf load it. */
export function isReportRoute(location: Location): boolean {
  return location.hash.startsWith('#/report') || new URLSearchParams(location.search).has('report');
}

export function reportRouteLanguage(location: Location, fallback: Language): Language {
  const wanted = new URLSearchParams(location.search).get('lang');
  return wanted === 'id' || wanted === 'en' ? wanted : fallback;
}

export function ReportRoute({ language }: { language: Language }) {
  const { i18n } = useTranslation();
  const [model, setModel] = useState<LabReportModel | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const readiness = useMemo(chartReadiness, []);

  useEffect(() => {
    document.body.classList.add('report-route');
    proxlab()
      .invoke('report.model', undefined)
      .then(setModel, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);

  const lang = reportLanguage(i18n, language);
  const { title, author } = model ? reportMetadata(model.identity, lang.t) : { title: null, author: '' };
  // The printed PDF takes its Title from the document's; the author is said the way HTML says it.
  useEffect(() => {
    if (title === null) return;
    document.title = title;
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="author"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'author';
      document.head.append(meta);
    }
    meta.content = author;
  }, [title, author]);

  useEffect(() => {
    if (!model) return;
    // The charts have said they are expected by now (children's effects run first): wait for
    // each to paint and for the bundled fonts, then one frame so layout has settled.
    void Promise.all([document.fonts.ready, readiness.settled()]).then(() =>
      requestAnimationFrame(() => {
        window.__proxlabReportFigures = () => collectReportFigures(document);
        window.__proxlabReportReady = true;
      }),
    );
  }, [model, readiness]);

  if (failure) return <pre className="fatal">{failure}</pre>;
  if (!model) return null;
  return (
    <ChartReadinessContext.Provider value={readiness}>
      <ReportDocument model={model} lang={lang} />
    </ChartReadinessContext.Provider>
  );
}
