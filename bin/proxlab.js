#!/usr/bin/env node
// Entry for `npx proxlab`: the build (npm install runs it) puts the bundled CLI in out/.
import { existsSync } from 'node:fs';

const cli = new URL('../out/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('proxlab: the command is not built yet; run "npm install" (or "npm run build") first.\n');
  process.exit(1);
}
await import(cli.href);
