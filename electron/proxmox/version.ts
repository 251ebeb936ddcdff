import { z } from 'zod';

// GET /version (docs/proxmox.md §Releases): detect the release once and branch only where the
// semantics differ — auth, TFA flow, memory meaning, RRD windows.

export const VersionResponseSchema = z
  .object({
    version: z.union([z.string(), z.number()]).transform(String),
    release: z.union([z.string(), z.number()]).transform(String),
    repoid: z.string().optional(),
  })
  .passthrough();

export type MemoryMeaning = 'total-minus-free' | 'total-minus-available';

export interface PveVersion {
  /** Full pve-manager version as PVE gives it: `8.4.14`, `7.4-16`, `5.0-23` (5.x: version-release). */
  version: string;
  /** Point release `x.y`. */
  release: string;
  major: number;
  minor: number;
  repoid: string | null;
  /** API tokens exist from 6.2. */
  tokens: boolean;
  /** Second-factor login: `/access/tfa` before 7, `new-format=1` opt-in on 7.x, always new from 8. */
  tfaFlow: 'old' | 'new-opt-in' | 'new';
  /** What node `memory.used` means on this release (PVE 8.4 changed it). */
  memoryUsed: MemoryMeaning;
  /** RRD table of PVE 9 (other windows, new columns, `decade`). */
  rrdV2: boolean;
}

export function parseVersion(raw: unknown): PveVersion {
  const data = VersionResponseSchema.parse(raw);
  // PVE ≥ 6 gives release as `x.y`; 5.x gives `x.y` in version and the package release in release.
  const pointRelease = /^\d+\.\d+$/.test(data.release);
  const release = pointRelease ? data.release : (/^(\d+\.\d+)/.exec(data.version)?.[1] ?? data.version);
  const version = pointRelease ? data.version : `${data.version}-${data.release}`;
  const [major, minor] = release.split('.').map(Number);
  const atLeast = (ma: number, mi: number) => major > ma || (major === ma && minor >= mi);
  return {
    version,
    release,
    major,
    minor,
    repoid: data.repoid ?? null,
    tokens: atLeast(6, 2),
    tfaFlow: major >= 8 ? 'new' : major === 7 ? 'new-opt-in' : 'old',
    memoryUsed: atLeast(8, 4) ? 'total-minus-available' : 'total-minus-free',
    rrdV2: major >= 9,
  };
}
