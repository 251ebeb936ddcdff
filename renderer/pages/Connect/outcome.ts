import type { Failure } from '../../../core/contract/failure';

// The Proxmox calls answer { ok, value } or { ok: false, error } (see core/contract/proxmox.ts).
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

/** The value, or the failure handed to `onFailure` and null. */
export function valueOr<T>(outcome: Outcome<T>, onFailure: (failure: Failure) => void): T | null {
  if (outcome.ok) return outcome.value;
  onFailure(outcome.error);
  return null;
}
