import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { proxlab } from '../../api';
import { captureMessageText } from '../../i18n/capture-messages';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInteger, formatSi } from '../../../core/format/numbers';
import { formatPercent } from '../../../core/format/percent';
import type { CaptureJob } from './jobs';
import { buildPropertiesModel } from '../../../core/capture/properties-model';
import type { Translate } from '../../../core/catalogue';
import { propertiesText } from '../../../core/capture/properties-text';
import { PropertiesView } from './PropertiesView';
import { QosPanel } from './QosPanel';
import { displayedNothing } from '../../../core/qos/displayed';
import { AddToReportButton } from './AddToReportButton';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { ActionButton } from '../../shell/ActionButton';

interface Props {
  job: CaptureJob;
  onCancel(id: string): void;
  onRemove(id: string): void;
  onAnalyseQos(id: string, filter: string, server: string | null): void;
  onNameService(id: string, service: string): void;
  sets: ThresholdSet[];
}

const COPIED_NOTICE_MS = 2500;

export function JobCard({ job, onCancel, onRemove, onAnalyseQos, onNameService, sets }: Props) {
  const { t: rawT } = useTranslation();
  const t = rawT as unknown as Translate;
  const { locale } = useLanguage();
  const [copied, setCopied] = useState(false);
  const report = job.report;
  const error = report?.error ?? null;
  const titleId = `${job.id}-title`;

  const sections = useMemo(
    // The Displayed column comes from the last QoS pass, with its filter and server.
    () => (report?.properties ? buildPropertiesModel(report.properties, job.qos?.report?.displayed ?? report.displayed, { t, locale }) : null),
    [report, job.qos, t, locale],
  );

  // What the user must know before the properties: the error in their language, what it covers.
  const preface = useMemo(() => {
    const lines: string[] = [];
    if (error) {
      lines.push(t(`job.errorTitle.${error.code}`));
      if (error.code !== 'cancelled') lines.push(captureMessageText(error, t, locale));
      if (report?.properties) {
        const key = error.code === 'cancelled' ? 'job.cancelledPackets' : 'job.packetsBefore';
        lines.push(t(key, { count: error.packetsBefore, n: formatInteger(error.packetsBefore, locale) }));
      }
    }
    return lines;
  }, [error, report, t, locale]);

  const warnings = report ? report.warningDetails.map((w) => captureMessageText(w, t, locale)) : [];

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    if (!sections) return;
    const notes = warnings.length ? [...preface, '', `${t('job.warnings')}:`, ...warnings.map((w) => `- ${w}`)] : preface;
    const text = propertiesText(`${t('props.title')}: ${job.fileName}`, sections, notes);
    await proxlab().invoke('clipboard.writeText', { text });
    setCopied(true);
  };

  const active = job.status === 'running' || job.status === 'cancelling';
  const fraction = job.totalBytes > 0 ? Math.min(1, job.bytesRead / job.totalBytes) : 0;

  return (
    <article className={`job job-${job.status}`} aria-labelledby={titleId} data-job-id={job.id} data-file={job.fileName}>
      <header className="job-header">
        <div className="job-title">
          <h2 id={titleId}>{job.fileName}</h2>
          <p className="job-path" title={job.path}>
            {job.path}
          </p>
          <label className="job-service">
            <span>{t('comparison.serviceName')}</span>
            <input value={job.service} onChange={(e) => onNameService(job.id, e.target.value)} list="service-suggestions" name="service" />
          </label>
        </div>
        <div className="job-actions">
          <span className="notice" role="status">
            {copied ? t('job.copied') : ''}
          </span>
          {active ? (
            <ActionButton type="button" onClick={() => onCancel(job.id)} blocked={job.status === 'cancelling' ? { why: t('blocked.cancelling') } : null}>
              {job.status === 'cancelling' ? t('job.cancelling') : t('job.cancel')}
            </ActionButton>
          ) : (
            <>
              {sections && (
                <button type="button" onClick={() => void copy()}>
                  {t('job.copy')}
                </button>
              )}
              <button type="button" className="quiet" onClick={() => onRemove(job.id)}>
                {t('job.remove')}
              </button>
            </>
          )}
        </div>
      </header>

      {active && (
        <div className="job-progress">
          <progress max={job.totalBytes || 1} value={job.bytesRead} aria-label={t('job.progressLabel', { file: job.fileName })} />
          <span className="progress-text">
            {job.totalBytes > 0
              ? t('job.reading', {
                  percent: formatPercent(fraction * 100, 0, locale),
                  read: formatSi(job.bytesRead, 'B', locale),
                  total: formatSi(job.totalBytes, 'B', locale),
                })
              : t('job.starting')}
          </span>
        </div>
      )}

      {job.status === 'failed' && (
        <div className="message error" role="alert">
          {job.cancelRequested ? t('job.cancelled') : t('job.failed', { message: job.failure })}
        </div>
      )}

      {preface.length > 0 && (
        <div className={`message ${error?.code === 'cancelled' ? 'info' : 'error'}`} role="alert">
          <strong>{preface[0]}</strong>
          {preface.slice(1).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}

      {warnings.length > 0 && (
        <div className="message warning">
          <strong>{t('job.warnings')}</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}

      {job.status === 'done' && !sections && !error && <p className="note">{t('job.noProperties')}</p>}
      {sections && <PropertiesView sections={sections} labelledBy={titleId} />}
      {job.status === 'done' && report?.properties && <QosPanel job={job} sets={sets} onAnalyse={(filter, server) => onAnalyseQos(job.id, filter, server)} />}
      {job.qos?.status === 'done' && job.qos.report?.qos && !displayedNothing(job.qos.report.qos) && (
        <div className="job-report-actions">
          <AddToReportButton
            input={{
              kind: 'capture',
              service: job.service,
              filter: job.qos.filter,
              server: job.qos.server,
              report: { properties: job.qos.report.properties ?? report?.properties ?? null, displayed: job.qos.report.displayed, qos: job.qos.report.qos },
            }}
          />
        </div>
      )}
    </article>
  );
}
