import type { Language } from '../../core/language';
import { fillCounted, fillTemplate } from '../../core/catalogue';
import { formatBinaryBytes, formatFixed, formatSi } from '../../core/format/numbers';
import { VERDICT_LABELS } from '../../core/qos/labels';
import type { ClassFlag, ClassResult, ClassService, ClassStats } from '../../core/class/schema';
import { CLASS_COUNTS, CLASS_WORDS, FLAG_SENTENCES, FLAG_TITLES } from '../../core/class/messages';

// `proxlab class` for people: a block per group, the class's median and IQR per column, and
// every flag as sentences of evidence, in Indonesian or English.

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

/** An epoch-seconds time (the capture report's "1760436000.123456789") or an ISO time, at the lab's offset. */
export function instantAt(time: string, offset: string): string {
  const ms = /^-?\d+(\.\d+)?$/.test(time) ? Number(time) * 1000 : Date.parse(time);
  const sign = offset.startsWith('-') ? -1 : 1;
  const shifted = new Date(ms + sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000);
  return `${shifted.toISOString().slice(0, 19).replace('T', ' ')} ${offset}`;
}

export function classText(result: ClassResult, lang: Language): string {
  const locale = LOCALES[lang];
  const w = (key: keyof typeof CLASS_WORDS, params: Record<string, string | number> = {}) => fillTemplate(CLASS_WORDS[key][lang], params);
  const bytes = (v: number | null) => (v === null ? '–' : formatBinaryBytes(v, locale));
  const percent = (fraction: number | null) => (fraction === null ? '–' : `${formatFixed(fraction * 100, 2, locale)} %`);
  const fixed = (v: number | null, digits: number, unit: string) => (v === null ? '–' : `${formatFixed(v, digits, locale)}${unit}`);
  const rate = (v: number | null) => (v === null ? '–' : formatSi(v, 'bit/s', locale));
  const offset = result.lab?.utcOffset ?? result.reference.window?.start.slice(-6) ?? '+07:00';
  const at = (time: string) => instantAt(time, offset);

  const service = (s: ClassService) => {
    const g = s.grade;
    const values = s.grade.column === 'measured' && s.measured ? s.measured : s.recipe;
    const indexes = [g.throughput, g.delay, g.jitter, g.loss].map((i) => (i === null ? '–' : String(i))).join(' ');
    const verdict = g.verdict ? ` ${VERDICT_LABELS[lang][g.verdict]}` : '';
    return `  ${s.service}: ${rate(values.throughputBitsPerSecond)}, ${fixed(values.delayMs, 2, ' ms')}, ${fixed(values.jitterMs, 2, ' ms')}, ${fixed(values.lossPercent, 2, ' %')} → ${indexes} = ${fixed(g.mean, 2, '')}${verdict}${s.source === 'manual' ? ` (${w('manual')})` : ''}`;
  };

  const n = (what: keyof typeof CLASS_COUNTS, count: number) => fillCounted(CLASS_COUNTS[what], lang, count);
  const { summary } = result;
  const counts = {
    groups: n('groups', summary.students),
    sessions: n('sessions', summary.sessions),
    captures: n('captures', summary.captures),
    reports: n('reports', summary.reports),
  };
  const lines: string[] = [`${result.folder}: ${w('students', counts)}`, ''];
  for (const student of result.students) {
    lines.push(`${w('group')} ${student.id}${student.names.length ? ` — ${student.names.join(', ')}` : ''}`);
    const e = student.experiment;
    if (e) {
      lines.push(`  ${w('memory')}: ${e.steps.map((s) => `${s.label} ${bytes(s.memUsedMean)}`).join(' · ')}`);
      lines.push(`  ${w('perGuest')}: ${bytes(e.memAddedPerGuest)}`);
      lines.push(`  ${w('cpu')}: ${e.steps.map((s) => `${s.label} ${percent(s.cpuMean)}`).join(' · ')}`);
    } else lines.push(`  (${w('noExperiment')})`);
    lines.push(...student.services.map(service));
    if (student.overall) lines.push(`  ${w('overall')}: ${formatFixed(student.overall.mean, 2, locale)} ${VERDICT_LABELS[lang][student.overall.verdict]}`);
    lines.push('');
  }

  const spread = (stats: ClassStats, show: (v: number | null) => string) => `${show(stats.median)} (${show(stats.iqr)})`;
  const d = result.distribution;
  lines.push(w('distribution'));
  lines.push(`  ${w('memory')}: ${d.steps.map((s) => `${s.label} ${spread(s.memUsed, bytes)}`).join(' · ')}`);
  lines.push(`  ${w('perGuest')}: ${spread(d.memAddedPerGuest, bytes)}`);
  lines.push(`  ${w('cpu')}: ${d.steps.map((s) => `${s.label} ${spread(s.cpu, percent)}`).join(' · ')}`);
  for (const s of d.services) {
    lines.push(
      `  ${s.service}: ${spread(s.throughputBitsPerSecond, rate)}, ${spread(s.delayMs, (v) => fixed(v, 2, ' ms'))}, ${spread(s.jitterMs, (v) => fixed(v, 2, ' ms'))}, ${spread(s.lossPercent, (v) => fixed(v, 2, ' %'))}`,
    );
  }
  lines.push('', `${w('flags')} (${result.flags.length}) — ${w('notAVerdict')}`);
  if (result.flags.length === 0) lines.push(`  ${w('noFlags')}`);
  for (const flag of result.flags) {
    lines.push(`  [${flag.kind}] ${FLAG_TITLES[flag.kind][lang]}: ${flag.students.join(', ')}`);
    for (const sentence of flagSentences(flag, lang, at)) lines.push(`    ${sentence}`);
  }
  if (result.unreadable.length) {
    lines.push('', `${w('unreadable')}:`);
    for (const u of result.unreadable) lines.push(`  ${u.path}: ${u.reason}`);
  }
  return lines.join('\n') + '\n';
}

/** The evidence of one flag as sentences in `lang`. */
export function flagSentences(flag: ClassFlag, lang: Language, at: (time: string) => string): string[] {
  const locale = LOCALES[lang];
  const say = (params: Record<string, string | number>) => fillTemplate(FLAG_SENTENCES[flag.kind][lang], params);
  const word = (key: keyof typeof CLASS_WORDS) => CLASS_WORDS[key][lang];
  const from = (f: 'lab' | 'class') => word(f === 'lab' ? 'fromLab' : 'fromClass');
  const bytes = (v: number | null) => (v === null ? '–' : formatBinaryBytes(v, locale));
  switch (flag.kind) {
    case 'duplicate-capture': {
      const files = flag.evidence.files.map((f) => f.path ?? `${f.session} (${f.service})`).join(', ');
      return [say({ sha256: flag.evidence.sha256, students: flag.students.join(', '), files })];
    }
    case 'contained-capture': {
      const { inner, outer, frames } = flag.evidence;
      return [
        say({
          packets: fillCounted(CLASS_COUNTS.packets, lang, inner.packets),
          inner: inner.path,
          innerStudent: inner.student,
          first: frames.first,
          last: frames.last,
          outer: outer.path,
          outerStudent: outer.student,
          firstTime: at(inner.firstTime),
          lastTime: at(inner.lastTime),
        }),
      ];
    }
    case 'outside-window': {
      const { window } = flag.evidence;
      return flag.evidence.captures.map((c) =>
        say({
          capture: c.path ?? `${c.session} (${c.service})`,
          firstTime: at(c.firstTime),
          lastTime: at(c.lastTime),
          start: at(window.start),
          end: at(window.end),
          from: from(window.from),
        }),
      );
    }
    case 'server-not-in-lab':
      return flag.evidence.analyses.map((a) =>
        say({ service: a.service, session: a.session, address: a.address, lab: flag.evidence.labAddresses.join(', '), from: from(flag.evidence.from) }),
      );
    case 'not-reproduced': {
      const sources = { statistics: word('fromStatistics'), grade: word('fromGrade'), capture: word('fromCapture') };
      const shown = (v: number | string | null) => (v === null ? '–' : typeof v === 'number' ? formatFixed(v, 3, locale) : v);
      return flag.evidence.analyses.flatMap((a) =>
        a.fields.map((f) =>
          say({ service: a.service, session: a.session, field: f.field, stored: shown(f.session), reproduced: shown(f.reproduced), from: sources[f.from] }),
        ),
      );
    }
    case 'other-node': {
      const { node, lab, differs } = flag.evidence;
      const value = (field: (typeof differs)[number], v: string | number | null) =>
        v === null ? '–' : field === 'memoryBytes' ? bytes(v as number) : String(v);
      const differences = differs
        .map((field) => fillTemplate(CLASS_WORDS.nodeDiffers[lang], { field: word(field), value: value(field, node[field]), lab: value(field, lab[field]) }))
        .join(word('and'));
      return [say({ session: flag.evidence.session, differences, from: from(flag.evidence.from) })];
    }
    case 'impossible-timeline':
      return flag.evidence.steps.map((s) =>
        say({
          session: flag.evidence.session,
          label: s.label,
          samplesBefore: fillCounted(CLASS_COUNTS.samples, lang, s.samplesBefore),
          firstSample: at(s.firstSampleAt),
          vmid: s.vmid,
          runningAt: at(s.runningAt),
        }),
      );
    case 'outlier':
      return flag.evidence.steps.map((s) =>
        say({
          session: flag.evidence.session,
          label: s.label,
          value: bytes(s.memUsedMean),
          median: bytes(s.class.median),
          low: bytes(s.class.lowerFence),
          high: bytes(s.class.upperFence),
          samples: s.samples.map((x) => bytes(x.memUsed)).join(', '),
        }),
      );
  }
}
