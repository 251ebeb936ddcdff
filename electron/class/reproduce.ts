import path from 'node:path';
import type { ClassFlagOf } from '../../core/class/schema';
import type { CaptureAnalyzer } from '../capture/analyzer';
import type { CaptureAnalysis } from '../session/analysis';
import type { QosAssessment } from '../../core/qos/qos-report-schema';
import { gradeQos } from '../qos/grade';
import type { Grade } from '../../core/qos/grade-schema';
import { BUILT_IN_THRESHOLD_SETS } from '../../core/qos/thresholds';
import type { StudentWork } from './group';

// Whether a session's QoS figures are what its own analysis gives. Three sources, each
// independent of a number a student could type: the session's Displayed statistics and the
// recipe's own counts (throughput = bytes × 8 / span, delay = span / packets, loss from the
// counts sent and received); the figures graded again with the set the session names (a
// built-in kbit/s set); and, when the capture is in the folder (found by its SHA-256), the
// capture analysed again with the session's filter and server (the recipe column). Manual entries have none of
// these: they are marked as manual in the row, not judged here.

type Field = ClassFlagOf<'not-reproduced'>['evidence']['analyses'][number]['fields'][number];

/** Equal up to float noise: the same computation stored as JSON and read back agrees to far better than this. */
const RELATIVE_TOLERANCE = 1e-9;
function same(a: number | string | null, b: number | string | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

function compare(fields: Field[], field: string, session: number | string | null, reproduced: number | string | null, from: Field['from']): void {
  if (!same(session, reproduced)) fields.push({ field, session, reproduced, from });
}

function ownCounts(source: Extract<CaptureAnalysis['source'], { kind: 'capture' }>): Field[] {
  const fields: Field[] = [];
  const { recipe } = source.qos;
  const stats = source.statistics;
  compare(fields, 'recipe.packets', recipe.packets, stats.packets, 'statistics');
  compare(fields, 'recipe.bytes', recipe.bytes, stats.bytes, 'statistics');
  const span = recipe.timeSpanSeconds;
  compare(
    fields,
    'recipe.throughputBitsPerSecond',
    recipe.throughputBitsPerSecond,
    recipe.packets > 1 && span > 0 ? (recipe.bytes * 8) / span : null,
    'statistics',
  );
  compare(fields, 'recipe.delayMs', recipe.delayMs, recipe.packets > 0 ? (span * 1000) / recipe.packets : null, 'statistics');
  const loss = recipe.lossEvidence === 'none' || recipe.lossSent <= 0 ? null : ((recipe.lossSent - recipe.lossReceived) / recipe.lossSent) * 100;
  compare(fields, 'recipe.lossPercent', recipe.lossPercent, loss, 'statistics');
  return fields;
}

const GRADE_PARTS = ['throughput', 'delay', 'jitter', 'loss', 'mean', 'verdict'] as const;

function gradedAgain(qos: QosAssessment): Field[] {
  const set = BUILT_IN_THRESHOLD_SETS.find((s) => s.name === qos.grade.thresholds && s.throughputMeasure === 'kbps');
  if (!set) return [];
  const fields: Field[] = [];
  const columns: Array<['recipe' | 'measured', Grade]> = [
    [
      'recipe',
      gradeQos(
        {
          throughputBitsPerSecond: qos.recipe.throughputBitsPerSecond,
          delayMs: qos.recipe.delayMs,
          jitterMs: qos.recipe.jitterMs,
          lossPercent: qos.recipe.lossPercent,
        },
        set,
      ),
    ],
    ['measured', gradeQos(qos.measuredValues, set)],
  ];
  for (const [column, grade] of columns) {
    for (const part of GRADE_PARTS) compare(fields, `grades.${column}.${part}`, qos.grades[column][part], grade[part], 'grade');
  }
  for (const part of GRADE_PARTS) compare(fields, `grade.${part}`, qos.grade[part], qos.grades[qos.grade.column][part], 'grade');
  return fields;
}

const RECIPE_FIELDS = ['packets', 'bytes', 'timeSpanSeconds', 'throughputBitsPerSecond', 'delayMs', 'jitterMs'] as const;

/**
 * The recipe's figures depend only on the packets the filter and server select. Its loss is
 * compared too unless it came from RTP, and the measured column not at all: which RTP streams
 * count was the student's choice, and the session does not keep it.
 */
function againstCapture(stored: QosAssessment, fresh: QosAssessment): Field[] {
  const fields: Field[] = [];
  for (const f of RECIPE_FIELDS) compare(fields, `recipe.${f}`, stored.recipe[f], fresh.recipe[f], 'capture');
  if (stored.recipe.lossEvidence !== 'rtp' && fresh.recipe.lossEvidence !== 'rtp')
    compare(fields, 'recipe.lossPercent', stored.recipe.lossPercent, fresh.recipe.lossPercent, 'capture');
  return fields;
}

type Checked = ClassFlagOf<'not-reproduced'>['evidence']['analyses'][number];

export async function notReproduced(
  root: string,
  students: readonly StudentWork[],
  analyzer: CaptureAnalyzer,
  signal: AbortSignal,
): Promise<Array<ClassFlagOf<'not-reproduced'>>> {
  const bySha = new Map(
    students.flatMap((s) => s.captures).flatMap((c) => (c.properties.sha256 && c.error === null ? [[c.properties.sha256, c.path] as const] : [])),
  );
  const check = async (session: string, analysis: CaptureAnalysis): Promise<Checked | null> => {
    const source = analysis.source;
    if (source.kind !== 'capture') return null;
    const capture = source.file.sha256 ? (bySha.get(source.file.sha256) ?? null) : null;
    const fields = [...ownCounts(source), ...gradedAgain(source.qos)];
    if (capture) {
      const report = await analyzer.analyze(
        path.join(root, ...capture.split('/')),
        { propertiesOnly: false, filter: source.filter ?? '', server: source.server },
        () => undefined,
        signal,
      );
      if (report.qos && !report.error) fields.push(...againstCapture(source.qos, report.qos));
    }
    return fields.length ? { session, service: analysis.service, capture, fields } : null;
  };
  // Every analysis at once: the analyzer runs as many as there are cores and queues the rest.
  const checked = await Promise.all(
    students.map((student) => Promise.all(student.sessions.flatMap((file) => file.session.analyses.map((a) => check(file.path, a))))),
  );
  return students.flatMap((student, i) => {
    const analyses = checked[i].filter((a): a is Checked => a !== null);
    return analyses.length ? [{ kind: 'not-reproduced' as const, students: [student.id], evidence: { analyses } }] : [];
  });
}
