import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './shared';

// PVE's recorded answers in the shared folder (docs/corpus.md §Proxmox fixtures), read in place.

export const pveFixturesDir = path.join(sharedDir, 'proxmox', 'fixtures');
export const havePveFixtures = existsSync(pveFixturesDir);

if (!havePveFixtures && process.env.PROXLAB_REQUIRE_SHARED === '1') throw new Error(`The Proxmox fixtures are not at ${pveFixturesDir}.`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pveFixture(name: string): any {
  return JSON.parse(readFileSync(path.join(pveFixturesDir, name), 'utf8'));
}
