import type { Lab, LabGuest } from '../../core/session/lab';
import type { ProxmoxClient } from './client';
import { guestConfig } from './guest-config';
import { listGuests } from './guests';
import { nodeStatus } from './node';

// The test environment as the node reports it: the node's hardware and software, and the
// configuration of the experiment's guests, in the session's lab shape.

/** The node and the given guests (every guest but templates when none is given), in that order. */
export async function readLabEnvironment(client: ProxmoxClient, node: string, vmids: readonly number[] = []): Promise<Lab> {
  const [version, status, listing] = await Promise.all([client.version(), nodeStatus(client, node), listGuests(client, node)]);
  const chosen = vmids.length ? vmids.flatMap((vmid) => listing.filter((g) => g.vmid === vmid)) : listing.filter((g) => !g.template);
  const guests = await Promise.all(
    chosen.map(async (g): Promise<LabGuest> => {
      const config = await guestConfig(client, node, g.type, g.vmid);
      return {
        vmid: g.vmid,
        name: g.name,
        type: g.type,
        os: null,
        osType: config.osType,
        vcpus: config.vcpus ?? g.cpus,
        sockets: config.sockets,
        memoryBytes: g.maxmem ?? config.memoryBytes,
        diskBytes: config.diskBytes ?? g.maxDisk,
        service: null,
      };
    }),
  );
  const sockets = status.sockets;
  const perSocket = status.cores !== null && sockets ? status.cores / sockets : null;
  return {
    node: {
      name: node,
      cpuModel: status.cpuModel.trim().replace(/\s+/g, ' '),
      cores: status.cpus,
      sockets,
      coresPerSocket: perSocket !== null && Number.isInteger(perSocket) ? perSocket : null,
      memoryBytes: status.memory.total,
      diskBytes: status.rootfs.total || null,
      pveVersion: version.version,
      kernel: status.kernelRelease,
    },
    guests,
  };
}
