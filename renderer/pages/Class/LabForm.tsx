import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UTC_OFFSETS, type LabFormField, type LabFormProblem, type LabFormValues } from './lab-form';

/** i18next reads ":" in a key as a namespace: the zones are looked up by name. */
const ZONE_NAMES: Record<string, string> = { '+07:00': 'wib', '+08:00': 'wita', '+09:00': 'wit' };

interface Props {
  values: LabFormValues;
  problems: Partial<Record<LabFormField, LabFormProblem>>;
  onChange(values: LabFormValues): void;
}

/** The lecturer's lab definition: what the checks compare the class with. */
export function LabForm({ values, problems, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = (field: keyof LabFormValues) => (event: { target: { value: string } }) => onChange({ ...values, [field]: event.target.value });
  const problem = (field: LabFormField) =>
    problems[field] ? (
      <span className="field-problem" id={`${id}-${field}-problem`} role="alert">
        {t(`class.lab.problem.${problems[field]}`)}
      </span>
    ) : null;
  const described = (field: LabFormField, hint?: string) =>
    [problems[field] ? `${id}-${field}-problem` : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const offsets: readonly string[] = UTC_OFFSETS.includes(values.utcOffset as (typeof UTC_OFFSETS)[number]) ? UTC_OFFSETS : [...UTC_OFFSETS, values.utcOffset];

  return (
    <div className="lab-form">
      <label className="lab-name">
        <span>{t('class.lab.name')}</span>
        <input type="text" value={values.name} onChange={set('name')} maxLength={200} placeholder={t('class.lab.namePlaceholder')} />
      </label>
      <label className="lab-services">
        <span>{t('class.lab.services')}</span>
        <textarea
          rows={3}
          value={values.services}
          onChange={set('services')}
          spellCheck={false}
          placeholder="192.168.10.11 WordPress"
          aria-invalid={problems.services ? true : undefined}
          aria-describedby={described('services', `${id}-services-hint`)}
        />
        <span className="hint" id={`${id}-services-hint`}>
          {t('class.lab.servicesHint')}
        </span>
        {problem('services')}
      </label>
      <div className="lab-when">
        <label>
          <span>{t('class.lab.date')}</span>
          <input type="date" value={values.date} onChange={set('date')} aria-invalid={problems.date ? true : undefined} aria-describedby={described('date')} />
          {problem('date')}
        </label>
        <label>
          <span>{t('class.lab.from')}</span>
          <input type="time" value={values.from} onChange={set('from')} aria-invalid={problems.from ? true : undefined} aria-describedby={described('from')} />
          {problem('from')}
        </label>
        <label>
          <span>{t('class.lab.to')}</span>
          <input type="time" value={values.to} onChange={set('to')} aria-invalid={problems.to ? true : undefined} aria-describedby={described('to')} />
          {problem('to')}
        </label>
        <label>
          <span>{t('class.lab.zone')}</span>
          <select value={values.utcOffset} onChange={set('utcOffset')}>
            {offsets.map((offset) => (
              <option key={offset} value={offset}>
                {ZONE_NAMES[offset] ? t(`class.lab.zones.${ZONE_NAMES[offset]}`) : `UTC${offset}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('class.lab.guests')}</span>
          <input
            type="number"
            min={1}
            max={100}
            inputMode="numeric"
            className="guests-input"
            value={values.expectedGuests}
            onChange={set('expectedGuests')}
            aria-invalid={problems.expectedGuests ? true : undefined}
            aria-describedby={described('expectedGuests')}
          />
          {problem('expectedGuests')}
        </label>
      </div>
    </div>
  );
}
