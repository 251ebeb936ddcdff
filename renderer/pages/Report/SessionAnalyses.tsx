import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../core/contract/api';
import type { Failure } from '../../../core/contract/failure';
import { proxlab } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInteger } from '../../../core/format/numbers';
import { ActionButton } from '../../shell/ActionButton';
import { useStatusText, type Status } from '../../i18n/failure-text';

type Summary = CallOutput<'session.analyses'>[number];

/** The session's analyses in report order, each movable up or down and removable. */
export function SessionAnalyses({ onChanged, version }: { onChanged(): void; version: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [analyses, setAnalyses] = useState<Summary[] | null>(null);
  const [problem, setProblem] = useState<Status>(null);
  const statusText = useStatusText();

  useEffect(() => {
    void proxlab().invoke('session.analyses', undefined).then(setAnalyses);
  }, [version]);

  const change = useCallback(
    async (work: () => Promise<{ analyses: Summary[]; problem: Failure | null }>) => {
      try {
        const result = await work();
        setAnalyses(result.analyses);
        setProblem(result.problem && { kind: 'error', failure: result.problem });
        onChanged();
      } catch (error) {
        setProblem({ kind: 'error', text: t('report.page.failed', { message: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [onChanged, t],
  );

  if (!analyses) return null;
  return (
    <section className="session-analyses" aria-labelledby="session-analyses-title">
      <h2 id="session-analyses-title">{t('report.analyses.title')}</h2>
      {analyses.length === 0 ? (
        <p className="note">{t('report.analyses.empty')}</p>
      ) : (
        <>
          <p className="note">{t('report.analyses.intro')}</p>
          <ol>
            {analyses.map((a, i) => (
              <li key={a.service} data-service={a.service}>
                <strong>{a.service}</strong>{' '}
                <span className="note">
                  {a.source === 'capture'
                    ? t('report.analyses.capture', { file: a.fileName ?? '', packets: formatInteger(a.packets, locale) })
                    : t('report.analyses.manual', { packets: formatInteger(a.packets, locale) })}
                </span>
                <span className="analysis-actions">
                  <ActionButton
                    type="button"
                    blocked={i === 0 ? { why: t('blocked.first') } : null}
                    aria-label={t('report.analyses.upLabel', { service: a.service })}
                    onClick={() => void change(() => proxlab().invoke('session.moveAnalysis', { from: i, to: i - 1 }))}
                  >
                    {t('report.analyses.up')}
                  </ActionButton>
                  <ActionButton
                    type="button"
                    blocked={i === analyses.length - 1 ? { why: t('blocked.last') } : null}
                    aria-label={t('report.analyses.downLabel', { service: a.service })}
                    onClick={() => void change(() => proxlab().invoke('session.moveAnalysis', { from: i, to: i + 1 }))}
                  >
                    {t('report.analyses.down')}
                  </ActionButton>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('report.analyses.removeLabel', { service: a.service })}
                    onClick={() => void change(() => proxlab().invoke('session.removeAnalysis', { index: i }))}
                  >
                    {t('report.analyses.remove')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {problem && (
        <p className="message error" role="alert">
          {statusText(problem)}
        </p>
      )}
    </section>
  );
}
