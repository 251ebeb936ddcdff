import type { ExperimentPort } from '../experiment/port';
import type { ProxmoxClient } from './client';
import { readLabEnvironment } from './environment';
import { ProxmoxError } from './errors';
import { guestStatus, listGuests, powerAction, type GuestType } from './guests';
import { nodeStatus } from './node';
import { followTask } from './tasks';
import { parseUpid } from './upid';

// The experiment runner's view of a Proxmox node, served by the client.

export function proxmoxExperimentPort(client: ProxmoxClient): ExperimentPort {
  const types = new Map<string, GuestType>();
  const typeOf = async (node: string, vmid: number): Promise<GuestType> => {
    const key = `${node}/${vmid}`;
    if (!types.has(key)) for (const g of await listGuests(client, node)) types.set(`${node}/${g.vmid}`, g.type);
    const type = types.get(key);
    if (!type) throw new ProxmoxError('not-found', { reason: `guest ${vmid} on node ${node}` });
    return type;
  };
  const upidOf = (text: string) => {
    const upid = parseUpid(text);
    if (!upid) throw new ProxmoxError('bad-response', { path: 'task', reason: `not a UPID: ${text}` });
    return upid;
  };
  return {
    pveVersion: async () => (await client.version()).version,
    guests: async (node) => (await listGuests(client, node)).map((g) => ({ vmid: g.vmid, name: g.name, type: g.type, status: g.status, maxmem: g.maxmem })),
    runningGuests: async (node) => new Set((await listGuests(client, node)).filter((g) => g.status === 'running').map((g) => g.vmid)),
    guestStatus: async (node, vmid) => {
      const guest = await guestStatus(client, node, await typeOf(node, vmid), vmid);
      return guest.qmpStatus ?? guest.status;
    },
    startGuest: async (node, vmid) => (await powerAction(client, node, await typeOf(node, vmid), vmid, 'start')).upid,
    shutdownGuest: async (node, vmid) => (await powerAction(client, node, await typeOf(node, vmid), vmid, 'shutdown')).upid,
    waitForTask: (_node, upid, signal) => followTask(client, upidOf(upid), { signal }),
    environment: (node, guests) => readLabEnvironment(client, node, guests),
    sample: async (node, wanted) => {
      const [s, guests] = await Promise.all([nodeStatus(client, node), listGuests(client, node)]);
      return {
        memUsed: s.memory.used,
        memTotal: s.memory.total,
        memFree: s.memory.free,
        memAvailable: s.memory.available,
        memUsedMeaning: s.memory.usedMeaning,
        cpu: s.cpu,
        loadavg: s.loadavg,
        swapUsed: s.swap.used,
        swapTotal: s.swap.total,
        ksmShared: s.ksmShared,
        guests: wanted.map((vmid) => {
          const guest = guests.find((g) => g.vmid === vmid);
          return { vmid, mem: guest?.status === 'running' ? guest.mem : null, maxmem: guest?.maxmem ?? null };
        }),
      };
    },
  };
}
