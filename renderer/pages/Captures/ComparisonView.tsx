import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { proxlab } from '../../api';
import { QosBars } from '../../charts/QosBars';
import { TiphonTable } from '../../charts/TiphonTable';
import { QOS_PARAMETERS, type ComparisonRow } from '../../charts/qos-measure';
import { useLanguage } from '../../i18n/useLanguage';
import { useFailureText, useStatusText, type Status } from '../../i18n/failure-text';
import { formatFixed } from '../../../core/format/numbers';
import { formatTimeSpan } from '../../report/format';
import type { CaptureJob } from './jobs';
import type { ManualEntryRow } from './manual-entry';
import { ManualEntryForm } from './ManualEntryForm';
import { comparisonCsv, comparisonTable } from './comparison-csv';
import { CsvDialectSelect, useCsvDialect } from '../../shell/CsvDialectSelect';
import { ThresholdSetPicker, useThresholdChoice } from './ThresholdSetPicker';
import { AddToReportButton } from './AddToReportButton';
import { useComparison, type CompareItem } from './useComparison';
import { BandEdges } from './BandEdges';
import { ActionButton } from '../../shell/ActionButton';
import { displayedNothing } from '../../../core/qos/displayed';

interface Props {
  jobs: CaptureJob[];
  manual: ManualEntryRow[];
  sets: ThresholdSet[];
  onAddManual(row: ManualEntryRow): void;
  onRemoveManual(id: string): void;
}

type Column = 'recipe' | 'measured';

const reportIds = new WeakMap<object, number>();
let nextReportId = 0;

/** A key that changes exactly when the list of report objects does. */
function keyOfReports(reports: readonly object[]): string {
  return reports
    .map((report) => {
      let id = reportIds.get(report);
      if (id === undefined) {
        id = nextReportId++;
        reportIds.set(report, id);
      }
      return id;
    })
    .join(',');
}

/** Every analysed capture and manual entry side by side: the paper's Figures 12–15 and its TIPHON table. */
export function ComparisonView({ jobs, manual, sets, onAddManual, onRemoveManual }: Props) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const statusText = useStatusText();
  const { locale } = useLanguage();
  const ids = useId();
  const [column, setColumn] = useState<Column>('recipe');
  const [notice, setNotice] = useState<Status>(null);
  const [dialect, setDialect] = useCsvDialect();
  const choice = useThresholdChoice(sets, locale);
  const { set, capacity } = choice;

  // A pass that matched no packet has nothing to compare (the QoS panel says so).
  const analysed = jobs.filter((job) => job.qos?.status === 'done' && job.qos.report?.qos && !displayedNothing(job.qos.report.qos));
  // A new QoS pass of a job gives it a new report object; progress of other jobs does not.
  const reports = analysed.map((job) => job.qos!.report!);
  const [items, setItems] = useState<CompareItem[]>([]);
  const reportsKey = keyOfReports(reports);
  useEffect(() => {
    setItems([
      ...analysed.map((job): CompareItem => {
        const qos = job.qos!.report!.qos!;
        return { kind: 'capture', id: job.id, qos: { recipe: qos.recipe, measuredValues: qos.measuredValues } };
      }),
      ...manual.map((row): CompareItem => ({ kind: 'manual', id: row.id, entry: row.entry })),
    ]);
    // analysed is read through reportsKey, which changes exactly when its reports do.
  }, [reportsKey, manual]);
  const result = useComparison(items, set?.id ?? 'tiphon-skripsi', capacity);
  const names = useMemo(() => new Map([...jobs.map((j) => [j.id, j.service] as const), ...manual.map((m) => [m.id, m.service] as const)]), [jobs, manual]);
  const rows = useMemo<ComparisonRow[]>(
    () =>
      result?.ok
        ? result.items.map((item) => ({ id: item.id, service: names.get(item.id) ?? item.id, values: item[column].values, grade: item[column].grade }))
        : [],
    [result, column, names],
  );

  // A failed save stays until the next action: the student has to read what to do.
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);

  const copyCsv = async () => {
    if (!result?.ok) return;
    await proxlab().invoke('clipboard.writeText', { text: comparisonCsv(rows, column, result.set.name) });
    setNotice({ kind: 'info', text: t('comparison.copied') });
  };

  const saveCsv = async () => {
    if (!result?.ok) return;
    const saved = await proxlab().invoke('csv.save', {
      suggestedName: t('comparison.fileName'),
      rows: comparisonTable(rows, column, result.set.name),
      dialect,
    });
    if (saved.path) setNotice({ kind: 'info', text: t('csv.saved', { path: saved.path }) });
    else if (saved.problem) setNotice({ kind: 'error', failure: saved.problem });
  };

  return (
    <section className="comparison" aria-labelledby={`${ids}-title`}>
      <div className="comparison-head">
        <h2 id={`${ids}-title`}>{t('comparison.title')}</h2>
        <span className="notice" role="status">
          {notice ? statusText(notice) : ''}
        </span>
        <div className="comparison-tools">
          <ActionButton type="button" onClick={() => void copyCsv()} blocked={rows.length === 0 ? { why: t('blocked.noCompare') } : null}>
            {t('comparison.copyCsv')}
          </ActionButton>
          <CsvDialectSelect value={dialect} onChange={setDialect} />
          <ActionButton type="button" onClick={() => void saveCsv()} blocked={rows.length === 0 ? { why: t('blocked.noCompare') } : null}>
            {t('csv.save')}
          </ActionButton>
        </div>
      </div>
      <p className="hint">{t('comparison.intro')}</p>
      <div className="comparison-controls">
        <fieldset className="choices">
          <legend>{t('comparison.column')}</legend>
          {(['recipe', 'measured'] as const).map((option) => (
            <label key={option} className="choice">
              <input type="radio" name={`${ids}-column`} value={option} checked={column === option} onChange={() => setColumn(option)} />
              <span>{t(`qosCharts.column.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <ThresholdSetPicker sets={sets} choice={choice} />
      </div>
      {result && !result.ok && (
        <p className="message error" role="alert">
          {failureText(result.error)}
        </p>
      )}
      {manual.length > 0 && (
        <ul className="manual-list">
          {manual.map((row) => (
            <li key={row.id}>
              {t('comparison.manualRow', {
                service: row.service,
                packets: formatFixed(row.entry.packets, 0, locale),
                bytes: formatFixed(row.entry.bytes, 0, locale),
                seconds: formatTimeSpan(row.entry.timeSpanSeconds, locale),
              })}{' '}
              <AddToReportButton input={{ kind: 'manual', service: row.service, entry: row.entry }} />{' '}
              <button
                type="button"
                className="quiet"
                onClick={() => onRemoveManual(row.id)}
                aria-label={t('comparison.removeManual', { service: row.service })}
              >
                {t('job.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 ? (
        <p className="note">{t('comparison.empty')}</p>
      ) : (
        set && (
          <>
            <div className="qos-bars-grid">
              {QOS_PARAMETERS.map((parameter) => (
                <QosBars key={parameter} parameter={parameter} rows={rows} set={set} linkCapacityBitsPerSecond={capacity} />
              ))}
            </div>
            <TiphonTable rows={rows} set={set} linkCapacityBitsPerSecond={capacity} column={column} />
            <BandEdges set={set} />
          </>
        )
      )}
      <ManualEntryForm onAdd={onAddManual} />
    </section>
  );
}
