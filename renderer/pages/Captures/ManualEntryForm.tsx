import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatFixed } from '../../../core/format/numbers';
import {
  readManualEntry,
  readManualField,
  type ManualEntryRow,
  type ManualEntryText,
  type ManualField,
  type ManualProblem,
  type ManualProblems,
  type NumberField,
} from './manual-entry';

const EMPTY: ManualEntryText = { service: '', packets: '', bytes: '', timeSpan: '', loss: '', delay: '', jitter: '' };
const FIELDS: ManualField[] = ['service', 'packets', 'bytes', 'timeSpan', 'loss', 'delay', 'jitter'];
/** Fraction digits shown back at most; Wireshark prints nine at the most. */
const MAX_SHOWN_DECIMALS = 9;

let counter = 0;

/** The three numbers of Wireshark's Capture File Properties (and, optionally, loss, delay, jitter). */
export function ManualEntryForm({ onAdd }: { onAdd(row: ManualEntryRow): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const ids = useId();
  const [text, setText] = useState<ManualEntryText>(EMPTY);
  const [problems, setProblems] = useState<ManualProblems>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readManualEntry(text, locale);
    if ('problems' in read) {
      setProblems(read.problems);
      const first = FIELDS.find((f) => read.problems[f]);
      if (first) document.getElementById(`${ids}-${first}`)?.focus();
      return;
    }
    setProblems({});
    onAdd({ id: `manual-${(counter++).toString(36)}`, service: text.service.trim(), entry: read.entry });
    setText(EMPTY);
  };

  const edit = (field: ManualField, value: string) => {
    setText({ ...text, [field]: value });
    // A fixed field's old problem would now describe text that is no longer there.
    if (problems[field]) setProblems({ ...problems, [field]: undefined });
  };

  const problemText = (field: ManualField, problem: ManualProblem) =>
    t(`manualEntry.problem.${problem.code}`, { text: text[field].trim(), decimal: String(problem.asDecimal), whole: String(problem.asWhole) });

  /** What the field was read as, or a problem the user should see before pressing Add. */
  const live = (field: ManualField): { reading: string } | { problem: ManualProblem } | null => {
    if (field === 'service') return null;
    const read = readManualField(field as NumberField, text[field], locale);
    if (read === null) return null;
    if ('problem' in read) return read.problem.code === 'ambiguous' || read.problem.code === 'clock' ? read : null;
    const shown = formatFixed(read.value, Math.min(read.decimals, MAX_SHOWN_DECIMALS), locale);
    return { reading: t('manualEntry.readAs', { value: `${shown} ${t(`manualEntry.unit.${field}`)}` }) };
  };

  return (
    <form className="manual-form" onSubmit={submit} aria-labelledby={`${ids}-title`} noValidate>
      <h3 id={`${ids}-title`}>{t('manualEntry.title')}</h3>
      <p className="hint">{t('manualEntry.intro')}</p>
      <div className="manual-fields">
        {FIELDS.map((field) => {
          const now = live(field);
          const problem = problems[field] ?? (now && 'problem' in now ? now.problem : undefined);
          const reading = !problem && now && 'reading' in now ? now.reading : null;
          return (
            <label key={field} className={problem ? 'invalid' : undefined}>
              <span>{t(`manualEntry.field.${field}`)}</span>
              <input
                id={`${ids}-${field}`}
                name={field}
                value={text[field]}
                inputMode={field === 'service' ? 'text' : 'decimal'}
                placeholder={t(`manualEntry.example.${field}`)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem || reading ? `${ids}-${field}-note` : undefined}
                onChange={(e) => edit(field, e.target.value)}
              />
              {problem && (
                <small className="field-problem" id={`${ids}-${field}-note`}>
                  {problemText(field, problem)}
                </small>
              )}
              {reading && (
                <small className="field-reading" id={`${ids}-${field}-note`}>
                  {reading}
                </small>
              )}
            </label>
          );
        })}
      </div>
      <button type="submit">{t('manualEntry.add')}</button>
    </form>
  );
}
