import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadSession, type Session } from './session-file';

// The demo session (assets/demo.proxlab) holds the seed paper's published figures, so the app
// and `proxlab report --demo` have a whole report to show before anything is measured.

export const DEMO_SESSION_FILE = 'demo.proxlab';

/**
 * The assets folder, looked for upwards from `start`: the project root's assets/ serves the
 * sources (electron/…), the built command (out/cli.js) and the packaged app alike.
 */
export function findAssetsDir(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'assets', DEMO_SESSION_FILE))) return path.join(dir, 'assets');
    if (path.dirname(dir) === dir) return null;
  }
}

export async function loadDemoSession(assetsDir: string): Promise<Session> {
  return loadSession(path.join(assetsDir, DEMO_SESSION_FILE));
}
