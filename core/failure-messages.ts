import type { CatalogueEntry } from './catalogue';
import { filterMessages } from './capture/filter/messages';
import { classErrorMessages } from './class/error-messages';
import { experimentMessages } from './experiment/messages';
import { fileMessages } from './files/messages';
import { proxmoxMessages } from './proxmox/messages';
import { comparisonMessages } from './qos/comparison-messages';
import { sessionLockMessages } from './session/lock-messages';
import { sessionMessages } from './session/messages';

// Every message a Failure can name, from the catalogues of the domains that fail: the page and
// the command line look the key up here, so both word a failure the same way.

export const failureMessages = {
  ...proxmoxMessages,
  ...sessionLockMessages,
  ...sessionMessages,
  ...experimentMessages,
  ...comparisonMessages,
  ...filterMessages,
  ...fileMessages,
  ...classErrorMessages,
} satisfies Record<string, CatalogueEntry>;

export type FailureKey = keyof typeof failureMessages;
