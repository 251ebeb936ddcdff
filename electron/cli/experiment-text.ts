import type { Language } from '../../core/language';
import type { experimentDocument } from '../experiment/show';
import { fillTemplate } from '../../core/catalogue';
import { formatBinaryBytes as pveBytes, formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';
import { textTable } from '../../core/format/text-table';
import { RESULTS_WORDS, resultRows } from '../../core/experiment/results-table';

/** The results table as the paper prints it: one row per step, means over the step's samples. */
export function experimentText(document: ReturnType<typeof experimentDocument>, lang: Language): string {
  const w = (key: keyof typeof RESULTS_WORDS, params: Record<string, string | number> = {}) => fillTemplate(RESULTS_WORDS[key][lang], params);
  const locale = localeOf(lang);
  const fixed = (v: number, d: number) => formatFixed(v, d, locale);
  const rows: string[][] = [[w('state'), w('ram'), '%', w('cpu'), w('load'), w('added'), w('samples')]];
  for (const row of resultRows(document)) {
    rows.push([
      `${row.label}${document.plan.repetitions > 1 ? ` (${w('run', { n: row.repetition })})` : ''}`,
      row.memUsedMean !== null && row.memTotal ? w('ofTotal', { used: pveBytes(row.memUsedMean, locale), total: pveBytes(row.memTotal, locale) }) : '–',
      row.memUsedPercent === null ? '–' : formatPercent(row.memUsedPercent, 2, locale),
      row.cpuPercent === null ? '–' : formatPercent(row.cpuPercent, 2, locale),
      row.load ? row.load.map((v) => fixed(v, 2)).join(' ') : '–',
      row.added === null ? '' : `+${pveBytes(row.added, locale)}`,
      String(row.samples),
    ]);
  }
  const header = `${document.plan.node}: ${document.state}${document.pveVersion ? `, PVE ${document.pveVersion}` : ''}\n`;
  return header + textTable(rows).join('\n') + '\n';
}
