import { PlanSchema, type Plan } from '../../core/experiment/plan-schema';

// The plan form's fields checked against PlanSchema, each problem as a code the page words in
// the user's language next to the field.

export type PlanFieldProblem =
  | { field: string; code: 'required' | 'notInteger' | 'duplicate' | 'invalid' }
  | { field: string; code: 'tooSmall'; min: number }
  | { field: string; code: 'tooBig'; max: number };

export type PlanCheck = { ok: true; plan: Plan } | { ok: false; problems: PlanFieldProblem[] };

export function checkPlan(input: unknown): PlanCheck {
  const parsed = PlanSchema.safeParse(input);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const problems = parsed.error.issues.map((issue): PlanFieldProblem => {
    const field = String(issue.path[0] ?? 'plan');
    switch (issue.code) {
      case 'too_small':
        return field === 'guests' && issue.path.length === 1 ? { field, code: 'required' } : { field, code: 'tooSmall', min: Number(issue.minimum) };
      case 'too_big':
        return { field, code: 'tooBig', max: Number(issue.maximum) };
      case 'invalid_type':
        // Every field but the node and the guests has a default, so only those two can be missing.
        if (issue.expected === 'int') return { field, code: 'notInteger' };
        return { field, code: field === 'node' || field === 'guests' ? 'required' : 'invalid' };
      case 'custom':
        return { field, code: 'duplicate' };
      default:
        return { field, code: 'invalid' };
    }
  });
  return { ok: false, problems };
}
