import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ClassFlag, ClassFlagOf, ClassNodeIdentity } from '../../../core/class/schema';
import { formatBinaryBytes, formatFixed, formatInteger } from '../../../core/format/numbers';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInstant } from '../../format/dates';
import { stepLabel } from '../../format/step-label';

// Each flag says what was found and shows the evidence: the files, the numbers, the times.
// It never says what the student did; the wording asks the lecturer to look.

const MIB = 1024 * 1024;

const shortHash = (sha256: string | null) => (sha256 ? `${sha256.slice(0, 12)}…` : '–');

function Files({ files }: { files: ReadonlyArray<{ student: string; path: string | null; session: string | null; service: string | null }> }) {
  const { t } = useTranslation();
  return (
    <ul className="evidence-list">
      {files.map((file, i) => (
        <li key={i}>
          <strong>{file.student}</strong>: <code>{file.path ?? file.session ?? '–'}</code>
          {file.service && <> · {t('class.flags.service', { service: file.service })}</>}
        </li>
      ))}
    </ul>
  );
}

function nodeText(node: ClassNodeIdentity, field: keyof ClassNodeIdentity, locale: string): string {
  const value = node[field];
  if (value === null) return '–';
  return field === 'memoryBytes' ? formatBinaryBytes(value as number, locale) : String(value);
}

function Evidence({ flag, t, locale, zone }: { flag: ClassFlag; t: TFunction; locale: string; zone: string | null }) {
  const from = (source: 'lab' | 'class') => t(`class.flags.from.${source}`);
  switch (flag.kind) {
    case 'duplicate-capture':
      return (
        <>
          <p>{t('class.flags.duplicate', { sha: flag.evidence.sha256 })}</p>
          <Files files={flag.evidence.files} />
        </>
      );
    case 'contained-capture': {
      const { inner, outer, frames } = flag.evidence;
      return (
        <>
          <p>
            {t('class.flags.contained', {
              inner: inner.path,
              innerStudent: inner.student,
              outer: outer.path,
              outerStudent: outer.student,
              first: formatInteger(frames.first, locale),
              last: formatInteger(frames.last, locale),
            })}
          </p>
          <ul className="evidence-list">
            {[inner, outer].map((c) => (
              <li key={c.path}>
                <code>{c.path}</code> ·{' '}
                {t('class.flags.packets', {
                  packets: formatInteger(c.packets, locale),
                  bytes: formatInteger(c.bytes, locale),
                  first: formatInstant(c.firstTime, locale, { utcOffset: zone }),
                  last: formatInstant(c.lastTime, locale, { utcOffset: zone }),
                  sha: shortHash(c.sha256),
                })}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'outside-window': {
      const { window, captures } = flag.evidence;
      return (
        <>
          <p>
            {t('class.flags.outsideWindow', {
              start: formatInstant(window.start, locale, { utcOffset: zone }),
              end: formatInstant(window.end, locale, { utcOffset: zone }),
              from: from(window.from),
            })}
          </p>
          <ul className="evidence-list">
            {captures.map((c, i) => (
              <li key={i}>
                <code>{c.path ?? c.session}</code>
                {c.service && <> · {t('class.flags.service', { service: c.service })}</>} ·{' '}
                {t('class.flags.capturedAt', {
                  first: formatInstant(c.firstTime, locale, { utcOffset: zone }),
                  last: formatInstant(c.lastTime, locale, { utcOffset: zone }),
                })}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'server-not-in-lab': {
      const { labAddresses, from: source, analyses } = flag.evidence;
      return (
        <>
          <p>{t('class.flags.serverNotInLab', { addresses: labAddresses.join(', ') || '–', from: from(source) })}</p>
          <ul className="evidence-list">
            {analyses.map((a, i) => (
              <li key={i}>
                <code>{a.session}</code> · {t('class.flags.graded', { service: a.service, server: a.server })}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'not-reproduced':
      return (
        <>
          <p>{t('class.flags.notReproduced')}</p>
          {flag.evidence.analyses.map((a, i) => (
            <div key={i} className="evidence-block">
              <p>
                <code>{a.session}</code> · {t('class.flags.service', { service: a.service })}
                {a.capture && <> · {t('class.flags.reanalysed', { capture: a.capture })}</>}
              </p>
              <table className="evidence-table">
                <thead>
                  <tr>
                    <th scope="col">{t('class.flags.field')}</th>
                    <th scope="col">{t('class.flags.inSession')}</th>
                    <th scope="col">{t('class.flags.reproduced')}</th>
                    <th scope="col">{t('class.flags.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.fields.map((f) => (
                    <tr key={f.field}>
                      <th scope="row">{f.field}</th>
                      <td className="number">{f.session === null ? '–' : typeof f.session === 'number' ? formatFixed(f.session, 3, locale) : f.session}</td>
                      <td className="number">
                        {f.reproduced === null ? '–' : typeof f.reproduced === 'number' ? formatFixed(f.reproduced, 3, locale) : f.reproduced}
                      </td>
                      <td>{t(`class.flags.sources.${f.from}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      );
    case 'other-node': {
      const { session, node, lab, from: source, differs } = flag.evidence;
      return (
        <>
          <p>{t('class.flags.otherNode', { session, from: from(source) })}</p>
          <table className="evidence-table">
            <thead>
              <tr>
                <th scope="col">{t('class.flags.field')}</th>
                <th scope="col">{t('class.flags.thisRun')}</th>
                <th scope="col">{t('class.flags.labNode')}</th>
              </tr>
            </thead>
            <tbody>
              {(['name', 'cpuModel', 'memoryBytes', 'pveVersion'] as const).map((field) => (
                <tr key={field} className={differs.includes(field) ? 'differs' : undefined}>
                  <th scope="row">{t(`class.flags.node.${field}`)}</th>
                  <td>{nodeText(node, field, locale)}</td>
                  <td>{nodeText(lab, field, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    }
    case 'impossible-timeline':
      return (
        <>
          <p>{t('class.flags.timeline', { session: flag.evidence.session })}</p>
          <ul className="evidence-list">
            {flag.evidence.steps.map((s, i) => (
              <li key={i}>
                {t('class.flags.timelineStep', {
                  step: stepLabel(s.label, t),
                  vmid: s.vmid,
                  running: formatInstant(s.runningAt, locale, { utcOffset: zone }),
                  count: s.samplesBefore,
                  first: formatInstant(s.firstSampleAt, locale, { utcOffset: zone }),
                })}
              </li>
            ))}
          </ul>
        </>
      );
    case 'outlier':
      return <Outlier flag={flag} t={t} locale={locale} zone={zone} />;
  }
}

function Outlier({ flag, t, locale, zone }: { flag: ClassFlagOf<'outlier'>; t: TFunction; locale: string; zone: string | null }) {
  const mib = (bytes: number | null) => (bytes === null ? '–' : `${formatFixed(bytes / MIB, 0, locale)} MiB`);
  return (
    <>
      <p>{t('class.flags.outlier', { session: flag.evidence.session })}</p>
      {flag.evidence.steps.map((s) => (
        <div key={s.step} className="evidence-block">
          <p>
            {t('class.flags.outlierStep', {
              step: stepLabel(s.label, t),
              value: mib(s.memUsedMean),
              median: mib(s.class.median),
              low: mib(s.class.lowerFence),
              high: mib(s.class.upperFence),
            })}
          </p>
          <details>
            <summary>{t('class.flags.samples', { count: s.samples.length })}</summary>
            <ul className="evidence-list samples">
              {s.samples.map((sample, i) => (
                <li key={i}>
                  {formatInstant(sample.time, locale, { utcOffset: zone })} · {mib(sample.memUsed)}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ))}
    </>
  );
}

/** The flags, each with whom it names and its evidence; `student` narrows the list to one. Times are on the lab's clock (`zone`). */
export function FlagList({ flags, student, zone, onShowAll }: { flags: readonly ClassFlag[]; student: string | null; zone: string | null; onShowAll(): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const shown = student ? flags.filter((f) => f.students.includes(student)) : flags;
  return (
    <section className="class-flags" aria-labelledby="class-flags-title">
      <div className="class-flags-head">
        <h2 id="class-flags-title" tabIndex={-1}>
          {student ? t('class.flags.titleFor', { student }) : t('class.flags.title', { count: flags.length })}
        </h2>
        {student && (
          <button type="button" onClick={onShowAll}>
            {t('class.flags.showAll')}
          </button>
        )}
      </div>
      <p className="hint">{t('class.flags.intro')}</p>
      {shown.length === 0 ? (
        <p className="empty">{t('class.flags.none')}</p>
      ) : (
        <ol className="flag-list">
          {shown.map((flag, i) => (
            <li key={i} className="flag" data-kind={flag.kind}>
              <h3>
                <span className="flag-kind">{t(`classFlag.${flag.kind}`)}</span>
                <span className="flag-students">{flag.students.join(', ')}</span>
              </h3>
              <Evidence flag={flag} t={t} locale={locale} zone={zone} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
