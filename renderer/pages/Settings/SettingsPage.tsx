import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/session/settings';
import { useLanguage } from '../../i18n/useLanguage';
import { ThresholdSetsSettings } from './ThresholdSetsSettings';
import { RtpStreamsSetting } from './RtpStreamsSetting';

// The renderer takes only types from electron/: no zod in the page bundle.
const LANGUAGES: readonly Language[] = ['id', 'en'];

export function SettingsPage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const helpId = useId();
  return (
    <div className="page settings-page">
      <div className="page-head">
        <h1>{t('settings.title')}</h1>
      </div>
      <fieldset className="setting">
        <legend>{t('settings.language')}</legend>
        <p className="hint" id={helpId}>
          {t('settings.languageHelp')}
        </p>
        <div className="choices" role="radiogroup" aria-describedby={helpId}>
          {LANGUAGES.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="language"
                value={option}
                checked={language === option}
                onChange={() => void setLanguage(option)}
              />
              <span lang={option}>{t(`language.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <RtpStreamsSetting />
      <ThresholdSetsSettings />
    </div>
  );
}
