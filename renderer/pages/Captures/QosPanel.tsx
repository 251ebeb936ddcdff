import { Fragment, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { proxlab } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { useFailureText } from '../../i18n/failure-text';
import { formatFixed, formatInteger } from '../../../core/format/numbers';
import { formatPercent } from '../../../core/format/percent';
import { formatTimeSpan } from '../../report/format';
import { INDEX_LABELS, VERDICT_LABELS, thresholdSetName } from '../../../core/qos/labels';
import { displayedNothing } from '../../../core/qos/displayed';
import type { CaptureJob } from './jobs';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { IoGraph } from '../../charts/IoGraph';
import { RttChart } from '../../charts/RttChart';
import { BandEdges } from './BandEdges';
import { RtpStreamsTable } from './RtpStreamsTable';
import { ThresholdSetPicker, useThresholdChoice } from './ThresholdSetPicker';
import { useComparison, type CompareItem } from './useComparison';
import { ActionButton } from '../../shell/ActionButton';
import { useFilterCheck } from './useFilterCheck';
import type { Failure } from '../../../core/contract/failure';

interface Props {
  job: CaptureJob;
  sets: ThresholdSet[];
  onAnalyse(filter: string, server: string | null): void;
}

const PARAMETERS = [
  { key: 'throughput', recipe: 'throughputBitsPerSecond', digits: 0, unit: 'bit/s' },
  { key: 'delay', recipe: 'delayMs', digits: 3, unit: 'ms' },
  { key: 'jitter', recipe: 'jitterMs', digits: 3, unit: 'ms' },
  { key: 'loss', recipe: 'lossPercent', digits: 2, unit: '%' },
] as const;

export function QosPanel({ job, sets, onAnalyse }: Props) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const { language, locale } = useLanguage();
  const ids = useId();
  const run = job.qos;
  const [server, setServer] = useState(run?.server ?? '');
  const [filter, setFilter] = useState(run?.filter ?? '');
  const [problem, setProblem] = useState<Failure | null>(null);
  const filterCheck = useFilterCheck(filter);
  const qos = run?.report?.qos ?? null;
  // The busiest addresses of the whole capture: the VM a student is looking for is among them,
  // whatever the last pass's server or filter matched.
  const endpoints = qos?.measured.captureEndpoints ?? [];
  const empty = qos !== null && displayedNothing(qos);
  // The set is chosen here, per analysis: both columns are graded again with it.
  const choice = useThresholdChoice(sets, locale);
  const { set, capacity } = choice;
  const items = useMemo<CompareItem[]>(
    () => (qos && !empty ? [{ kind: 'capture', id: job.id, qos: { recipe: qos.recipe, measuredValues: qos.measuredValues } }] : []),
    [qos, empty, job.id],
  );
  const compared = useComparison(items, set?.id ?? 'tiphon-skripsi', capacity);
  // A capture holds ICMP or ICMPv6 pings in practice: the family that has replies.
  const echoRtt = [qos?.measured.icmp.rttMs, qos?.measured.icmpv6.rttMs].find((stats) => stats !== undefined && stats.count > 0);
  const regraded = compared?.ok && compared.items[0] ? compared.items[0] : null;
  const grades = regraded ? { recipe: regraded.recipe.grade, measured: regraded.measured.grade } : qos?.grades;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = server.trim() || null;
    const check = await proxlab().invoke('capture.checkFilter', { filter, server: wanted });
    if (!check.ok) {
      setProblem(check.error);
      return;
    }
    setProblem(null);
    onAnalyse(filter, wanted);
  };

  const fixed = (v: number | null, digits: number, unit: string) =>
    v === null ? t('qos.notAvailable') : unit === '%' ? formatPercent(v, digits, locale) : `${formatFixed(v, digits, locale)} ${unit}`;
  const index = (value: number | null) => (value === null ? t('qos.notGraded') : `${value} · ${INDEX_LABELS[language][value as 0 | 1 | 2 | 3 | 4]}`);

  return (
    <section className="qos" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('qos.title')}</h3>
      <form className="qos-form" onSubmit={(e) => void submit(e)}>
        <label>
          <span>{t('qos.server')}</span>
          <input value={server} onChange={(e) => setServer(e.target.value)} placeholder={t('qos.serverHint')} list={`${ids}-servers`} name="server" />
        </label>
        <datalist id={`${ids}-servers`}>
          {endpoints.map((e) => (
            <option key={e.address} value={e.address} />
          ))}
        </datalist>
        <label>
          <span>{t('qos.filter')}</span>
          <input
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="tcp.port == 80"
            name="filter"
            spellCheck={false}
            className={filterCheck.state === 'valid' ? 'filter-valid' : filterCheck.state === 'invalid' ? 'filter-invalid' : undefined}
            aria-invalid={filterCheck.state === 'invalid'}
            aria-describedby={`${ids}-filter-check`}
          />
          <small id={`${ids}-filter-check`} className="filter-check" role="status" data-testid="filter-check">
            {filterCheck.state === 'invalid' ? failureText(filterCheck.failure) : ''}
          </small>
        </label>
        {/* An empty caption line above the button, as the fields have, so all three line up however tall the filter's message grows. */}
        <div className="qos-submit">
          <span aria-hidden="true">&nbsp;</span>
          <ActionButton type="submit" className="primary" blocked={run?.status === 'running' ? { why: t('blocked.analysing') } : null}>
            {run?.status === 'running' ? t('qos.running') : t('qos.run')}
          </ActionButton>
        </div>
      </form>
      {problem && (
        <p className="message error" role="alert">
          {failureText(problem)}
        </p>
      )}
      {run?.status === 'failed' && (
        <p className="message error" role="alert">
          {t('qos.failed', { message: run.failure })}
        </p>
      )}
      {empty && run?.status !== 'running' && (
        <div className="message warning" role="status" data-testid="no-packets">
          <strong>
            {run?.server && run.filter
              ? t('qos.noPackets.serverFilter', { server: run.server, filter: run.filter })
              : run?.server
                ? t('qos.noPackets.server', { server: run.server })
                : run?.filter
                  ? t('qos.noPackets.filter', { filter: run.filter })
                  : t('qos.noPackets.none')}
          </strong>{' '}
          {t('qos.noPackets.nothingGraded')} {endpoints.length > 0 && t('qos.noPackets.pick')}
        </div>
      )}
      {endpoints.length > 0 && (
        <p className="qos-endpoints">
          {t('qos.endpoints')}{' '}
          {endpoints.map((e) => (
            <button key={e.address} type="button" className="chip" onClick={() => setServer(e.address)}>
              {e.address} <small>({formatInteger(e.packets, locale)})</small>
            </button>
          ))}
        </p>
      )}
      {qos && !empty && (
        <>
          <table className="qos-table">
            <caption>{t('qos.caption', { thresholds: thresholdSetName(grades!.recipe.thresholds, language) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('qos.parameter')}</th>
                <th scope="col" className="num">
                  {t('qos.recipe')}
                </th>
                <th scope="col">{t('qos.index')}</th>
                <th scope="col" className="num">
                  {t('qos.measured')}
                </th>
                <th scope="col">{t('qos.index')}</th>
              </tr>
            </thead>
            <tbody>
              {PARAMETERS.map((p) => {
                const source = qos.measuredValues.sources[p.key];
                return (
                  <tr key={p.key}>
                    <th scope="row">{t(`qos.${p.key}`)}</th>
                    <td className="num">
                      {fixed(qos.recipe[p.recipe], p.digits, p.unit)}
                      {p.key === 'loss' && (
                        <small className="evidence">
                          {t(`qos.evidence.${qos.recipe.lossEvidence}`, {
                            sent: formatInteger(qos.recipe.lossSent, locale),
                            received: formatInteger(qos.recipe.lossReceived, locale),
                          })}
                        </small>
                      )}
                    </td>
                    <td>{index(grades!.recipe[p.key])}</td>
                    <td className="num">
                      {fixed(qos.measuredValues[p.recipe], p.digits, p.unit)}
                      {source && <small className="evidence">{t(`qos.source.${source}`)}</small>}
                    </td>
                    <td>{index(grades!.measured[p.key])}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('qos.overall')}</th>
                {(['recipe', 'measured'] as const).map((column) => {
                  const g = grades![column];
                  return (
                    <Fragment key={column}>
                      <td className="num">
                        {g.mean === null ? t('qos.notGraded') : `${formatFixed(g.mean, 2, locale)} (${formatPercent(g.percent!, 2, locale)})`}
                      </td>
                      <td>{g.verdict ? VERDICT_LABELS[language][g.verdict] : t('qos.notGraded')}</td>
                    </Fragment>
                  );
                })}
              </tr>
            </tfoot>
          </table>
          <RtpStreamsTable streams={qos.measured.rtp} />
          <div className="formulas">
            {qos.recipe.throughputBytesPerSecond !== null && (
              <p className="formula" data-testid="throughput-formula">
                {t('qos.formula', {
                  bytes: formatInteger(qos.recipe.bytes, locale),
                  seconds: formatTimeSpan(qos.recipe.timeSpanSeconds, locale),
                  bytesPerSecond: formatFixed(qos.recipe.throughputBytesPerSecond, 1, locale),
                  bitsPerSecond: formatInteger(Math.round(qos.recipe.throughputBitsPerSecond!), locale),
                })}
              </p>
            )}
            {qos.recipe.delayMs !== null && (
              <p className="formula" data-testid="delay-formula">
                {t('qos.delayFormula', {
                  seconds: formatTimeSpan(qos.recipe.timeSpanSeconds, locale),
                  packets: formatInteger(qos.recipe.packets, locale),
                  delay: formatFixed(qos.recipe.delayMs, 3, locale),
                })}
              </p>
            )}
            {qos.recipe.jitterMs !== null && (
              <p className="formula" data-testid="jitter-formula">
                {t('qos.jitterFormula', {
                  // The report carries the quotient only; jitter × (N − 1) gives the sum back.
                  sum: formatFixed(qos.recipe.jitterMs * (qos.recipe.packets - 1), 3, locale),
                  pairs: formatInteger(qos.recipe.packets - 1, locale),
                  jitter: formatFixed(qos.recipe.jitterMs, 3, locale),
                })}
              </p>
            )}
            {qos.recipe.lossPercent !== null && (
              <p className="formula" data-testid="loss-formula">
                {t('qos.lossFormula', {
                  sent: formatInteger(qos.recipe.lossSent, locale),
                  received: formatInteger(qos.recipe.lossReceived, locale),
                  loss: formatPercent(qos.recipe.lossPercent, 2, locale),
                })}
              </p>
            )}
          </div>
          {echoRtt && (
            <p className="note" data-testid="icmp-rtt">
              {t('qos.icmpRtt', {
                count: qos.measured.icmp.replies + qos.measured.icmpv6.replies,
                min: formatFixed(echoRtt.min!, 3, locale),
                median: formatFixed(echoRtt.median!, 3, locale),
                max: formatFixed(echoRtt.max!, 3, locale),
              })}
              {echoRtt.approximate && ` ${t('qos.approximateMedian', { percent: formatPercent(echoRtt.approximate.relativeError * 100, 1, locale) })}`}
            </p>
          )}
          {qos.measured.framesNotDecoded.length > 0 && (
            <p className="message warning" role="status" data-testid="not-decoded">
              {t('qos.notDecoded', {
                count: qos.measured.framesNotDecoded.reduce((sum, l) => sum + l.frames, 0),
                frames: formatInteger(
                  qos.measured.framesNotDecoded.reduce((sum, l) => sum + l.frames, 0),
                  locale,
                ),
                linkTypes: qos.measured.framesNotDecoded.map((l) => l.linkType).join(', '),
              })}
            </p>
          )}
          <p className="note">{t('qos.why')}</p>
          <div className="qos-thresholds">
            <ThresholdSetPicker sets={sets} choice={choice} />
          </div>
          {compared && !compared.ok && (
            <p className="message error" role="alert">
              {failureText(compared.error)}
            </p>
          )}
          {set && <BandEdges set={set} />}
          <h4>{t('qosCharts.io.title')}</h4>
          <IoGraph io={qos.measured.io} />
          <h4>{t('qosCharts.rtt.title')}</h4>
          <RttChart rtt={qos.measured.rttSeries} />
        </>
      )}
    </section>
  );
}
