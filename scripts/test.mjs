// `npm test`: build, type-check, lint, format, import cycles and layers, dead code, then every vitest suite (unit, corpus, stand-in, e2e).
// Ends with one line "N passed, N failed[, N skipped]" — the checks before vitest count as one
// test each — and writes test-results/summary.txt for .ci/run: the failed checks and tests, one a
// line, then that same last line (CI parses the last line, people read the ones above it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const run = (label, command, args) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status;
};

mkdirSync('test-results', { recursive: true });
rmSync('test-results/summary.txt', { force: true });
const checks = [
  ['build', 'node', ['scripts/build.mjs', '--quiet']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  // One format for every file (.prettierrc.json); `npm run format` writes it.
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  // No cycle in core/, electron/, renderer/ (type-only imports count) and the layers: .dependency-cruiser.cjs.
  ['import cycles and layers', 'npx', ['depcruise', 'core', 'electron', 'renderer', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
  // Unused files, exports and dependencies (knip.jsonc).
  ['dead code', 'npx', ['knip']],
];
let passed = 0;
let failed = 0;
const failures = [];
for (const [label, command, args] of checks) {
  if (run(label, command, args) === 0) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const vitestStatus = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  for (const file of results.testResults) {
    const name = path.relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push([name, ...test.ancestorTitles, test.title].join(' > '));
    // A file that fails to load, or whose hooks fail, may have no failed test but is a failure all the same.
    if (file.status === 'failed' && failedTests.length === 0) {
      failed++;
      failures.push(`${name}: ${file.message ? file.message.split('\n')[0] : 'failed outside its tests (a hook: see the output above)'}`);
    }
  }
  // Errors outside any test (an unhandled rejection, a crashed worker) fail vitest without failing a test.
  if (vitestStatus !== 0 && results.numFailedTests === 0 && !results.testResults.some((file) => file.status === 'failed')) {
    failed++;
    failures.push(`vitest exited with status ${vitestStatus} (an error outside the tests: see its output above)`);
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

const summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
const failedLines = failures.length ? ['Failed:', ...failures.map((f) => `  - ${f}`)] : [];
writeFileSync('test-results/summary.txt', [...failedLines, summary].map((line) => `${line}\n`).join(''));
process.stdout.write(`\n${[...failedLines, summary].join('\n')}\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
