import { describe, expect, it } from 'vitest';
import { guestStatus, listGuests } from '../../electron/proxmox/guests';
import { nodeStatus } from '../../electron/proxmox/node';
import { rrdData } from '../../electron/proxmox/rrd';
import { RELEASES } from '../standins/pve/releases';
import { LAB, PVE_NODE } from '../standins/pve/lab';
import { pinnedClient, runnerPassword, startTestStandin } from './standin';

// One client for every release shape (docs/proxmox.md §Releases). Expected figures are the
// stand-in's lab's, which are the fixtures': memory.used where PVE ≥ 8.4 counts MemAvailable
// (GET_nodes_pve_status.json) and before (GET_nodes_pve_status.pve5.json), the same running
// guests in both.

const expectedRelease = { '5.4': '5.4-15', '6.4': '6.4-13', '7.4': '7.4-16', '8.3': '8.3.5', '8.4': '8.4.14', '9.1': '9.1.2' } as const;

describe.each(RELEASES)('PVE %s', (release) => {
  it('version, Summary figures, memory meaning, guests and RRD', async () => {
    const standin = await startTestStandin({ release });
    // 5.x has no tokens: log in with a ticket there.
    const client = pinnedClient(standin, release === '5.4' ? runnerPassword : undefined);
    try {
      const version = await client.version();
      expect(version.version).toBe(expectedRelease[release]);
      expect(version.release).toBe(release);

      const summary = await nodeStatus(client, 'pve');
      const newMeaning = release === '8.4' || release === '9.1';
      expect(summary.memory.usedMeaning).toBe(newMeaning ? 'total-minus-available' : 'total-minus-free');
      expect(summary.memory.used).toBe(newMeaning ? LAB.usedAvailable : LAB.usedFree);
      expect(summary.memory.available).toBe(release === '9.1' ? LAB.total - LAB.usedAvailable : null);
      expect(summary.loadavg).toEqual([0.52, 0.61, 0.58]);
      expect(summary.cpus).toBe(PVE_NODE.cores);
      expect(summary.cores).toBe(release === '5.4' ? null : 4);

      const guests = await listGuests(client, 'pve');
      expect(guests.map((g) => [g.vmid, g.type, g.status])).toEqual([
        [101, 'qemu', 'running'],
        [102, 'qemu', 'running'],
        [103, 'qemu', 'stopped'],
        [200, 'lxc', 'running'],
      ]);
      expect(guests.find((g) => g.vmid === 102)?.mem).toBe(6643744768);
      const ct = await guestStatus(client, 'pve', 'lxc', 200);
      expect(ct).toMatchObject({ vmid: 200, mem: 96468992, maxmem: 1073741824 });
      expect((ct.raw as Record<string, unknown>).disk).toBe(release === '5.4' || release === '6.4' ? '1203568640' : 1203568640);
      const vm = await guestStatus(client, 'pve', 'qemu', 101);
      expect(vm).toMatchObject({ vmid: 101, qmpStatus: 'running', mem: 2631335936 });

      const rows = await rrdData(client, { node: 'pve' }, 'hour', 'AVERAGE');
      expect(rows.length).toBe(release === '9.1' ? 60 : 70);
      expect(rows.every((r, i) => i === 0 || r.time - rows[i - 1].time === 60)).toBe(true);
      if (release === '9.1') expect(rows.at(-1)!.values.memavailable).toBeGreaterThan(0);
      else expect(rows.at(-1)!.values).toEqual({});
    } finally {
      client.close();
      await standin.close();
    }
  });
});
