import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassLab } from '../../../core/class/schema';
import type { Saved } from '../../../core/contract/files';
import { formatInteger, formatSi } from '../../../core/format/numbers';
import { proxlab } from '../../api';
import { useLanguage } from '../../i18n/useLanguage';
import { useFailureText, useStatusText, type Status } from '../../i18n/failure-text';
import { ActionButton } from '../../shell/ActionButton';
import { CsvDialectSelect, useCsvDialect } from '../../shell/CsvDialectSelect';
import { ClassTable } from './ClassTable';
import { FlagList } from './FlagList';
import { LabForm } from './LabForm';
import { ReferenceLine } from './ReferenceLine';
import { classColumns, columnGroups, flagCounts, hiddenGroups, visibleStudents, type ColumnGroup, type Sort, type SortKey } from './class-table';
import { groupHeader } from './column-words';
import { emptyLabForm, formToLab, isEmptyLab, labOffset, labToForm, type LabFormField, type LabFormProblem, type LabFormValues } from './lab-form';
import { classSummarySentence } from './summary-sentence';
import { useClassRead } from './useClassRead';
import { useColumnFit } from './useColumnFit';
import { useColumnChoice } from './useColumnChoice';
import './class.css';

const EMPTY_NODE: ClassLab['node'] = { name: null, cpuModel: null, memoryBytes: null, pveVersion: null };

/** The lecturer's class view: a folder of students' work, one row each, and what does not add up. */
export function ClassPage({ dropped }: { dropped: { path: string } | null }) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const { folder, result, state, read, cancel } = useClassRead();
  const [form, setForm] = useState<LabFormValues>(emptyLabForm);
  const [node, setNode] = useState<ClassLab['node']>(EMPTY_NODE);
  const [problems, setProblems] = useState<Partial<Record<LabFormField, LabFormProblem>>>({});
  const [notice, setNotice] = useState<Status>(null);
  const statusText = useStatusText();
  const failureText = useFailureText();
  const [sort, setSort] = useState<Sort>({ key: 'student', descending: false });
  const [filter, setFilter] = useState({ text: '', flaggedOnly: false });
  const [chosenGroups, chooseGroups] = useColumnChoice();
  const [flagsOf, setFlagsOf] = useState<string | null>(null);
  const [dialect, setDialect] = useCsvDialect();
  const formTouched = useRef(false);
  const flagsTitle = useRef<HTMLDivElement>(null);
  const reading = state.status === 'reading';

  // The class read before the page was left comes back with the lab it was checked against.
  useEffect(() => {
    if (!result?.lab || formTouched.current) return;
    setForm(labToForm(result.lab));
    setNode(result.lab.node);
  }, [result]);

  const columns = useMemo(() => (result ? classColumns(result) : []), [result]);
  const groups = useMemo(() => columnGroups(columns), [columns]);
  const counts = useMemo(() => (result ? flagCounts(result) : new Map<string, number>()), [result]);
  const students = useMemo(() => (result ? visibleStudents(result, columns, sort, filter) : []), [result, columns, sort, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const { fit, measuring } = useColumnFit(scroller, columns, language, students.length > 0);
  const hidden = useMemo(() => hiddenGroups(columns, chosenGroups, fit), [columns, chosenGroups, fit]);
  const shownColumns = columns.filter((c) => !hidden.has(c.group));

  const editForm = (next: LabFormValues) => {
    formTouched.current = true;
    setForm(next);
  };

  /** The form's lab, or null with each field's problem shown. */
  const labFromForm = (): ClassLab | null => {
    const checked = formToLab(form, node);
    setProblems(checked.ok ? {} : checked.problems);
    return checked.ok ? checked.lab : null;
  };

  const readFolder = (target: string) => {
    const lab = labFromForm();
    if (!lab) return;
    setFlagsOf(null);
    setNotice(null);
    // A form left empty sets nothing: the checks compare with what most of the class did.
    void read(target, isEmptyLab(lab) ? null : lab);
  };

  const chooseFolder = async () => {
    const chosen = await proxlab().invoke('class.chooseFolder', undefined);
    if (chosen) readFolder(chosen);
  };

  useEffect(() => {
    if (dropped) readFolder(dropped.path);
    // Only a new drop reads; the form's later edits wait for "Read again".
  }, [dropped]);

  const say = (saved: Saved) => {
    if (saved.path) setNotice({ kind: 'info', text: t('class.saved', { path: saved.path }) });
    else if (saved.problem) setNotice({ kind: 'error', failure: saved.problem });
  };

  const openLab = async () => {
    const opened = await proxlab().invoke('class.openLab', undefined);
    if (opened.lab) {
      formTouched.current = true;
      setForm(labToForm(opened.lab));
      setNode(opened.lab.node);
      setProblems({});
      setNotice({ kind: 'info', text: t('class.lab.opened', { path: opened.path }) });
    } else if (opened.problem) setNotice({ kind: 'error', failure: opened.problem });
  };

  const saveLab = async () => {
    const lab = labFromForm();
    if (lab) say(await proxlab().invoke('class.saveLab', { lab }));
  };

  const saveCsv = async () => say(await proxlab().invoke('class.saveCsv', { dialect, language }));

  const showFlags = (student: string | null) => {
    setFlagsOf(student);
    requestAnimationFrame(() => flagsTitle.current?.querySelector<HTMLElement>('h2')?.focus());
  };

  const sortBy = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : key !== 'student' }));
  const toggleGroup = (group: ColumnGroup) => {
    const next = new Set(hidden);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    chooseGroups(groups, next);
  };

  const progress = state.status === 'reading' ? state.progress : null;
  const noClass = result ? null : { why: t('class.blocked.noClass') };

  return (
    <div className="page class-page">
      <div className="page-head">
        <h1>{t('class.title')}</h1>
        <p className="lead">{t('class.lead')}</p>
      </div>

      <div className="toolbar class-toolbar">
        <ActionButton type="button" className="primary" onClick={() => void chooseFolder()} blocked={reading ? { why: t('blocked.busy') } : null}>
          {t('class.openFolder')}
        </ActionButton>
        {folder && (
          <span className="class-folder" title={folder}>
            {folder}
          </span>
        )}
        {folder && !reading && (
          <button type="button" onClick={() => readFolder(folder)}>
            {t('class.readAgain')}
          </button>
        )}
      </div>
      {!folder && <p className="hint">{t('class.dropHint')}</p>}

      {reading && (
        <div className="job-progress class-progress" role="status">
          <progress max={progress?.totalBytes || 1} value={progress?.totalBytes ? progress.bytesRead : undefined} aria-label={t('class.reading')} />
          <span className="progress-text">
            {progress && progress.files > 0
              ? t('class.progress', {
                  done: formatInteger(progress.filesDone, locale),
                  files: formatInteger(progress.files, locale),
                  read: formatSi(progress.bytesRead, 'B', locale),
                  total: formatSi(progress.totalBytes, 'B', locale),
                })
              : t('class.reading')}
          </span>
          <button type="button" onClick={cancel}>
            {t('class.cancel')}
          </button>
        </div>
      )}
      {state.status === 'failed' && (
        <p className="message error">{'failure' in state ? failureText(state.failure) : t('class.failed', { problem: state.error })}</p>
      )}
      {state.status === 'cancelled' && <p className="message">{t('class.cancelled')}</p>}

      <details className="class-lab" open={!result}>
        <summary>
          {t('class.lab.title')}
          <span className="hint"> — {t('class.lab.summaryHint')}</span>
        </summary>
        <LabForm values={form} problems={problems} onChange={editForm} />
        <div className="lab-actions">
          <button type="button" onClick={() => void openLab()}>
            {t('class.lab.open')}
          </button>
          <button type="button" onClick={() => void saveLab()}>
            {t('class.lab.save')}
          </button>
        </div>
      </details>

      <p className="notice" role="status">
        {notice ? statusText(notice) : ''}
      </p>

      {result && (
        <>
          <p className="class-summary" data-testid="class-summary">
            {classSummarySentence(result, t, locale)}
          </p>
          <ReferenceLine result={result} />

          <div className="class-controls">
            <label className="class-filter">
              <span>{t('class.filter')}</span>
              <input
                type="search"
                value={filter.text}
                onChange={(event) => setFilter({ ...filter, text: event.target.value })}
                placeholder={t('class.filterPlaceholder')}
              />
            </label>
            <label className="choice">
              <input type="checkbox" checked={filter.flaggedOnly} onChange={(event) => setFilter({ ...filter, flaggedOnly: event.target.checked })} />
              <span>{t('class.flaggedOnly')}</span>
            </label>
            <fieldset className="column-groups">
              <legend>{t('class.columns')}</legend>
              {groups.map((group) => (
                <label key={group} className="choice">
                  <input type="checkbox" checked={!hidden.has(group)} onChange={() => toggleGroup(group)} />
                  <span>{groupHeader(group, t)}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <div className="class-exports" role="group" aria-label={t('class.exports')}>
            <CsvDialectSelect value={dialect} onChange={setDialect} />
            <ActionButton type="button" onClick={() => void saveCsv()} blocked={noClass}>
              {t('csv.save')}
            </ActionButton>
            <ActionButton type="button" onClick={() => void proxlab().invoke('class.saveJson', undefined).then(say)} blocked={noClass}>
              {t('class.saveJson')}
            </ActionButton>
            <ActionButton type="button" onClick={() => void proxlab().invoke('class.savePdf', { language }).then(say)} blocked={noClass}>
              {t('class.savePdf')}
            </ActionButton>
          </div>

          {students.length === 0 ? (
            <p className="empty">{result.students.length === 0 ? t('class.noStudents') : t('class.noMatch')}</p>
          ) : (
            <ClassTable
              columns={shownColumns}
              students={students}
              flagCounts={counts}
              sort={sort}
              onSort={sortBy}
              onShowFlags={showFlags}
              scroller={scroller}
              measuring={measuring}
            />
          )}
          <p className="hint class-table-note">{t('class.tableNote')}</p>

          <div ref={flagsTitle}>
            <FlagList flags={result.flags} student={flagsOf} zone={labOffset(result)} onShowAll={() => showFlags(null)} />
          </div>

          {result.unreadable.length > 0 && (
            <details className="class-unreadable">
              <summary>{t('class.unreadable', { count: result.unreadable.length })}</summary>
              <ul className="evidence-list">
                {result.unreadable.map((file) => (
                  <li key={file.path}>
                    <code>{file.path}</code> — {file.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}
