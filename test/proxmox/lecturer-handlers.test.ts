import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createSessionService } from '../../electron/session/service';
import { memorySettingsStore } from '../../electron/session/settings';
import { findAssetsDir } from '../../electron/session/demo';
import { lecturerHandlers } from '../../electron/proxmox/lecturer-handlers';

// The offline replay's steps are the demo session's scenario 1: the seed paper's node with
// 0 to 3 VMs (849.94 MiB, 2.72, 3.44, 4.02 GiB of 9.56 GiB; CPU 1.91, 5.85, 2.67, 2.72 %).

const notUsed = () => Promise.reject(new Error('no dialog in this test'));
const ctx = { emit: () => undefined };
const sessions = (assetsDir: string | null) =>
  createSessionService({
    settings: memorySettingsStore(),
    dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed },
    assetsDir,
    hasProxmoxProfiles: () => true,
  });

describe('lecturer.demo', () => {
  it("gives the paper's four steps whatever session is open", async () => {
    const demo = await lecturerHandlers(sessions(findAssetsDir(path.resolve('.'))))['lecturer.demo'](undefined, ctx);
    expect(demo).not.toBeNull();
    const MIB = 1024 ** 2;
    const GIB = 1024 ** 3;
    expect(demo!.steps.map((s) => s.label)).toEqual(['0 VM', '1 VM', '2 VM', '3 VM']);
    expect(demo!.steps.map((s) => (s.memUsedBytes / MIB).toFixed(2))).toEqual([
      '849.94',
      (2.72 * 1024).toFixed(2),
      (3.44 * 1024).toFixed(2),
      (4.02 * 1024).toFixed(2),
    ]);
    expect((demo!.steps[0].memTotalBytes / GIB).toFixed(2)).toBe('9.56');
    expect(demo!.steps.map((s) => (s.cpu * 100).toFixed(2))).toEqual(['1.91', '5.85', '2.67', '2.72']);
    expect(demo!.steps.map((s) => s.running.length)).toEqual([0, 1, 2, 3]);
    expect(demo!.guests.map((g) => g.name)).toEqual(['wordpress', 'moodle', 'mediawiki']);
  });

  it('is null when the build has no demo', async () => {
    expect(await lecturerHandlers(sessions(null))['lecturer.demo'](undefined, ctx)).toBeNull();
  });
});
