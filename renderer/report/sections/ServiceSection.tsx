import type { ReactNode } from 'react';
import type { ServiceReport } from '../../../core/report/model';
import { INDEX_LABELS } from '../../../core/qos/labels';
import { formatFixed, formatInteger } from '../../../core/format/numbers';
import { formatTimestamp, timestampDigits } from '../../../core/format/time';
import { formatBitsPerSecond, formatBytesPerSecond, formatMs, formatPercent, formatSeconds, formatTimeSpan, throughputFormula } from '../format';
import type { ReportLanguage } from '../text';
import { MEASURE_DIGITS } from '../../charts/qos-measure';
import { KeyValueTable } from './KeyValueTable';
import { ServiceCharts } from './ServiceCharts';

export function indexText(value: number | null, { t, language }: ReportLanguage): string {
  return value === null ? t('report.s2.notGraded') : `${value} · ${INDEX_LABELS[language][value as 0 | 1 | 2 | 3 | 4]}`;
}

function propertiesRows(s: ServiceReport, { t, locale }: ReportLanguage): Array<[string, ReactNode]> {
  const p = s.properties;
  const rows: Array<[string, ReactNode]> = [];
  if (s.file) {
    rows.push(
      [t('report.s2.fileName'), s.file.name],
      [t('report.s2.fileSize'), `${formatInteger(s.file.size, locale)} B`],
      [t('report.s2.sha256'), <code key="sha">{s.file.sha256 ?? '—'}</code>],
      [t('report.s2.filter'), s.filter ? <code key="f">{s.filter}</code> : t('report.s2.noFilter')],
      [t('report.s2.server'), s.server ?? t('report.s2.noServer')],
    );
  }
  // In the reader's time zone and number format, as the app showed them ("2010-04-08 00:29:29,782934 WIB").
  const digits = timestampDigits(...[p.firstTime, p.lastTime].filter((x): x is string => x !== null));
  if (p.firstTime) rows.push([t('report.s2.firstPacket'), formatTimestamp(p.firstTime, digits, locale)]);
  if (p.lastTime) rows.push([t('report.s2.lastPacket'), formatTimestamp(p.lastTime, digits, locale)]);
  const optional = (v: number | null, show: (v: number) => string) => (v === null ? '—' : show(v));
  rows.push(
    [t('report.s2.packets'), formatInteger(p.packets, locale)],
    [t('report.s2.timeSpan'), formatSeconds(p.timeSpanSeconds, locale)],
    [t('report.s2.pps'), optional(p.packetsPerSecond, (v) => formatFixed(v, 1, locale))],
    [t('report.s2.avgSize'), optional(p.averagePacketSize, (v) => `${formatFixed(v, 1, locale)} B`)],
    [t('report.s2.bytes'), `${formatInteger(p.bytes, locale)} B`],
    [t('report.s2.bytesPerSecond'), optional(p.bytesPerSecond, (v) => formatBytesPerSecond(v, locale))],
    [t('report.s2.bitsPerSecond'), optional(p.bitsPerSecond, (v) => formatBitsPerSecond(v, locale))],
  );
  return rows;
}

function MeasuredCell({ s, parameter, lang }: { s: ServiceReport; parameter: 'throughput' | 'delay' | 'jitter' | 'loss'; lang: ReportLanguage }) {
  const { t, locale } = lang;
  const m = s.measured;
  if (!m) return <td className="na">—</td>;
  const { values } = m;
  const source = values.sources[parameter];
  const graded = {
    throughput: values.throughputBitsPerSecond === null ? null : formatBitsPerSecond(values.throughputBitsPerSecond, locale),
    delay: values.delayMs === null ? null : formatMs(values.delayMs, 'delay', locale),
    jitter: values.jitterMs === null ? null : formatMs(values.jitterMs, 'jitter', locale),
    loss: values.lossPercent === null ? null : formatPercent(values.lossPercent, locale),
  }[parameter];
  const details: string[] = [];
  if (source) details.push(t(`qos.source.${source}`));
  if (parameter === 'throughput' && m.toServerBitsPerSecond !== null && m.fromServerBitsPerSecond !== null) {
    details.push(
      t('report.s2.perDirection', { to: formatBitsPerSecond(m.toServerBitsPerSecond, locale), from: formatBitsPerSecond(m.fromServerBitsPerSecond, locale) }),
    );
  }
  if (parameter === 'delay' && source !== 'icmp-rtt' && m.rttMedianMs !== null) {
    details.push(t('report.s2.rtt', { median: formatMs(m.rttMedianMs, 'delay', locale), count: formatInteger(m.rttCount, locale) }));
    if (m.rttMedianRelativeError !== null) details.push(t('report.s2.rttApproximate', { percent: formatPercent(m.rttMedianRelativeError * 100, locale, 1) }));
  }
  if (parameter === 'loss') {
    if (source !== 'icmp-unanswered' && m.echoLossPercent !== null)
      details.push(t('report.s2.echoLoss', { percent: formatPercent(m.echoLossPercent, locale), requests: formatInteger(m.echoRequests, locale) }));
    if (m.captureDrops !== null) details.push(t('report.s2.drops', { drops: formatInteger(m.captureDrops, locale) }));
  }
  if (graded === null && details.length === 0) return <td className="na">{t('report.notAvailable')}</td>;
  return (
    <td>
      {graded ?? <span className="missing">{t('report.notAvailable')}</span>}
      {details.length > 0 && (
        <>
          <br />
          <small>{details.join('; ')}</small>
        </>
      )}
    </td>
  );
}

export function ServiceSection({ service: s, n, draw, lang }: { service: ServiceReport; n: number; draw: boolean; lang: ReportLanguage }) {
  const { t, locale } = lang;
  const r = s.recipe;
  const recipeGrade = s.recipeGrade;
  const overall = (g: { mean: number | null; percent: number | null }) =>
    g.mean === null ? t('report.s2.notGraded') : `${formatFixed(g.mean, 2, locale)} (${formatPercent(g.percent!, locale)})`;
  const missing = (text: string) => <span className="missing">{text}</span>;
  const recipeValue = (v: number | null, show: (v: number) => string, absent = t('report.notAvailable')) => (v === null ? missing(absent) : show(v));
  const notEntered = s.source === 'manual' ? t('report.notEntered') : t('report.notAvailable');
  const evidence = t(`report.s2.evidence.${r.lossEvidence}`, {
    sent: r.lossSent === null ? '—' : formatInteger(r.lossSent, locale),
    received: r.lossReceived === null ? '—' : formatInteger(r.lossReceived, locale),
  });
  const rows = [
    ['throughput', recipeValue(r.throughputBitsPerSecond, (v) => formatBitsPerSecond(v, locale))],
    ['delay', recipeValue(r.delayMs, (v) => formatMs(v, 'delay', locale))],
    ['jitter', recipeValue(r.jitterMs, (v) => formatMs(v, 'jitter', locale), notEntered)],
    [
      'loss',
      <>
        {recipeValue(r.lossPercent, (v) => formatPercent(v, locale), notEntered)}
        <br />
        <small>{evidence}</small>
      </>,
    ],
  ] as const;
  return (
    <section className="report-section service" data-section="service" data-service={s.service}>
      {/* One unbreakable block, so the heading and its notes never end a page without their table. */}
      <div className="keep-together">
        <h3>{t('report.section.service', { n, service: s.service })}</h3>
        {s.guest && <p className="guest">{t('report.s2.guest', { name: s.guest.name, os: s.guest.os ?? t('report.notRecorded') })}</p>}
        {s.source === 'manual' && <p className="note">{t('report.s2.manual')}</p>}
        <KeyValueTable
          caption={t('report.s2.cfpCaption', { n, service: s.service })}
          head={[t('report.s2.statistic'), t('report.s2.value')]}
          rows={propertiesRows(s, lang)}
          className="cfp"
        />
        {(s.filter || s.server) && <p className="note">{t('report.s2.displayedOnly')}</p>}
        {s.measured && s.measured.framesNotDecoded > 0 && (
          <p className="note" data-testid="not-decoded">
            {t('report.s2.notDecoded', {
              count: s.measured.framesNotDecoded,
              frames: formatInteger(s.measured.framesNotDecoded, lang.locale),
              linkTypes: s.measured.linkTypesNotDecoded.join(', '),
            })}
          </p>
        )}
      </div>
      {r.throughputBytesPerSecond !== null && (
        <div className="formulas">
          <p className="formula-title">{t('report.s2.formulaTitle')}</p>
          <p className="formula" data-formula="throughput">
            {throughputFormula(s.properties.bytes, s.properties.timeSpanSeconds, r.throughputBytesPerSecond, locale)}
          </p>
          {r.delayMs !== null && s.source === 'manual' && (
            <p className="formula" data-formula="delay">
              {t('report.s2.delayFormula', {
                seconds: formatTimeSpan(s.properties.timeSpanSeconds, locale),
                packets: formatInteger(s.properties.packets, locale),
                delay: formatFixed(r.delayMs, MEASURE_DIGITS.delay, locale),
              })}
            </p>
          )}
        </div>
      )}
      <table className="grid qos">
        <caption>{t('report.s2.qosCaption', { n, service: s.service })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.s2.parameter')}</th>
            <th scope="col">{t('report.s2.recipe')}</th>
            <th scope="col">{t('report.s2.index')}</th>
            <th scope="col">{t('report.s2.measured')}</th>
            <th scope="col">{t('report.s2.index')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([parameter, value]) => (
            <tr key={parameter}>
              <th scope="row">{t(`report.s2.${parameter}`)}</th>
              <td>{value}</td>
              <td>{indexText(recipeGrade[parameter], lang)}</td>
              <MeasuredCell s={s} parameter={parameter} lang={lang} />
              <td>{s.measured ? indexText(s.measured.grade[parameter], lang) : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.s2.overall')}</th>
            <td colSpan={2}>{overall(recipeGrade)}</td>
            <td colSpan={2}>{s.measured ? overall(s.measured.grade) : '—'}</td>
          </tr>
        </tfoot>
      </table>
      <p className="note">{s.measured ? t('report.s2.gradedColumn', { column: t(`report.s2.${s.grade.column}`) }) : t('report.s2.manualMeasured')}</p>
      {r.jitterZeroVariantMs !== null && <p className="note">{t('report.s2.jitterVariant')}</p>}
      {s.series && <ServiceCharts series={s.series} n={n} service={s.service} draw={draw} lang={lang} />}
    </section>
  );
}
