import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../electron/cli/run';
import { PlanSchema } from '../../core/experiment/plan-schema';
import { newRun } from '../../electron/experiment/run-model';
import { ExperimentRunner } from '../../electron/experiment/runner';
import { newSession, saveSession } from '../../electron/session/session-file';
import { APP_PROGRAM, lockFileFor, lockSession } from '../../electron/session/session-lock';
import { readFileSync } from 'node:fs';
import { BASE, GUEST_MEMORY, lab } from '../support/sim-lab';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'id_ID.UTF-8' } });
  return { code, stdout, stderr };
}

describe('proxlab experiment show', () => {
  it('prints each step with its samples and summary, as JSON, CSV and a results table', async () => {
    const { port, clock } = lab();
    const plan = PlanSchema.parse({ node: 'pve', guests: [101, 102], settleSeconds: 1, samplesPerStep: 3 });
    const session = newSession();
    session.experiments.push(await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now())));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-show-')), 's.proxlab');
    await saveSession(file, session);

    const json = await cli(['experiment', 'show', '--session', file, '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.schema).toBe('proxlab.experiment/1');
    expect(doc.state).toBe('done');
    expect(doc.steps.map((s: { label: string }) => s.label)).toEqual(['0 VM', '1 VM', '2 VM']);
    expect(doc.steps.map((s: { summary: { memUsedMean: number } }) => s.summary.memUsedMean)).toEqual([
      BASE,
      BASE + GUEST_MEMORY[101],
      BASE + GUEST_MEMORY[101] + GUEST_MEMORY[102],
    ]);
    expect(doc.steps[1].samples[0]).toMatchObject({ memUsed: BASE + GUEST_MEMORY[101], loadavg: [0.1, 0.2, 0.3] });
    expect(doc.steps[2].memAddedOverPreviousStep).toBe(GUEST_MEMORY[102]);

    const csv = await cli(['experiment', 'show', '--session', file, '--csv']);
    const rows = csv.stdout
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows[0].slice(0, 6)).toEqual(['repetition', 'step', 'label', 'running', 'samples', 'memUsedMean']);
    expect(rows[3].slice(0, 6)).toEqual(['1', '2', '2 VM', '101 102', '3', String(BASE + GUEST_MEMORY[101] + GUEST_MEMORY[102])]);

    // Indonesian by the system language: decimal comma, PVE's binary units.
    const text = await cli(['experiment', 'show', '--session', file]);
    const base = (BASE / 2 ** 20).toFixed(2).replace('.', ',');
    expect(text.stdout).toContain(`${base} MiB dari 9,56 GiB`);
    expect(text.stdout).toMatch(/Keadaan\s+RAM terpakai/);
  });

  it("shows a session the app has open: it only reads, so the lock stays the holder's", async () => {
    const { port, clock } = lab();
    const plan = PlanSchema.parse({ node: 'pve', guests: [101], settleSeconds: 1, samplesPerStep: 2 });
    const session = newSession();
    session.experiments.push(await new ExperimentRunner(port, async () => undefined, clock).run(newRun(plan, clock.now())));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-show-')), 'open.proxlab');
    await saveSession(file, session);
    const held = await lockSession(file, APP_PROGRAM);
    try {
      const before = readFileSync(lockFileFor(file), 'utf8');
      const json = await cli(['experiment', 'show', '--session', file, '--json']);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout).steps.map((s: { label: string }) => s.label)).toEqual(['0 VM', '1 VM']);
      expect(readFileSync(lockFileFor(file), 'utf8')).toBe(before);
    } finally {
      held.release();
    }
  });

  it('refuses a missing session with exit code 2 and a plain message', async () => {
    const result = await cli(['experiment', 'show', '--session', '/nonexistent/x.proxlab']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/x\.proxlab/);
  });
});
