import { describe, expect, it } from 'vitest';
import { readLabEnvironment } from '../../electron/proxmox/environment';
import { parseGuestConfig, volumeSize } from '../../electron/proxmox/guest-config';
import { proxmoxExperimentPort } from '../../electron/proxmox/experiment-port';
import { PVE_NODE } from '../standins/pve/lab';
import { RELEASES } from '../standins/pve/releases';
import { pinnedClient, runnerPassword, startTestStandin } from './standin';

// The report's test environment read from the stand-in on every release shape. The figures are
// the stand-in's lab: node pve (PVE_NODE, its version and kernel changing with the release),
// guests 101/102/103 (VMs, l26) and 200 (a Debian container) with the disks
// of their configs: 101 32G (+ a CD), 102 64G (+ EFI vars, empty CD), 103 32G + 16G, 200 8G.

const GiB = 1024 ** 3;
const expectedRelease = { '5.4': '5.4-15', '6.4': '6.4-13', '7.4': '7.4-16', '8.3': '8.3.5', '8.4': '8.4.14', '9.1': '9.1.2' } as const;
const kernel = {
  '5.4': 'Linux 4.15.18-30-pve',
  '6.4': 'Linux 4.15.18-30-pve',
  '7.4': 'Linux 5.15.108-1-pve',
  '8.3': 'Linux 6.8.12-15-pve',
  '8.4': 'Linux 6.8.12-15-pve',
  '9.1': 'Linux 6.17.4-1-pve',
};

const guests = [
  {
    vmid: 101,
    name: 'wordpress-centos',
    type: 'qemu',
    os: null,
    osType: 'l26',
    vcpus: 2,
    sockets: 1,
    memoryBytes: 4 * GiB,
    diskBytes: 32 * GiB,
    service: null,
  },
  { vmid: 102, name: 'moodle-ubuntu', type: 'qemu', os: null, osType: 'l26', vcpus: 4, sockets: 2, memoryBytes: 8 * GiB, diskBytes: 64 * GiB, service: null },
  {
    vmid: 103,
    name: 'mediawiki-debian',
    type: 'qemu',
    os: null,
    osType: 'l26',
    vcpus: 2,
    sockets: 1,
    memoryBytes: 4 * GiB,
    diskBytes: 48 * GiB,
    service: null,
  },
  { vmid: 200, name: 'nginx-proxy', type: 'lxc', os: null, osType: 'debian', vcpus: 1, sockets: null, memoryBytes: GiB, diskBytes: 8 * GiB, service: null },
];

describe.each(RELEASES)('test environment from PVE %s', (release) => {
  it('reads the node and every guest but templates', async () => {
    const standin = await startTestStandin({ release });
    const client = pinnedClient(standin, release === '5.4' ? runnerPassword : undefined);
    try {
      expect(await readLabEnvironment(client, 'pve')).toEqual({
        node: {
          ...PVE_NODE,
          // cpuinfo.cores arrived with PVE 6.2.
          coresPerSocket: release === '5.4' ? null : PVE_NODE.coresPerSocket,
          pveVersion: expectedRelease[release],
          kernel: kernel[release],
        },
        guests,
      });
    } finally {
      client.close();
      await standin.close();
    }
  });
});

describe('test environment through the experiment port', () => {
  it("gives the planned guests in plan order and asks each one's config", async () => {
    const standin = await startTestStandin();
    const client = pinnedClient(standin);
    try {
      const lab = await proxmoxExperimentPort(client).environment('pve', [103, 101]);
      expect(lab.guests).toEqual([guests[2], guests[0]]);
      expect(standin.requests.filter((r) => r.endsWith('/config'))).toEqual([
        'GET /api2/json/nodes/pve/qemu/103/config',
        'GET /api2/json/nodes/pve/qemu/101/config',
      ]);
    } finally {
      client.close();
      await standin.close();
    }
  });
});

describe('guest config', () => {
  it('reads volume sizes in PVE units', () => {
    expect(volumeSize('local-lvm:vm-101-disk-0,iothread=1,size=32G')).toBe(32 * GiB);
    expect(volumeSize('local:iso/x.iso,media=cdrom,size=973M')).toBe(973 * 1024 ** 2);
    expect(volumeSize('ceph:vm-1-disk-0,size=1.5T')).toBe(1.5 * 1024 ** 4);
    expect(volumeSize('local:vm-1-disk-0,size=10737418240')).toBe(10737418240);
    expect(volumeSize('/srv/data,mp=/data')).toBeNull();
    expect(volumeSize('none,media=cdrom')).toBeNull();
  });

  it("takes numbers as strings, memory as a property string, and PVE's defaults for a VM", () => {
    expect(
      parseGuestConfig('qemu', {
        memory: 'current=2048',
        cores: '3',
        sockets: '2',
        ostype: 'win11',
        sata0: 'local:vm-1-disk-0,size=20G',
        unused0: 'local:vm-1-disk-9,size=100G',
        tpmstate0: 'local:vm-1-disk-2,size=4M',
      }),
    ).toEqual({
      osType: 'win11',
      sockets: 2,
      vcpus: 6,
      memoryBytes: 2 * GiB,
      diskBytes: 20 * GiB,
    });
    expect(parseGuestConfig('qemu', { memory: 512 })).toEqual({ osType: null, sockets: 1, vcpus: 1, memoryBytes: 512 * 1024 ** 2, diskBytes: null });
    // A container without `cores` may use every host CPU: the config alone cannot say how many.
    expect(
      parseGuestConfig('lxc', {
        memory: '512',
        ostype: 'alpine',
        rootfs: 'local:200/vm-200-disk-0.raw,size=4G',
        mp0: 'local:200/vm-200-disk-1.raw,mp=/srv,size=2G',
        mp1: '/host,mp=/host',
      }),
    ).toEqual({
      osType: 'alpine',
      sockets: null,
      vcpus: null,
      memoryBytes: 512 * 1024 ** 2,
      diskBytes: 6 * GiB,
    });
  });
});
