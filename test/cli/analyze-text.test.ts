import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { analyzeCaptureFile } from '../../electron/capture/analyze-file';
import { formatReportText } from '../../electron/cli/analyze-text';
import { resources } from '../../renderer/i18n';
import { catalogueTranslate, type Translate } from '../../core/catalogue';
import { CAPTURE_PROPERTIES_WORDS } from '../../core/capture/properties-words';
import { buildPropertiesModel } from '../../core/capture/properties-model';
import { propertiesText } from '../../core/capture/properties-text';
import { formatCaptureMessage } from '../../core/capture/messages';
import { localeOf } from '../../core/format/locale';
import type { Language } from '../../core/language';
import { capturesDir, corpusFiles, corpusPath, haveShared } from '../support/shared';

// `proxlab analyze` prints Capture File Properties through the Captures page's model and text:
// for a file without problems its text is the page's clipboard copy, character for character,
// in both languages. The page's side is built here with i18next, as the page builds it.

const LANGUAGES: Language[] = ['en', 'id'];
const cliFile = fileURLToPath(new URL('../../out/cli.js', import.meta.url));
const describeIn = (lang: Language) => (key: string, params: Record<string, string | number>, english: string) =>
  formatCaptureMessage(key, params, lang, english);

describe('the CLI translator', () => {
  it("picks i18next's plural keys by the language's plural rules", () => {
    const en = catalogueTranslate(CAPTURE_PROPERTIES_WORDS, 'en');
    const id = catalogueTranslate(CAPTURE_PROPERTIES_WORDS, 'id');
    expect([en('props.time.days', { count: 1, n: '1' }), en('props.time.days', { count: 3, n: '3' })]).toEqual(['1 day', '3 days']);
    expect([id('props.time.days', { count: 1, n: '1' }), id('props.time.days', { count: 3, n: '3' })]).toEqual(['1 hari', '3 hari']);
    expect(id('props.file.snaplenInferredRange', { min: '96', max: '1.514' })).toBe('96 – 1.514 byte (disimpulkan dari paket)');
    expect(en('props.no.such.key')).toBe('props.no.such.key');
  });
});

describe.skipIf(!haveShared)('proxlab analyze text', () => {
  const page: Partial<Record<Language, Translate>> = {};
  beforeAll(async () => {
    for (const lng of LANGUAGES) {
      const instance = i18next.createInstance();
      await instance.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
      page[lng] = instance.t.bind(instance) as unknown as Translate;
    }
  });

  it.each(corpusFiles())("prints %s as the Captures page's clipboard copy", async (name) => {
    const report = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: true });
    if (report.error || report.warningDetails.length) return;
    for (const lang of LANGUAGES) {
      const t = page[lang]!;
      const sections = buildPropertiesModel(report.properties!, report.displayed, { t, locale: localeOf(lang) });
      const copied = propertiesText(`${t('props.title')}: ${report.file}`, sections);
      expect(formatReportText(report, lang, describeIn(lang))).toBe(copied);
    }
  });

  it("puts a damaged file's error where the page's copy puts it, before the properties", async () => {
    const report = await analyzeCaptureFile(corpusPath('corrupt_bogus_record_length.pcap'), { propertiesOnly: true });
    const text = formatReportText(report, 'id', describeIn('id'));
    const title = 'Properti Berkas Tangkapan: corrupt_bogus_record_length.pcap';
    expect(text.startsWith(`${title}\n${'='.repeat(title.length)}\n\nGalat: Berkas "corrupt_bogus_record_length.pcap" tampaknya rusak.\n`)).toBe(true);
    expect(text).toContain('\n(pcap: berkas memuat paket 3925868813 byte, lebih besar dari batas 262144)\n\nBerkas\n  Nama:');
    expect(text).toMatch(/\n {2}Paket {2,}18\n/);
  });

  it("prints packet times in the machine's time zone", () => {
    const run = (TZ: string) =>
      spawnSync(process.execPath, [cliFile, 'analyze', '--properties', '--lang', 'id', 'http_espn_browse.pcapng'], {
        cwd: capturesDir,
        env: { PATH: process.env.PATH ?? '', TZ },
        encoding: 'utf8',
      }).stdout;
    // capinfos -T -r: first packet 1270661369.782934 (2010-04-07 17:29:29 UTC).
    expect(run('UTC')).toContain('  Paket pertama:  2010-04-07 17:29:29,782934 UTC\n');
    expect(run('Asia/Jakarta')).toContain('  Paket pertama:  2010-04-08 00:29:29,782934 WIB\n');
  });
});
