import { Component, useContext, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigateContext, PAGES, type PageName } from './navigation';
import { reportRendererError } from './renderer-errors';

// A page that throws while rendering would leave the window blank: instead it says so, offers
// to load the page again, and leaves the way to every other page open. The error goes to the log.

interface Props {
  /** The page shown; null above the pages (the header, the navigation). */
  page: PageName | null;
  /** Loads the page again (a new copy of the page; above the pages, the whole window). */
  onReload(): void;
  children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    reportRendererError('boundary', error, this.props.page, info.componentStack ?? null);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <PageFailed
        page={this.props.page}
        onReload={() => {
          this.setState({ failed: false });
          this.props.onReload();
        }}
      />
    );
  }
}

function PageFailed({ page, onReload }: { page: PageName | null; onReload(): void }) {
  const { t } = useTranslation();
  const navigate = useContext(NavigateContext);
  return (
    <div className="page page-failed" role="alert">
      <h1>{t('crash.title')}</h1>
      <p>{t(page ? 'crash.body' : 'crash.bodyWindow')}</p>
      <p>
        <button type="button" onClick={onReload}>
          {t('crash.reload')}
        </button>
      </p>
      {page && (
        <nav aria-label={t('crash.otherPages')}>
          <p>{t('crash.otherPages')}</p>
          <ul className="page-failed-links">
            {PAGES.filter((other) => other !== page).map((other) => (
              <li key={other}>
                <button type="button" className="link-button" onClick={() => navigate(other)}>
                  {t(`nav.${other}`)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
