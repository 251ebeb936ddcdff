import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/language';
import { useLanguage } from '../../i18n/useLanguage';
import { ThresholdSetsSettings } from './ThresholdSetsSettings';
import { RtpStreamsSetting } from './RtpStreamsSetting';
import { ChoiceSetting } from './ChoiceSetting';

// The renderer takes only types from electron/: no zod in the page bundle.
const LANGUAGES: readonly Language[] = ['id', 'en'];

export function SettingsPage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="page settings-page">
      <div className="page-head">
        <h1>{t('settings.title')}</h1>
      </div>
      <ChoiceSetting
        name="language"
        legend={t('settings.language')}
        help={t('settings.languageHelp')}
        options={LANGUAGES}
        value={language}
        label={(option) => t(`language.${option}`)}
        lang={(option) => option}
        onChoose={(option) => void setLanguage(option)}
      />
      <RtpStreamsSetting />
      <ThresholdSetsSettings />
    </div>
  );
}
