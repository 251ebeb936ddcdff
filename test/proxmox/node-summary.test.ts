import { describe, expect, it } from 'vitest';
import { summaryFigures } from '../../core/proxmox/node-summary';
import { formatBinaryBytes } from '../../core/format/numbers';
import { havePveFixtures, pveFixture } from '../support/pve-fixtures';

// The Summary panel's figures for the contract's PVE 8.4 node, worked out by hand:
// RAM 12 636 221 440 / 65 919 459 328 = 19.169 % → "19,17%"; 12 636 221 440 B = 11.7684 GiB;
// 65 919 459 328 B = 61.3926 GiB; CPU 0.0614213… → "6,14 %".

const base = {
  node: 'pve',
  uptime: 1209874,
  cpu: 0.0614213197969543,
  ioWait: 0.00121827411167513,
  cpus: 8,
  cores: 4,
  sockets: 1,
  cpuModel: 'Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz',
  loadavg: [0.52, 0.61, 0.58] as [number, number, number],
  memory: { total: 65919459328, used: 12636221440, free: 2361393152, available: null, usedMeaning: 'total-minus-available' as const, usedFraction: 0.19169 },
  swap: { total: 8589930496, used: 0 },
  ksmShared: 0,
  rootfs: { total: 100861726720, used: 9834012672, avail: 85984629760 },
  pveversion: 'pve-manager/8.4.14/b502d23c55afcba1',
  kernel: 'Linux 6.8.12-15-pve #1 SMP PREEMPT_DYNAMIC PMX 6.8.12-15-pve',
  bootMode: 'efi',
};

describe('node Summary figures', () => {
  it("reads like PVE's panel, with a decimal comma in Indonesian", () => {
    const f = summaryFigures(base, 'id-ID');
    expect(f.cpuPercent).toBe('6,14 %');
    expect(f.ioDelay).toBe('0,12 %');
    expect(f.load).toEqual(['0,52', '0,61', '0,58']);
    expect(f.ram).toEqual({ percent: '19,17 %', used: '11,77 GiB', total: '61,39 GiB' });
    // 8 589 930 496 B = 7.99999 GiB → "8,00 GiB"; 0 B has no decimals.
    expect(f.swap).toEqual({ percent: '0,00 %', used: '0 B', total: '8,00 GiB' });
    // 9 834 012 672 / 100 861 726 720 = 9.750 %; 9.1586 GiB of 93.934 GiB.
    expect(f.rootfs).toEqual({ percent: '9,75 %', used: '9,16 GiB', total: '93,93 GiB' });
    expect(f.kernel).toBe('6.8.12-15-pve');
  });

  it('uses a decimal point in English and leaves out usage of what the node does not have', () => {
    const f = summaryFigures({ ...base, swap: { total: 0, used: 0 } }, 'en-US');
    expect(f.ram).toEqual({ percent: '19.17%', used: '11.77 GiB', total: '61.39 GiB' });
    expect(f.swap).toBeNull();
  });

  it('prints sizes with IEC units as PVE does (1024-based, two decimals from KiB)', () => {
    expect(formatBinaryBytes(1023, 'en-US')).toBe('1,023 B');
    expect(formatBinaryBytes(1024, 'en-US')).toBe('1.00 KiB');
    expect(formatBinaryBytes(1536 * 1024, 'id-ID')).toBe('1,50 MiB');
    expect(formatBinaryBytes(2.5 * 1024 ** 3, 'id-ID')).toBe('2,50 GiB');
  });

  it.runIf(havePveFixtures)('takes the recorded PVE 9 node as it is', () => {
    const raw = pveFixture('GET_nodes_pve_status.pve9.json').data;
    const f = summaryFigures({ ...base, memory: { ...base.memory, total: raw.memory.total, used: raw.memory.used } }, 'en-US');
    const percent = ((raw.memory.used / raw.memory.total) * 100).toFixed(2);
    expect(f.ram.percent).toBe(`${percent}%`);
  });
});
