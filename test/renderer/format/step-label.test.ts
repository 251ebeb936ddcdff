import { describe, expect, it } from 'vitest';
import { stepLabel, withStepLabels } from '../../../renderer/format/step-label';
import { reportI18n, reportLanguage } from '../../../renderer/report/language';
import { planSteps } from '../../../electron/experiment/plan';

// The runner's own labels, as a plan of two guests stores them: "0 VM", "1 VM", "2 VM".
const stored = planSteps({ guests: [101, 102], repetitions: 1 } as Parameters<typeof planSteps>[0]).map((s) => s.label);

describe('step labels in the reader’s language', () => {
  const en = reportLanguage(reportI18n('en'), 'en').t;
  const id = reportLanguage(reportI18n('id'), 'id').t;

  it('count the guests in English, singular for one', () => {
    expect(stored).toEqual(['0 VM', '1 VM', '2 VM']);
    expect(stored.map((label) => stepLabel(label, en))).toEqual(['0 VMs', '1 VM', '2 VMs']);
  });

  it('stay as stored in Bahasa Indonesia, which has no plural', () => {
    expect(stored.map((label) => stepLabel(label, id))).toEqual(['0 VM', '1 VM', '2 VM']);
  });

  it('leave a label the student typed as typed', () => {
    expect(stepLabel('before 103', en)).toBe('before 103');
    expect(stepLabel('1 VM (WordPress)', en)).toBe('1 VM (WordPress)');
  });

  it('relabel a chart’s steps without touching the stored ones', () => {
    const steps = [{ index: 2, repetition: 1, label: '2 VM', running: [101, 102], samples: [], complete: true }] as unknown as Parameters<
      typeof withStepLabels
    >[0];
    expect(withStepLabels(steps, en).map((s) => s.label)).toEqual(['2 VMs']);
    expect(steps[0].label).toBe('2 VM');
  });
});
