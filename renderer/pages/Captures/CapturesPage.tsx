import { useTranslation } from 'react-i18next';
import type { CaptureJobs } from './useCaptureJobs';
import { JobCard } from './JobCard';
import { ComparisonView } from './ComparisonView';
import { useThresholdSets } from './useThresholdSets';

/** Suggested service names: the paper's three web services. */
const SERVICE_SUGGESTIONS = ['WordPress', 'Moodle', 'MediaWiki'];

interface Props {
  captures: CaptureJobs;
  onOpen(): void;
}

export function CapturesPage({ captures, onOpen }: Props) {
  const { t } = useTranslation();
  const { jobs, cancel, remove, analyseQos, nameService, manual, addManual, removeManual } = captures;
  const { sets } = useThresholdSets();
  return (
    <div className="page captures-page">
      <div className="page-head">
        <div>
          <h1>{t('captures.title')}</h1>
          <p className="lead">{t('captures.intro')}</p>
        </div>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={onOpen} aria-keyshortcuts="Control+O">
          {t('captures.open')}
          <kbd>{t('captures.shortcut')}</kbd>
        </button>
        <span className="hint">{t('captures.dropHint')}</span>
        {jobs.some((job) => job.status === 'running') && <span className="hint">· {t('captures.escapeHint')}</span>}
      </div>
      {jobs.length === 0 ? (
        <div className="empty">
          <h2>{t('captures.emptyTitle')}</h2>
          <p>{t('captures.emptyBody')}</p>
        </div>
      ) : (
        <div className="jobs" aria-label={t('captures.jobsLabel')} role="region">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} sets={sets} onCancel={cancel} onRemove={remove} onAnalyseQos={analyseQos} onNameService={nameService} />
          ))}
        </div>
      )}
      <datalist id="service-suggestions">
        {SERVICE_SUGGESTIONS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ComparisonView jobs={jobs} manual={manual} sets={sets} onAddManual={addManual} onRemoveManual={removeManual} />
    </div>
  );
}
