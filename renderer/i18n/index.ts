import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/language';
import { captureResources } from './capture-catalogue';
import { catalogueTree } from './catalogue-tree';
import { proxmoxMessages } from '../../core/proxmox/messages';
import { sessionLockMessages } from '../../core/session/lock-messages';
import { FLAG_TITLES } from '../../core/class/messages';
import { NODE_SUMMARY_WORDS } from '../../core/proxmox/node-summary';
import { RESULTS_WORDS } from '../../core/experiment/results-table';
import proxmoxEn from './proxmox.en.json';
import proxmoxId from './proxmox.id.json';
import en from './en.json';
import experimentEn from './experiment.en.json';
import experimentId from './experiment.id.json';
import id from './id.json';
import qosuiEn from './qosui.en.json';
import qosuiId from './qosui.id.json';
import reportEn from './report.en.json';
import reportId from './report.id.json';
import lecturerEn from './lecturer.en.json';
import lecturerId from './lecturer.id.json';
import classEn from './class.en.json';
import classId from './class.id.json';

export const resources = {
  en: {
    translation: {
      ...en,
      ...captureResources('en'),
      ...qosuiEn,
      ...reportEn,
      ...lecturerEn,
      ...classEn,
      ...experimentEn,
      ...proxmoxEn,
      ...catalogueTree(proxmoxMessages, 'en'),
      ...catalogueTree(sessionLockMessages, 'en'),
      classFlag: catalogueTree(FLAG_TITLES, 'en'),
      nodeSummary: catalogueTree(NODE_SUMMARY_WORDS, 'en'),
      experimentResults: catalogueTree(RESULTS_WORDS, 'en'),
    },
  },
  id: {
    translation: {
      ...id,
      ...captureResources('id'),
      ...qosuiId,
      ...reportId,
      ...lecturerId,
      ...classId,
      ...experimentId,
      ...proxmoxId,
      ...catalogueTree(proxmoxMessages, 'id'),
      ...catalogueTree(sessionLockMessages, 'id'),
      classFlag: catalogueTree(FLAG_TITLES, 'id'),
      nodeSummary: catalogueTree(NODE_SUMMARY_WORDS, 'id'),
      experimentResults: catalogueTree(RESULTS_WORDS, 'id'),
    },
  },
};

/** Starts i18next for React in the given language; English fills any gap. */
export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['id', 'en'],
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}
