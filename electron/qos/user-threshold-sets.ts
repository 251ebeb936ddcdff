import type { SettingsStore } from '../session/settings';
import { BUILT_IN_THRESHOLD_SETS } from '../../core/qos/thresholds';
import type { ThresholdSet } from '../../core/qos/threshold-schema';
import { thresholdSetProblems, type ThresholdProblem } from './threshold-validation';

// The user's threshold sets live in the settings; the built-in ones are never stored or changed.

export function allThresholdSets(store: SettingsStore): ThresholdSet[] {
  return [...BUILT_IN_THRESHOLD_SETS, ...store.read().thresholdSets];
}

const isBuiltIn = (id: string) => BUILT_IN_THRESHOLD_SETS.some((s) => s.id === id);

export type SaveOutcome = { ok: true; sets: ThresholdSet[] } | { ok: false; problems: ThresholdProblem[] };

/** Adds or replaces a user set after checking it; a built-in id or another set's name is refused. */
export function saveThresholdSet(store: SettingsStore, set: ThresholdSet): SaveOutcome {
  const settings = store.read();
  const problems = thresholdSetProblems(set);
  const nameTaken = allThresholdSets(store).some((s) => s.id !== set.id && s.name.trim().toLowerCase() === set.name.trim().toLowerCase());
  if (isBuiltIn(set.id) || nameTaken) problems.unshift({ parameter: null, band: null, code: 'name' });
  if (problems.length) return { ok: false, problems };
  const own = { ...set, builtIn: false };
  const exists = settings.thresholdSets.some((s) => s.id === set.id);
  const thresholdSets = exists ? settings.thresholdSets.map((s) => (s.id === set.id ? own : s)) : [...settings.thresholdSets, own];
  store.write({ ...settings, thresholdSets });
  return { ok: true, sets: allThresholdSets(store) };
}

export function deleteThresholdSet(store: SettingsStore, id: string): ThresholdSet[] {
  const settings = store.read();
  store.write({ ...settings, thresholdSets: settings.thresholdSets.filter((s) => s.id !== id) });
  return allThresholdSets(store);
}
