import { fillTemplate } from '../../core/catalogue';
import type { Failure } from '../../core/contract/failure';
import { experimentMessages } from '../../core/experiment/messages';
import { failure } from '../failure';
import { asProxmoxError } from '../proxmox/errors';
import { SessionInUseError } from '../session/session-lock';

export type ExperimentMessageKey = keyof typeof experimentMessages;

/** A run's failure as the session file keeps it, worded in both languages when it happened. */
interface ExperimentProblem {
  en: string;
  id: string;
}

export class ExperimentError extends Error {
  constructor(
    readonly key: ExperimentMessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(fillTemplate(experimentMessages[key].en, params));
    this.name = 'ExperimentError';
  }

  problem(): ExperimentProblem {
    return { en: this.message, id: fillTemplate(experimentMessages[this.key].id, this.params) };
  }
}

/** What the Experiment page is told; a Proxmox error keeps its own kind and key. */
export function failureOf(error: unknown): Failure {
  if (error instanceof ExperimentError) return failure('experiment', error.key, error.params, error.message);
  if (error instanceof SessionInUseError) return failure('session-in-use', error.messageKey, error.params, error.message);
  const proxmox = asProxmoxError(error);
  if (proxmox) return failure(proxmox.kind, proxmox.key, proxmox.params, proxmox.message);
  return failure('unexpected', 'experiment.error.unexpected', { reason: error instanceof Error ? error.message : String(error) });
}
