// `node scripts/golden.mjs [--update] [--no-build]`: builds, then compares the proxlab command's
// output on the capture corpus and the Proxmox stand-in with test/golden/ (test/golden/golden.test.ts).
// With --update it rewrites the golden files instead; review `git diff test/golden` and commit
// the change together with the code that caused it.
import { spawnSync } from 'node:child_process';

const update = process.argv.includes('--update');
const step = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.argv.includes('--no-build')) step(process.execPath, ['scripts/build.mjs', '--quiet']);
step('npx', ['vitest', 'run', 'test/golden/golden.test.ts'], { ...process.env, PROXLAB_GOLDEN_UPDATE: update ? '1' : '0', PROXLAB_REQUIRE_SHARED: '1' });
if (update) process.stdout.write('Golden files rewritten: review `git diff --stat test/golden` and commit them with the change.\n');
