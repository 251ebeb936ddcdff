import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../electron/report/model';
import type { Language } from '../../electron/session/settings';
import { proxlab } from '../api';
import { ReportDocument } from './ReportDocument';
import { reportLanguage } from './language';
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
  const [model, setModel] = useState<ReportModel | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    document.body.classList.add('report-route');
    proxlab()
      .invoke('report.model', undefined)
      .then(setModel, (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);

  useEffect(() => {
    if (!model) return;
    // Wait for the bundled fonts, then one frame so layout has settled before printing.
    void document.fonts.ready.then(() => requestAnimationFrame(() => (window.__proxlabReportReady = true)));
  }, [model]);

  if (failure) return <pre className="fatal">{failure}</pre>;
  if (!model) return null;
  return <ReportDocument model={model} lang={reportLanguage(i18n, language)} />;
}
