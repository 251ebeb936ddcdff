import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compose, sessionService } from '../../electron/app-services';
import { memoryProfilesStore, ProfilesFileSchema } from '../../electron/proxmox/profiles';
import { memoryCipher } from '../support/memory-cipher';
import type { SessionState } from '../../core/contract/session';

// The window opens on the demo until a connection is saved, then on an empty session of the
// student's own. The composition reads that from the saved connections when main gives no rule.

const appRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const nothing = async () => null;

async function firstSession(connections: number): Promise<SessionState> {
  const store = memoryProfilesStore();
  const profiles = Array.from({ length: connections }, (_, i) => ({
    id: `p${i}`,
    name: `Lab ${i}`,
    host: `10.0.0.${i + 1}`,
    auth: { kind: 'token', tokenId: 'root@pam!proxlab' },
  }));
  store.write(ProfilesFileSchema.parse({ profiles }));
  const sessions = await sessionService(
    compose({
      dialogs: {
        chooseCaptures: async () => [],
        chooseSessionToOpen: nothing,
        chooseSessionTarget: nothing,
        chooseExportTarget: nothing,
        chooseClassFolder: nothing,
        chooseClassLabToOpen: nothing,
        chooseClassLabTarget: nothing,
      },
      saveDialog: { choosePath: nothing },
      printer: { toPdf: nothing, figures: nothing, print: nothing } as never,
      profiles: { store, cipher: memoryCipher() },
      paths: { userData: appRoot, appRoot },
      onSessionChange: () => undefined,
    }),
  );
  return sessions.state();
}

describe('the first session', () => {
  it('is the demo while no connection is saved', async () => {
    expect((await firstSession(0)).demo).toBe(true);
  });

  it('is an empty session of the student’s own once a connection is saved', async () => {
    expect((await firstSession(1)).demo).toBe(false);
  });
});
