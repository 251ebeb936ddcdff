import { describe, expect, it } from 'vitest';
import { proxmoxExperimentPort } from '../../electron/proxmox/experiment-port';
import { LAB, PVE_NODE } from '../standins/pve/lab';
import { pinnedClient, startTestStandin } from './standin';

// The experiment runner's port over the real client and the stand-in: a guest started through
// it adds its known 2.5 GiB to node memory, and each figure is the stand-in's.

describe('Proxmox experiment port', () => {
  it('starts a guest, follows its task and samples the node', async () => {
    const standin = await startTestStandin({ taskMs: 50 });
    const client = pinnedClient(standin);
    const port = proxmoxExperimentPort(client);
    try {
      expect(await port.pveVersion()).toBe(PVE_NODE.pveVersion);
      expect([...(await port.runningGuests('pve'))].sort()).toEqual([101, 102, 200]);
      const before = await port.sample('pve', [101, 103]);
      expect(before).toMatchObject({ memUsed: LAB.usedAvailable, memTotal: LAB.total, memUsedMeaning: 'total-minus-available', loadavg: [0.52, 0.61, 0.58] });
      expect(before.guests).toEqual([
        { vmid: 101, mem: 3214635008, maxmem: 4294967296 },
        { vmid: 103, mem: null, maxmem: 4294967296 },
      ]);
      const upid = await port.startGuest('pve', 103);
      expect(await port.waitForTask('pve', upid, new AbortController().signal)).toEqual({ ok: true, exitStatus: 'OK', log: [] });
      expect(await port.guestStatus('pve', 103)).toBe('running');
      const after = await port.sample('pve', [103]);
      expect(after.memUsed - before.memUsed).toBe(2.5 * 1024 ** 3);
      expect(after.guests).toEqual([{ vmid: 103, mem: 2.5 * 1024 ** 3, maxmem: 4294967296 }]);
      expect(await port.guestStatus('pve', 200)).toBe('running');
    } finally {
      client.close();
      await standin.close();
    }
  });
});
