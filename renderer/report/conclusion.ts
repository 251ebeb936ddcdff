import type { LabReportModel, ServiceReport } from '../../core/report/model';
import { INDEX_LABELS, VERDICT_LABELS } from '../../core/qos/labels';
import { formatFixed, formatSi } from '../../core/format/numbers';
import { formatMemory, formatPercent } from './format';
import { listWords, type ReportLanguage } from './text';
import { stepLabel } from '../format/step-label';

// The conclusion a student starts from: sentences written from the report's own numbers, in
// the report's language. The student may replace it with their own text (session.conclusion).

/** Below this CPU share the node is called lightly loaded (the paper's node stays under 6 %). */
const LOW_CPU_PERCENT = 20;

function memorySentences(model: LabReportModel, { t, locale }: ReportLanguage): string[] {
  const steps = model.scenario1?.steps.filter((s) => s.repetition === 1) ?? [];
  if (steps.length < 2) return [];
  const first = steps[0];
  const last = steps.at(-1)!;
  const sentences = [
    t('report.conclusion.memoryGrowth', {
      first: formatMemory(first.memUsedBytes, locale),
      last: formatMemory(last.memUsedBytes, locale),
      count: last.running.length,
      delta: formatMemory(last.memUsedBytes - first.memUsedBytes, locale),
      share: formatPercent(((last.memUsedBytes - first.memUsedBytes) / last.memTotalBytes) * 100, locale),
      total: formatMemory(last.memTotalBytes, locale),
    }),
  ];
  const largest = steps.reduce((best, s) => ((s.memAddedBytes ?? -Infinity) > (best.memAddedBytes ?? -Infinity) ? s : best));
  if (largest.memAddedBytes !== null) {
    sentences.push(t('report.conclusion.largestStep', { step: stepLabel(largest.label, t), amount: formatMemory(largest.memAddedBytes, locale) }));
  }
  const cpu = steps.map((s) => s.cpuPercent);
  const range = { min: formatPercent(Math.min(...cpu), locale), max: formatPercent(Math.max(...cpu), locale) };
  sentences.push(t(Math.max(...cpu) < LOW_CPU_PERCENT ? 'report.conclusion.cpuLow' : 'report.conclusion.cpuRange', range));
  return sentences;
}

const GRADED_PARAMETERS = ['throughput', 'delay', 'jitter', 'loss'] as const;

function gradedSentence(service: ServiceReport, { t, locale, language }: ReportLanguage): string {
  const { grade } = service;
  return t('report.conclusion.serviceGraded', {
    service: service.service,
    mean: formatFixed(grade.mean!, 2, locale),
    percent: formatPercent(grade.percent!, locale),
    verdict: VERDICT_LABELS[language][grade.verdict!],
  });
}

/** Groups in first-seen order, so sentences follow the report's order of services. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * Services that cannot be fully graded, said once for all that miss the same parameters (the
 * demo's three manual entries all miss jitter and loss), then their throughput indexes, once
 * per index.
 */
function notGradedSentences(services: readonly ServiceReport[], { t, language }: ReportLanguage): string[] {
  const and = t('report.conclusion.and');
  const names = (group: readonly ServiceReport[]) =>
    listWords(
      group.map((s) => s.service),
      and,
    );
  const missingOf = (s: ServiceReport) => GRADED_PARAMETERS.filter((p) => s.grade[p] === null);
  const missing = groupBy(services, (s) => missingOf(s).join()).map((group) =>
    t('report.conclusion.notGraded', {
      services: names(group),
      params: listWords(
        missingOf(group[0]).map((p) => t(`report.s2.${p}`).toLowerCase()),
        and,
      ),
      count: missingOf(group[0]).length,
    }),
  );
  const withThroughput = services.filter((s) => s.grade.throughput !== null);
  const throughput = groupBy(withThroughput, (s) => String(s.grade.throughput)).map((group) => {
    const index = group[0].grade.throughput as 0 | 1 | 2 | 3 | 4;
    return t('report.conclusion.throughputIndex', { services: names(group), index, label: INDEX_LABELS[language][index], count: group.length });
  });
  return [...missing, ...throughput];
}

function serviceSentences(model: LabReportModel, language: ReportLanguage): string[] {
  const rated = model.services.filter((s) => s.recipe.throughputBitsPerSecond !== null);
  const sentences: string[] = [];
  if (rated.length >= 2) {
    const sorted = [...rated].sort((a, b) => b.recipe.throughputBitsPerSecond! - a.recipe.throughputBitsPerSecond!);
    const [best, worst] = [sorted[0], sorted.at(-1)!];
    sentences.push(
      language.t('report.conclusion.throughputRange', {
        best: best.service,
        // A sentence reads a rounded figure with its prefix (2,08 Mbit/s); the exact bit/s are in the tables.
        bestValue: formatSi(best.recipe.throughputBitsPerSecond!, 'bit/s', language.locale),
        worst: worst.service,
        worstValue: formatSi(worst.recipe.throughputBitsPerSecond!, 'bit/s', language.locale),
      }),
    );
  }
  const graded = model.services.filter((s) => s.grade.mean !== null && s.grade.verdict !== null);
  const notGraded = model.services.filter((s) => !graded.includes(s));
  return [...sentences, ...graded.map((s) => gradedSentence(s, language)), ...notGradedSentences(notGraded, language)];
}

/** The generated conclusion: one paragraph per scenario, empty ones left out. */
export function generatedConclusion(model: LabReportModel, language: ReportLanguage): string[] {
  return [memorySentences(model, language), serviceSentences(model, language)].filter((p) => p.length > 0).map((p) => p.join(' '));
}
