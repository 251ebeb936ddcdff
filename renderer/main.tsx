import { createRoot } from 'react-dom/client';
import { App } from './App';
import { proxlab } from './api';
import { languageForSystem } from '../core/format/locale';
import { startI18n } from './i18n';
import { listenForOpenFiles } from './shell/open-files';
import { isReportRoute, ReportRoute, reportRouteLanguage } from './report/ReportRoute';
import { PageErrorBoundary } from './shell/PageErrorBoundary';
import { ClassSummaryRoute, isClassSummaryRoute } from './pages/Class/ClassSummaryRoute';
import { listenForRendererErrors } from './shell/renderer-errors';
import './styles/app.css';

async function start(): Promise<void> {
  listenForRendererErrors();
  const report = isReportRoute(window.location);
  const classSummary = isClassSummaryRoute(window.location);
  if (!report && !classSummary) listenForOpenFiles();
  const root = createRoot(document.getElementById('root')!);
  const [appInfo, settings] = await Promise.all([proxlab().invoke('app.info', undefined), proxlab().invoke('settings.get', undefined)]);
  const language = settings.languageChosen ? settings.language : languageForSystem(appInfo.systemLanguage);
  if (report || classSummary) {
    const printLanguage = reportRouteLanguage(window.location, language);
    await startI18n(printLanguage);
    root.render(report ? <ReportRoute language={printLanguage} /> : <ClassSummaryRoute language={printLanguage} />);
    return;
  }
  await startI18n(language);
  root.render(
    <PageErrorBoundary page={null} onReload={() => window.location.reload()}>
      <App appInfo={appInfo} />
    </PageErrorBoundary>,
  );
}

start().catch((error: unknown) => {
  // Before i18next runs there is no catalogue to speak from: say it plainly in both languages.
  const message = error instanceof Error ? error.message : String(error);
  const box = document.createElement('pre');
  box.className = 'fatal';
  box.textContent = `ProxLab tidak dapat dimulai / could not start:\n${message}`;
  document.body.replaceChildren(box);
});
