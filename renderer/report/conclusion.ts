import type { ReportModel, ServiceReport } from '../../electron/report/model';
import { INDEX_LABELS, VERDICT_LABELS } from '../../electron/qos/labels';
import { formatFixed } from '../format/numbers';
import { formatBitsPerSecond, formatMemory, formatPercent } from './format';
import { listWords, type ReportLanguage } from './text';

// The conclusion a student starts from: sentences written from the report's own numbers, in
// the report's language. The student may replace it with their own text (session.conclusion).

/** Below this CPU share the node is called lightly loaded (the paper's node stays under 6 %). */
const LOW_CPU_PERCENT = 20;

function memorySentences(model: ReportModel, { t, locale }: ReportLanguage): string[] {
  const steps = model.scenario1?.steps.filter((s) => s.repetition === 1) ?? [];
  if (steps.length < 2) return [];
  const first = steps[0];
  const last = steps.at(-1)!;
  const sentences = [
    t('report.conclusion.memoryGrowth', {
      first: formatMemory(first.memUsedBytes, locale),
      last: formatMemory(last.memUsedBytes, locale),
      guests: last.running.length,
      delta: formatMemory(last.memUsedBytes - first.memUsedBytes, locale),
      share: formatPercent(((last.memUsedBytes - first.memUsedBytes) / last.memTotalBytes) * 100, locale, 1),
      total: formatMemory(last.memTotalBytes, locale),
    }),
  ];
  const largest = steps.reduce((best, s) => ((s.memAddedBytes ?? -Infinity) > (best.memAddedBytes ?? -Infinity) ? s : best));
  if (largest.memAddedBytes !== null) {
    sentences.push(t('report.conclusion.largestStep', { step: largest.label, amount: formatMemory(largest.memAddedBytes, locale) }));
  }
  const cpu = steps.map((s) => s.cpuPercent);
  const range = { min: formatPercent(Math.min(...cpu), locale), max: formatPercent(Math.max(...cpu), locale) };
  sentences.push(t(Math.max(...cpu) < LOW_CPU_PERCENT ? 'report.conclusion.cpuLow' : 'report.conclusion.cpuRange', range));
  return sentences;
}

const GRADED_PARAMETERS = ['throughput', 'delay', 'jitter', 'loss'] as const;

function serviceSentence(service: ServiceReport, { t, locale, language }: ReportLanguage): string {
  const { grade } = service;
  if (grade.mean !== null && grade.verdict !== null) {
    return t('report.conclusion.serviceGraded', {
      service: service.service,
      mean: formatFixed(grade.mean, 2, locale),
      percent: formatPercent(grade.percent!, locale),
      verdict: VERDICT_LABELS[language][grade.verdict],
    });
  }
  const missing = GRADED_PARAMETERS.filter((p) => grade[p] === null).map((p) => t(`report.s2.${p}`).toLowerCase());
  return t('report.conclusion.serviceNotGraded', {
    service: service.service,
    params: listWords(missing, t('report.conclusion.and')),
    throughput: grade.throughput ?? '—',
    label: grade.throughput === null ? t('report.s2.notGraded') : INDEX_LABELS[language][grade.throughput as 0 | 1 | 2 | 3 | 4],
  });
}

function serviceSentences(model: ReportModel, language: ReportLanguage): string[] {
  const rated = model.services.filter((s) => s.recipe.throughputBitsPerSecond !== null);
  const sentences: string[] = [];
  if (rated.length >= 2) {
    const sorted = [...rated].sort((a, b) => b.recipe.throughputBitsPerSecond! - a.recipe.throughputBitsPerSecond!);
    const [best, worst] = [sorted[0], sorted.at(-1)!];
    sentences.push(
      language.t('report.conclusion.throughputRange', {
        best: best.service,
        bestValue: formatBitsPerSecond(best.recipe.throughputBitsPerSecond!, language.locale),
        worst: worst.service,
        worstValue: formatBitsPerSecond(worst.recipe.throughputBitsPerSecond!, language.locale),
      }),
    );
  }
  return [...sentences, ...model.services.map((s) => serviceSentence(s, language))];
}

/** The generated conclusion: one paragraph per scenario, empty ones left out. */
export function generatedConclusion(model: ReportModel, language: ReportLanguage): string[] {
  return [memorySentences(model, language), serviceSentences(model, language)].filter((p) => p.length > 0).map((p) => p.join(' '));
}
