import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThresholdSet } from '../../../core/qos/threshold-schema';
import { thresholdSetName } from '../../../core/qos/labels';
import { useLanguage } from '../../i18n/useLanguage';
import { parseLocalNumber } from '../../format/typed-number';

export interface ThresholdChoice {
  set: ThresholdSet | null;
  setSetId(id: string): void;
  capacityText: string;
  setCapacityText(text: string): void;
  /** bit/s, only when the set grades throughput as a share of the link and the field holds a positive number. */
  capacity: number | null;
}

/** The threshold set a QoS view grades with, and the link capacity the %-of-link set needs (typed in Mbit/s). */
export function useThresholdChoice(sets: ThresholdSet[], locale: string): ThresholdChoice {
  const [setId, setSetId] = useState('tiphon-skripsi');
  const [capacityText, setCapacityText] = useState('100');
  const set = sets.find((s) => s.id === setId) ?? sets[0] ?? null;
  const capacityMbit = parseLocalNumber(capacityText, locale);
  const capacity = set?.throughputMeasure === 'percent-of-link' && capacityMbit && capacityMbit > 0 ? capacityMbit * 1e6 : null;
  return { set, setSetId, capacityText, setCapacityText, capacity };
}

export function ThresholdSetPicker({ sets, choice }: { sets: ThresholdSet[]; choice: ThresholdChoice }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <label>
        <span>{t('comparison.thresholds')}</span>
        <select value={choice.set?.id ?? ''} onChange={(e) => choice.setSetId(e.target.value)} name="thresholds">
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {thresholdSetName(s, language)}
            </option>
          ))}
        </select>
      </label>
      {choice.set?.throughputMeasure === 'percent-of-link' && (
        <label>
          <span>{t('comparison.capacity')}</span>
          <input value={choice.capacityText} onChange={(e) => choice.setCapacityText(e.target.value)} inputMode="decimal" name="capacity" />
        </label>
      )}
    </>
  );
}
