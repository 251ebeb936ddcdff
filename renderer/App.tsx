import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../core/contract/api';
import { proxlab } from './api';
import { CapturesPage } from './pages/Captures/CapturesPage';
import { ExperimentPage } from './pages/Experiment/ExperimentPage';
import { ConnectPage, type PveTarget } from './pages/Connect/ConnectPage';
import { NodePage } from './pages/Node/NodePage';
import { useCaptureJobs } from './pages/Captures/useCaptureJobs';
import { SettingsPage } from './pages/Settings/SettingsPage';
import { ReportPage } from './pages/Report/ReportPage';
import { LecturerView } from './pages/Lecturer/LecturerView';
import { ClassPage } from './pages/Class/ClassPage';
import { onOpenFiles } from './shell/open-files';
import { useLanguage } from './i18n/useLanguage';
import { onPageCommand } from './shell/page-commands';
import { useFileDrop } from './shell/useFileDrop';
import { useShortcuts } from './shell/useShortcuts';
import { NavigateContext, PAGES, type PageName as Page } from './shell/navigation';
import { useSession } from './shell/useSession';
import { SessionBar, SessionNotices } from './shell/SessionBar';
import { PageErrorBoundary } from './shell/PageErrorBoundary';

export function App({ appInfo }: { appInfo: CallOutput<'app.info'> }) {
  const { t } = useTranslation();
  const [page, setPage] = useState<Page>('captures');
  const [pve, setPve] = useState<PveTarget | null>(null);
  const [lecturer, setLecturer] = useState(false);
  // Bumped by "Reload page" after a page failed: the page starts again from scratch.
  const [pageLoads, setPageLoads] = useState(0);
  const closeLecturer = useCallback(() => setLecturer(false), []);
  const session = useSession();
  const { open: openSession, save: saveSession, saveAs: saveSessionAs } = session;
  const captures = useCaptureJobs();
  const { analyze, cancel, cancelAll } = captures;

  const openCaptures = useCallback(async () => {
    setPage('captures');
    const paths = await proxlab().invoke('capture.choose', undefined);
    if (paths.length) analyze(paths);
  }, [analyze]);

  useShortcuts({
    open: () => void openCaptures(),
    cancel: (jobId) => {
      const job = jobId ? captures.jobs.find((j) => j.id === jobId && j.status === 'running') : undefined;
      if (job) cancel(job.id);
      else cancelAll();
    },
  });

  // On the Class page a dropped folder is the class to read; anywhere else drops are captures.
  const [classDrop, setClassDrop] = useState<{ path: string } | null>(null);
  const dragging = useFileDrop((files) => {
    if (page === 'class') {
      void proxlab()
        .pathForFile(files[0])
        .then((path) => setClassDrop({ path }));
      return;
    }
    setPage('captures');
    void Promise.all(files.map((file) => proxlab().pathForFile(file))).then(analyze);
  });

  useEffect(() => onPageCommand('openCapture', () => void openCaptures()), [openCaptures]);

  // Session commands from the native menu end on the Report page, where the session shows.
  const { language } = useLanguage();
  useEffect(() => {
    const then = (work: () => Promise<unknown>) => () => {
      void work().then(() => setPage('report'));
    };
    const off = [
      onPageCommand(
        'openSession',
        then(() => openSession()),
      ),
      onPageCommand('save', then(saveSession)),
      onPageCommand('saveAs', then(saveSessionAs)),
      onPageCommand('print', () => {
        setPage('report');
        void proxlab().invoke('report.print', { language });
      }),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [language, openSession, saveSession, saveSessionAs]);

  useEffect(
    () =>
      onOpenFiles((paths) => {
        // A session file opens as the session; everything else is a capture to analyse.
        const sessionFile = paths.find((p) => p.toLowerCase().endsWith('.proxlab'));
        const capturePaths = paths.filter((p) => !p.toLowerCase().endsWith('.proxlab'));
        if (sessionFile) void openSession(sessionFile).then(() => setPage('report'));
        if (capturePaths.length) {
          setPage('captures');
          analyze(capturePaths);
        }
      }),
    [analyze, openSession],
  );

  return (
    <div className="shell">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="app-subtitle">{t('app.subtitle')}</span>
        <SessionBar session={session} />
        <span className="app-version">{t('app.version', { version: appInfo.version })}</span>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {PAGES.map((name) => (
            <li key={name}>
              <button type="button" aria-current={page === name ? 'page' : undefined} onClick={() => setPage(name)}>
                {t(`nav.${name}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <NavigateContext.Provider value={setPage}>
        <main className="app-main">
          <SessionNotices session={session} />
          <PageErrorBoundary key={`${page}-${pageLoads}`} page={page} onReload={() => setPageLoads((n) => n + 1)}>
            {page === 'connect' && (
              <ConnectPage
                onConnected={(target) => {
                  setPve(target);
                  setPage('node');
                }}
              />
            )}
            {page === 'node' && (
              <NodePage
                target={pve}
                onNodeChange={(node) => setPve((t) => t && { ...t, node })}
                onConnect={() => setPage('connect')}
                onLecturer={() => setLecturer(true)}
              />
            )}
            {page === 'experiment' && <ExperimentPage />}
            {page === 'captures' && <CapturesPage captures={captures} onOpen={() => void openCaptures()} />}
            {page === 'report' && <ReportPage key={session.generation} target={pve} />}
            {page === 'class' && <ClassPage dropped={classDrop} />}
            {page === 'settings' && <SettingsPage />}
          </PageErrorBoundary>
        </main>
      </NavigateContext.Provider>
      {/* Not a page but the projector view over any page: shown at the foot of the navigation,
          reached by Tab after the page's own controls. */}
      <div className="shell-extra">
        <button type="button" className="lecturer-open" onClick={() => setLecturer(true)}>
          {t('lecturer.open')}
        </button>
      </div>
      {lecturer && <LecturerView target={pve} onClose={closeLecturer} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t(page === 'class' ? 'class.dropOverlay' : 'captures.dropOverlay')}</p>
        </div>
      )}
    </div>
  );
}
