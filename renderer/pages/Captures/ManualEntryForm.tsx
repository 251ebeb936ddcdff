import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { readManualEntry, type ManualEntryRow, type ManualEntryText, type ManualField, type ManualProblem } from './manual-entry';

const EMPTY: ManualEntryText = { service: '', packets: '', bytes: '', timeSpan: '', loss: '', delay: '', jitter: '' };
const FIELDS: ManualField[] = ['service', 'packets', 'bytes', 'timeSpan', 'loss', 'delay', 'jitter'];

let counter = 0;

/** The three numbers of Wireshark's Capture File Properties (and, optionally, loss, delay, jitter). */
export function ManualEntryForm({ onAdd }: { onAdd(row: ManualEntryRow): void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const ids = useId();
  const [text, setText] = useState<ManualEntryText>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<ManualField, ManualProblem>>>({});

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

  return (
    <form className="manual-form" onSubmit={submit} aria-labelledby={`${ids}-title`} noValidate>
      <h3 id={`${ids}-title`}>{t('manualEntry.title')}</h3>
      <p className="hint">{t('manualEntry.intro')}</p>
      <div className="manual-fields">
        {FIELDS.map((field) => (
          <label key={field} className={problems[field] ? 'invalid' : undefined}>
            <span>{t(`manualEntry.field.${field}`)}</span>
            <input
              id={`${ids}-${field}`}
              name={field}
              value={text[field]}
              inputMode={field === 'service' ? 'text' : 'decimal'}
              placeholder={t(`manualEntry.example.${field}`)}
              aria-invalid={problems[field] ? true : undefined}
              aria-describedby={problems[field] ? `${ids}-${field}-problem` : undefined}
              onChange={(e) => setText({ ...text, [field]: e.target.value })}
            />
            {problems[field] && (
              <small className="field-problem" id={`${ids}-${field}-problem`}>
                {t(`manualEntry.problem.${problems[field]}`)}
              </small>
            )}
          </label>
        ))}
      </div>
      <button type="submit">{t('manualEntry.add')}</button>
    </form>
  );
}
