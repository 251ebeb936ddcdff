import { useState, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvDialect } from '../../core/csv';
import { useLanguage } from '../i18n/useLanguage';

const DIALECTS: CsvDialect[] = ['semicolon', 'comma'];

/**
 * Which CSV a saved file is: Excel reads ";" and decimal commas where the system's decimal
 * separator is a comma (Indonesian Windows), "," and "." elsewhere; the UI language guesses first.
 */
export function useCsvDialect(): [CsvDialect, (dialect: CsvDialect) => void] {
  const { language } = useLanguage();
  const [chosen, setChosen] = useState<CsvDialect | null>(null);
  return [chosen ?? (language === 'id' ? 'semicolon' : 'comma'), setChosen];
}

export function CsvDialectSelect({ value, onChange }: { value: CsvDialect; onChange: (dialect: CsvDialect) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="csv-dialect">
      <label htmlFor={id}>{t('csv.dialect')}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as CsvDialect)}>
        {DIALECTS.map((dialect) => (
          <option key={dialect} value={dialect}>
            {t(`csv.${dialect}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
