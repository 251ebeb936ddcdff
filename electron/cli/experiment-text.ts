import type { Language } from '../../core/language';
import type { experimentDocument } from '../experiment/show';
import { formatBinaryBytes as pveBytes, formatFixed } from '../../core/format/numbers';
import { formatPercent } from '../../core/format/percent';
import { localeOf } from '../../core/format/locale';

const TEXT = {
  en: { state: 'State', ram: 'RAM used (of total)', cpu: 'CPU', load: 'Load average', samples: 'Samples', run: 'Run', of: 'of', added: 'Added' },
  id: {
    state: 'Keadaan',
    ram: 'RAM terpakai (dari total)',
    cpu: 'CPU',
    load: 'Load average',
    samples: 'Sampel',
    run: 'Percobaan',
    of: 'dari',
    added: 'Tambahan',
  },
} as const;

/** The results table as the paper prints it: one row per step, means over the step's samples. */
export function experimentText(document: ReturnType<typeof experimentDocument>, lang: Language): string {
  const L = TEXT[lang];
  const locale = localeOf(lang);
  const fixed = (v: number, d: number) => formatFixed(v, d, locale);
  const rows: string[][] = [[L.state, L.ram, '%', `${L.cpu} %`, L.load, L.added, L.samples]];
  for (const step of document.steps) {
    const s = step.summary;
    const total = step.samples[0]?.memTotal;
    rows.push([
      `${step.label}${document.plan.repetitions > 1 ? ` (${L.run} ${step.repetition})` : ''}`,
      s && total ? `${pveBytes(s.memUsedMean, locale)} ${L.of} ${pveBytes(total, locale)}` : '–',
      s ? formatPercent(s.memUsedPercentMean, 2, locale) : '–',
      s ? formatPercent(s.cpuMean * 100, 2, locale) : '–',
      s ? [s.load1Mean, s.load5Mean, s.load15Mean].map((v) => fixed(v, 2)).join(' ') : '–',
      step.memAddedOverPreviousStep === null ? '' : `+${pveBytes(step.memAddedOverPreviousStep, locale)}`,
      String(s?.samples ?? 0),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const header = `${document.plan.node}: ${document.state}${document.pveVersion ? `, PVE ${document.pveVersion}` : ''}\n`;
  return (
    header +
    rows
      .map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') +
    '\n'
  );
}
