import type { Clock, ExperimentPort } from '../../electron/experiment/port';

// A node whose memory is a base plus a known amount per running guest: the step means must
// come out as exactly those sums. Time is virtual so settle and sampling take no real time.
export const GiB = 2 ** 30;
export const BASE = Math.round(0.83 * GiB);
export const GUEST_MEMORY: Record<number, number> = { 101: Math.round(1.9 * GiB), 102: Math.round(0.72 * GiB), 103: Math.round(0.58 * GiB), 200: 2 * GiB };

export function lab(options: { failStart?: number; running?: number[] } = {}) {
  let now = Date.UTC(2026, 10, 25, 8, 0, 0);
  const running = new Set(options.running ?? []);
  const calls: string[] = [];
  const clock: Clock = {
    now: () => new Date(now),
    sleep: async (ms, signal) => {
      if (signal.aborted) throw signal.reason;
      now += ms;
    },
  };
  let task = 0;
  const port: ExperimentPort = {
    pveVersion: async () => '8.4.1',
    guests: async () =>
      Object.keys(GUEST_MEMORY).map((id) => ({
        vmid: Number(id),
        name: `guest-${id}`,
        type: 'qemu' as const,
        status: running.has(Number(id)) ? 'running' : 'stopped',
        maxmem: 4 * GiB,
      })),
    runningGuests: async () => new Set(running),
    guestStatus: async (_node, vmid) => (running.has(vmid) ? 'running' : 'stopped'),
    startGuest: async (_node, vmid) => {
      calls.push(`start ${vmid}`);
      if (vmid !== options.failStart) running.add(vmid);
      return `UPID:pve:0000${++task}:qmstart:${vmid}:root@pam:`;
    },
    shutdownGuest: async (_node, vmid) => {
      calls.push(`shutdown ${vmid}`);
      running.delete(vmid);
      return `UPID:pve:0000${++task}:qmshutdown:${vmid}:root@pam:`;
    },
    waitForTask: async (_node, upid) =>
      upid.includes(`qmstart:${options.failStart}:`)
        ? { ok: false, exitStatus: 'start failed: QEMU exited with code 1', log: ['kvm: cannot allocate memory', 'TASK ERROR: start failed'] }
        : { ok: true, exitStatus: 'OK', log: [] },
    environment: async (node, guests) => ({
      node: {
        name: node,
        cpuModel: 'Sim CPU',
        cores: 4,
        sockets: 1,
        coresPerSocket: 4,
        memoryBytes: Math.round(9.56 * GiB),
        diskBytes: 100e9,
        pveVersion: '8.4.1',
        kernel: 'Linux 6.8.12-9-pve',
      },
      guests: guests.map((vmid) => ({
        vmid,
        name: `guest-${vmid}`,
        type: 'qemu' as const,
        os: null,
        osType: 'l26',
        vcpus: 1,
        sockets: 1,
        memoryBytes: 4 * GiB,
        diskBytes: 32 * GiB,
        service: null,
      })),
    }),
    sample: async (_node, guests) => {
      const used = BASE + [...running].reduce((sum, vmid) => sum + GUEST_MEMORY[vmid], 0);
      return {
        memUsed: used,
        memTotal: 9.56 * GiB,
        memFree: 9.56 * GiB - used,
        memAvailable: null,
        memUsedMeaning: 'total-minus-available',
        cpu: 0.02 * (running.size + 1),
        loadavg: [0.1, 0.2, 0.3],
        swapUsed: 0,
        swapTotal: 0,
        ksmShared: 0,
        guests: guests.map((vmid) => ({ vmid, mem: GUEST_MEMORY[vmid], maxmem: 4 * GiB })),
      };
    },
  };
  return { port, clock, calls, running };
}
