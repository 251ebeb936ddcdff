import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../core/session/identity-schema';
import { proxlab } from '../../api';
import { formatCalendarDate } from '../../format/dates';
import { localeOf } from '../../../core/format/locale';
import { useLanguage } from '../../i18n/useLanguage';
import { ActionButton } from '../../shell/ActionButton';
import { useStatusText, type Status } from '../../i18n/failure-text';

type Row = { key: number; name: string; nim: string };
type Draft = Omit<Identity, 'students'> & { students: Row[] };

const TEXT_FIELDS = ['className', 'course', 'lecturer', 'institution'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

let nextKey = 0;
const row = (name = '', nim = ''): Row => ({ key: nextKey++, name, nim });

/** The identity as the form edits it: always at least one member row to type into. */
function draftOf(identity: Identity): Draft {
  const students = identity.students.map((s) => row(s.name, s.nim));
  return { ...identity, students: students.length ? students : [row()] };
}

/** What is saved: text trimmed, member rows left empty dropped. */
function identityOf(draft: Draft): Identity {
  return {
    title: draft.title.trim(),
    students: draft.students.map((s) => ({ name: s.name.trim(), nim: s.nim.trim() })).filter((s) => s.name || s.nim),
    className: draft.className.trim(),
    course: draft.course.trim(),
    lecturer: draft.lecturer.trim(),
    institution: draft.institution.trim(),
    date: draft.date.trim(),
  };
}

/**
 * The report's identity: title, every member of the group (name and NIM), class, course,
 * lecturer, institution and lab date, saved into the open session. Rows are added and removed
 * from the keyboard; focus follows the row that was added, or the one after a removed row.
 */
export function IdentityForm({ identity }: { identity: Identity }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ids = useId();
  const [draft, setDraft] = useState(() => draftOf(identity));
  const [synced, setSynced] = useState(identity);
  const [status, setStatus] = useState<Status>(null);
  const statusText = useStatusText();
  const [busy, setBusy] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const nameInputs = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  // Another session opened, or the identity saved: start from what the session holds. Runs
  // and other edits leave the identity as it was, and the typing here alone.
  if (JSON.stringify(synced) !== JSON.stringify(identity)) {
    setSynced(identity);
    setDraft(draftOf(identity));
  }

  useEffect(() => {
    if (focusRow === null) return;
    const target = draft.students[Math.min(focusRow, draft.students.length - 1)];
    (target ? nameInputs.current.get(target.key) : addButton.current)?.focus();
    setFocusRow(null);
  }, [focusRow, draft.students]);

  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const setStudent = (key: number, change: Partial<Row>) =>
    set(
      'students',
      draft.students.map((s) => (s.key === key ? { ...s, ...change } : s)),
    );

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const outcome = await proxlab().invoke('session.update', { identity: identityOf(draft) });
      if (outcome.problem) setStatus({ kind: 'error', failure: outcome.problem });
      else if (outcome.state.dirty || !outcome.state.path) setStatus({ kind: 'info', text: t('report.identityForm.updated') });
      else setStatus({ kind: 'info', text: t('report.identityForm.savedTo', { path: outcome.state.path }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('report.page.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="identity-form" aria-labelledby={`${ids}-heading`} onSubmit={(e) => void save(e)}>
      <h2 id={`${ids}-heading`}>{t('report.identityForm.heading')}</h2>
      <p className="hint">{t('report.identityForm.intro')}</p>
      <div className="identity-fields">
        <label className="wide">
          <span>{t('report.identityForm.title')}</span>
          <input type="text" maxLength={300} value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </label>
        {TEXT_FIELDS.map((field) => (
          <label key={field}>
            <span>{t(`report.identity.${field}`)}</span>
            <input type="text" maxLength={200} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
          </label>
        ))}
        <label>
          <span>{t('report.identity.date')}</span>
          {/* A date typed as free text in an older session stays editable as text. */}
          <input
            type={!draft.date || ISO_DATE.test(draft.date) ? 'date' : 'text'}
            maxLength={100}
            value={draft.date}
            onChange={(e) => set('date', e.target.value)}
          />
          {/* The date field's own order (d/m or m/d) follows the system, not the app: say the day in words. */}
          {ISO_DATE.test(draft.date) && <small className="date-words">{formatCalendarDate(draft.date, localeOf(language))}</small>}
        </label>
      </div>
      <fieldset className="identity-students">
        <legend>{t('report.identityForm.students')}</legend>
        <div className="student-row student-head" aria-hidden="true">
          <span>{t('report.identity.number')}</span>
          <span>{t('report.identityForm.name')}</span>
          <span>{t('report.identityForm.nim')}</span>
        </div>
        <ol>
          {draft.students.map((student, i) => (
            <li key={student.key} className="student-row">
              <span className="student-number">{i + 1}</span>
              <input
                type="text"
                maxLength={200}
                aria-label={t('report.identityForm.nameOf', { n: i + 1 })}
                value={student.name}
                ref={(input) => {
                  if (input) nameInputs.current.set(student.key, input);
                  else nameInputs.current.delete(student.key);
                }}
                onChange={(e) => setStudent(student.key, { name: e.target.value })}
              />
              <input
                type="text"
                maxLength={40}
                inputMode="numeric"
                aria-label={t('report.identityForm.nimOf', { n: i + 1 })}
                value={student.nim}
                onChange={(e) => setStudent(student.key, { nim: e.target.value })}
              />
              <button
                type="button"
                className="quiet"
                aria-label={t('report.identityForm.removeLabel', { n: i + 1 })}
                onClick={() => {
                  set(
                    'students',
                    draft.students.filter((s) => s.key !== student.key),
                  );
                  setFocusRow(i);
                }}
              >
                {t('report.identityForm.remove')}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          ref={addButton}
          onClick={() => {
            set('students', [...draft.students, row()]);
            setFocusRow(draft.students.length);
          }}
        >
          {t('report.identityForm.add')}
        </button>
      </fieldset>
      <div className="identity-actions">
        <ActionButton type="submit" className="primary" blocked={busy ? { why: t('blocked.busy') } : null}>
          {t('report.identityForm.save')}
        </ActionButton>
        {status && (
          <span className={`identity-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
            {statusText(status)}
          </span>
        )}
      </div>
    </form>
  );
}
