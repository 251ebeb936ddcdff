import { z } from 'zod';

// PVE sends many numbers as strings depending on the release (docs/proxmox.md §Numbers: string vmids,
// pids, disk sizes, loadavg, mhz, PSI values) and "" / null / absence for "not reported".
// These schemas accept every form at the edge and give one: a number or null.

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return null;
    const parsed = Number(trimmed);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** Any number-ish field: 123, "123", "0.52", "", null or absent → number | null. */
export const num = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value) => toNumber(value));

/** A field PVE always reports: still accepts a string, but refuses a missing value. */
export const requiredNum = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = toNumber(value);
  if (parsed === null) {
    ctx.addIssue({ code: 'custom', message: `not a number: ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return parsed;
});

/** 0/1 flags that older releases send as "" for false. */
export const flag = z
  .union([z.number(), z.string(), z.boolean(), z.null()])
  .optional()
  .transform((value) => value === true || toNumber(value as unknown) === 1);

/** `qemu/101` → 101: the id when a release left vmid out (docs/proxmox.md §Numbers). */
export function vmidFromId(id: string | undefined): number | null {
  const match = id ? /\/(\d+)$/.exec(id) : null;
  return match ? Number(match[1]) : null;
}
