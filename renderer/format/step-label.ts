import type { Step } from '../../core/experiment/run-schema';

// The runner names a step by how many planned guests run in it, "2 VM" (electron/experiment/
// plan.ts), and sessions and the CLI's JSON keep that text. On screen and on paper it is said
// in the reader's language: "0 VMs · 1 VM · 2 VMs" in English. A label the student typed for a
// snapshot is shown as typed.

type Plural = (key: string, options: { count: number }) => string;

const COUNTED = /^(\d+) VM$/;

export function stepLabel(label: string, t: Plural): string {
  const counted = COUNTED.exec(label);
  return counted ? t('experimentCharts.stepVms', { count: Number(counted[1]) }) : label;
}

/** The steps as a chart draws them: every label in the reader's language. */
export function withStepLabels(steps: readonly Step[], t: Plural): Step[] {
  return steps.map((step) => ({ ...step, label: stepLabel(step.label, t) }));
}
