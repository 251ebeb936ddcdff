import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNodeStatus, parseNodes } from '../../electron/proxmox/node';
import { parseGuestList } from '../../electron/proxmox/guests';
import { parseVersion } from '../../electron/proxmox/version';
import { formatUpid, parseUpid } from '../../electron/proxmox/upid';
import { parseRrd } from '../../electron/proxmox/rrd';
import { parseClusterStatus, parseResources } from '../../electron/proxmox/cluster';
import { num } from '../../electron/proxmox/coerce';
import { taskSucceeded } from '../../electron/proxmox/tasks';
import { tfaMethods } from '../../electron/proxmox/auth';
import { normalizeFingerprint } from '../../electron/proxmox/tls';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OBSERVER_SETUP, RUNNER_SETUP } from '../../electron/proxmox/privileges';
import { havePveFixtures, pveFixture, pveFixturesDir } from '../support/pve-fixtures';

// The contract's recorded answers, parsed; expected values are read off the fixture files and
// docs/proxmox.md by hand.

const data = (name: string) => pveFixture(name).data;

describe.skipIf(!havePveFixtures)('fixtures of every release shape', () => {
  it('reads /version of 5.0, 8.4 and 9.1', () => {
    expect(parseVersion(data('GET_version.pve5.json'))).toMatchObject({
      version: '5.0-23',
      release: '5.0',
      major: 5,
      tokens: false,
      tfaFlow: 'old',
      memoryUsed: 'total-minus-free',
    });
    expect(parseVersion(data('GET_version.json'))).toMatchObject({
      version: '8.4.14',
      release: '8.4',
      tokens: true,
      tfaFlow: 'new',
      memoryUsed: 'total-minus-available',
      rrdV2: false,
    });
    expect(parseVersion(data('GET_version.pve9.json'))).toMatchObject({ version: '9.1.2', release: '9.1', rrdV2: true });
  });

  it('reads the 8.4 Summary figures and knows what "used" means there', () => {
    const s = parseNodeStatus('pve', data('GET_nodes_pve_status.json'), parseVersion(data('GET_version.json')));
    expect(s).toMatchObject({ uptime: 1209874, cpu: 0.0614213197969543, ioWait: 0.00121827411167513, cpus: 8, cores: 4, sockets: 1 });
    expect(s.loadavg).toEqual([0.52, 0.61, 0.58]);
    expect(s.memory).toMatchObject({ total: 65919459328, used: 12636221440, free: 50921844736, available: null, usedMeaning: 'total-minus-available' });
    expect(s.memory.usedFraction).toBeCloseTo(12636221440 / 65919459328, 12);
    expect(s.rootfs).toEqual({ total: 100861726720, used: 9834012672, avail: 85984629760 });
    expect(s.bootMode).toBe('efi');
  });

  it('prefers MemAvailable on 9.x and records the older meaning on 5.x', () => {
    const v9 = parseNodeStatus('pve', data('GET_nodes_pve_status.pve9.json'), parseVersion(data('GET_version.pve9.json')));
    expect(v9.memory.available).toBe(53283237888);
    expect(v9.memory.usedFraction).toBeCloseTo(1 - 53283237888 / 65919459328, 12);
    const v5 = parseNodeStatus('pve', data('GET_nodes_pve_status.pve5.json'), parseVersion(data('GET_version.pve5.json')));
    expect(v5.memory).toMatchObject({ used: 13924712448, free: 51994746880, usedMeaning: 'total-minus-free' });
    expect(v5.memory.used + v5.memory.free).toBe(v5.memory.total);
    expect(v5.cores).toBeNull();
  });

  it('takes string vmids and pids (PVE 6) and PSI strings (PVE 9) as numbers', () => {
    const v6 = parseGuestList('qemu', data('GET_nodes_pve_qemu.pve6.json'));
    expect(v6.map((g) => g.vmid).sort()).toEqual([101, 102, 103]);
    expect(v6.find((g) => g.vmid === 103)).toMatchObject({ status: 'stopped', mem: 0, template: false });
    const lxc7 = parseGuestList('lxc', data('GET_nodes_pve_lxc.pve7.json'));
    expect(lxc7[0]).toMatchObject({ vmid: 200, type: 'lxc', mem: 96468992, maxmem: 1073741824 });
    const qemu9 = parseGuestList('qemu', data('GET_nodes_pve_qemu.pve9.json'));
    expect(qemu9.every((g) => typeof g.vmid === 'number')).toBe(true);
    const lxc9 = parseGuestList('lxc', data('GET_nodes_pve_lxc.pve9.json'));
    expect((lxc9[0].raw as Record<string, unknown>).pressurecpusome).toBe('0.00');
  });

  it('reads /nodes with and without Sys.Audit, and a cluster with an offline node', () => {
    expect(parseNodes(data('GET_nodes.no-sys-audit.json'))[0]).toMatchObject({ node: 'pve', status: 'online', mem: null, maxmem: null });
    const cluster = parseNodes(data('GET_nodes.three-node-cluster.json'));
    expect(cluster.map((n) => [n.node, n.status, n.mem])).toEqual([
      ['pve', 'online', 12632330240],
      ['pve2', 'online', 5113966592],
      ['pve3', 'offline', null],
    ]);
    const view = parseClusterStatus(data('GET_cluster_status.three-node-cluster.json'));
    expect(view).toMatchObject({ name: 'campuslab', quorate: true });
    expect(view.nodes.map((n) => [n.node, n.online, n.local])).toEqual([
      ['pve', true, true],
      ['pve2', true, false],
      ['pve3', false, false],
    ]);
  });

  it('reads /cluster/resources', () => {
    const all = parseResources(data('GET_cluster_resources.json'));
    expect(
      all
        .filter((r) => r.vmid !== null)
        .map((r) => r.vmid)
        .sort(),
    ).toEqual([101, 102, 103, 200]);
    expect(all.find((r) => r.id === 'qemu/102')).toMatchObject({ mem: 5586771968, status: 'running', node: 'pve' });
  });

  it('reads RRD rows and leaves unknown values out', () => {
    const node = parseRrd(data('GET_nodes_pve_rrddata.hour.json'));
    expect(node).toHaveLength(70);
    expect(node.at(-1)).toEqual({ time: 1760435940, values: expect.objectContaining({ memused: 12619388280.6615, memtotal: 65919459328 }) });
    const stopped = parseRrd(data('GET_nodes_pve_qemu_103_rrddata.hour.stopped.json'));
    expect(Object.keys(stopped[0].values).sort()).toEqual(['disk', 'maxcpu', 'maxdisk', 'maxmem']);
    expect(parseRrd(data('GET_nodes_pve_rrddata.hour.pve9.json'))).toHaveLength(60);
  });

  it('reads every UPID of the lab and the task outcomes', () => {
    const upids = pveFixture('_index.json').lab.upids as Record<string, string>;
    for (const [name, text] of Object.entries(upids)) {
      const upid = parseUpid(text)!;
      expect(`${upid.type}-${upid.id}`).toBe(name);
      expect(upid).toMatchObject({ node: 'pve', user: 'labrunner@pve', tokenId: 'experiment' });
    }
    expect(parseUpid(upids['qmstart-103'])).toMatchObject({ pid: 0x0020e13d, pstart: 0x07360d84, startTime: 0x68ee1ef3 });
    const status = data('GET_nodes_pve_tasks_UPID_status.qmstart-103.ok.json');
    expect(parseUpid(status.upid)).toMatchObject({ pid: status.pid, pstart: status.pstart, startTime: status.starttime });
    expect(taskSucceeded(data('GET_nodes_pve_tasks_UPID_status.vzstart-200.warnings.json').exitstatus)).toBe(true);
    expect(taskSucceeded(data('GET_nodes_pve_tasks_UPID_status.qmshutdown-102.timeout.json').exitstatus)).toBe(false);
  });

  it('reads the TFA methods of a PVE 8 half-ticket', () => {
    expect(tfaMethods(data('POST_access_ticket.need-tfa.json').ticket)).toEqual(['totp', 'recovery']);
  });

  it('normalises the fingerprint form PVE shows', () => {
    const fp = data('GET_nodes.json')[0].ssl_fingerprint;
    expect(normalizeFingerprint(fp.replace(/:/g, '').toLowerCase())).toBe(fp);
    expect(normalizeFingerprint('14:4D')).toBeNull();
  });
});

describe('properties', () => {
  it('UPIDs round-trip', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
    const field = fc.stringMatching(/^[a-z0-9@.!_-]{1,12}$/).filter((s) => !s.includes(':'));
    fc.assert(
      fc.property(
        name,
        fc.nat(0xffffffff),
        fc.integer({ min: 0, max: 0xfffffffff }),
        fc.nat(0xffffffff),
        fc.stringMatching(/^[a-z]{2,10}$/),
        fc.option(fc.nat(999999), { nil: undefined }),
        field,
        (node, pid, pstart, startTime, type, id, user) => {
          const text = formatUpid({ node, pid, pstart, startTime, type, id: id === undefined ? '' : String(id), user });
          const parsed = parseUpid(text);
          expect(parsed).toMatchObject({ node, pid, pstart, startTime, type, id: id === undefined ? '' : String(id) });
        },
      ),
    );
  });

  it('a number and its decimal string coerce alike', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
        (value) => {
          expect(num.parse(String(value))).toBe(num.parse(value));
        },
      ),
    );
    expect(num.parse('')).toBeNull();
    expect(num.parse(null)).toBeNull();
    expect(num.parse(undefined)).toBeNull();
  });
});

describe.skipIf(!havePveFixtures)('least-privilege set-up text', () => {
  it('is the contract §5 commands, word for word', () => {
    const contract = readFileSync(path.join(pveFixturesDir, '..', 'CONTRACT.md'), 'utf8');
    for (const line of [...OBSERVER_SETUP.split('\n'), ...RUNNER_SETUP.split('\n')]) expect(contract).toContain(line);
  });
});
