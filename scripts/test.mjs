// `npm test`: build, type-check, lint, then every vitest suite (unit, corpus, stand-in, e2e).
// Ends with one line "N passed, N failed[, N skipped]" — the checks before vitest count as one
// test each — and writes the same line to test-results/summary.txt for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';

const run = (label, command, args) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
};

mkdirSync('test-results', { recursive: true });
const checks = [
  ['build', 'node', ['scripts/build.mjs', '--quiet']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
];
let passed = 0;
let failed = 0;
const failures = [];
for (const [label, command, args] of checks) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A file that fails to load runs no test but is a failure all the same.
  for (const file of results.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(file.name);
    }
    for (const test of file.assertionResults) if (test.status === 'failed') failures.push(test.fullName);
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

if (failures.length) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
const summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
process.stdout.write(`\n${summary}\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
