import type { ProxmoxFailure } from '../../../core/contract/proxmox';

// The Proxmox calls answer { ok, value } or { ok: false, error } (see core/contract/proxmox.ts).
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ProxmoxFailure };

/** The value, or the failure handed to `onFailure` and null. */
export function valueOr<T>(outcome: Outcome<T>, onFailure: (failure: ProxmoxFailure) => void): T | null {
  if (outcome.ok) return outcome.value;
  onFailure(outcome.error);
  return null;
}
