import { formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';
import type { CaptureReport } from '../../core/capture/report-schema';
import type { QosAssessment } from '../../core/qos/qos-report-schema';
import type { Language } from '../../core/language';
import { VERDICT_LABELS, thresholdSetName } from '../../core/qos/labels';
import { catalogueTranslate } from '../../core/catalogue';
import { textTable } from '../../core/format/text-table';
import { CAPTURE_PROPERTIES_WORDS, CAPTURE_TEXT_WORDS } from '../../core/capture/properties-words';
import { buildPropertiesModel } from '../../core/capture/properties-model';
import { propertiesText } from '../../core/capture/properties-text';

// What `proxlab analyze` prints for one file: the Captures page's clipboard copy of Wireshark's
// "Capture File Properties" (the same model and text, exact numbers, in the chosen language and
// the machine's time zone) with the file's problems before it, then the QoS table.

/** The report's words in `lang`, from the catalogues the Captures page reads too. */
function wordsIn(lang: Language) {
  return {
    w: (key: keyof typeof CAPTURE_PROPERTIES_WORDS) => CAPTURE_PROPERTIES_WORDS[key][lang],
    t: (key: keyof typeof CAPTURE_TEXT_WORDS) => CAPTURE_TEXT_WORDS[key][lang],
  };
}

function num(value: number | null, lang: Language, digits = 0): string {
  if (value === null) return CAPTURE_PROPERTIES_WORDS['props.unknown'][lang];
  return formatFixed(value, digits, localeOf(lang));
}

/** The QoS table under its heading, indented as the properties' tables are. */
const indented = (rows: string[][]) => textTable(rows).map((line) => `  ${line}`);

function qosText(q: QosAssessment, lang: Language): string[] {
  const { w, t } = wordsIn(lang);
  const r = q.recipe;
  const m = q.measuredValues;
  const { recipe: gr, measured: gm } = q.grades;
  const grade = (index: number | null) => (index === null ? '–' : String(index));
  const value = (v: number | null, digits: number, unit: string) => (v === null ? w('props.unknown') : `${num(v, lang, digits)} ${unit}`);
  const percent = (v: number | null) => (v === null ? w('props.unknown') : formatPercent(v, 2, localeOf(lang)));
  const evidence = r.lossEvidence === 'none' ? t('noEvidence') : `${r.lossEvidence}: ${num(r.lossSent, lang)} → ${num(r.lossReceived, lang)}`;
  const byPattern = q.measured.rtp.filter((s) => s.origin === 'pattern').length;
  const overall = (g: QosAssessment['grade']) =>
    g.mean === null
      ? w('props.unknown')
      : `${num(g.mean, lang, 2)} (${percent(g.percent)}) ${g.verdict === null ? w('props.unknown') : VERDICT_LABELS[lang][g.verdict]}`;
  return [
    `${t('qos')} — ${t('gradedWith')} ${thresholdSetName(q.grade.thresholds, lang)}; ${t('gradedColumn')}: ${q.grade.column === 'recipe' ? t('recipe') : t('measured')}`,
    ...indented([
      [t('parameter'), t('recipe'), t('index'), t('measured'), t('index')],
      ['Throughput', value(r.throughputBitsPerSecond, 0, 'bit/s'), grade(gr.throughput), value(m.throughputBitsPerSecond, 0, 'bit/s'), grade(gm.throughput)],
      ['Delay', value(r.delayMs, 3, 'ms'), grade(gr.delay), value(m.delayMs, 3, 'ms'), grade(gm.delay)],
      ['Jitter', value(r.jitterMs, 3, 'ms'), grade(gr.jitter), value(m.jitterMs, 3, 'ms'), grade(gm.jitter)],
      ['Packet loss', `${percent(r.lossPercent)} (${evidence})`, grade(gr.loss), percent(m.lossPercent), grade(gm.loss)],
    ]),
    `  ${t('overall')}, ${t('recipe')}: ${overall(gr)}`,
    `  ${t('overall')}, ${t('measured')}: ${overall(gm)}`,
    ...(byPattern > 0 ? [`  ${t('rtpByPattern')}: ${num(byPattern, lang)}`] : []),
  ];
}

export function formatReportText(
  report: CaptureReport,
  lang: Language,
  describe: (key: string, params: Record<string, string | number>, english: string) => string,
): string {
  const { t } = wordsIn(lang);
  const translate = catalogueTranslate(CAPTURE_PROPERTIES_WORDS, lang);
  const problems = report.warningDetails.map((warning) => `${t('warning')}: ${describe(warning.messageKey, warning.params, warning.message)}`);
  if (report.error) problems.unshift(`${t('error')}: ${describe(report.error.messageKey, report.error.params, report.error.message)}`);
  const sections = report.properties ? buildPropertiesModel(report.properties, report.displayed, { t: translate, locale: localeOf(lang) }) : [];
  const text = propertiesText(`${translate('props.title')}: ${report.file}`, sections, problems);
  return report.qos ? `${text}\n${qosText(report.qos, lang).join('\n')}\n` : text;
}
