import type { NodeSnapshot } from '../proxmox/snapshot';
import type { PveVersion } from '../proxmox/version';

// The document `proxlab node status` prints: as JSON with --json, as text through node-status-text.ts.

const NODE_STATUS_SCHEMA = 'proxlab.node-status/1';

/** The JSON document of docs/cli.md §node status. */
export function nodeStatusDocument(host: string, version: PveVersion, snapshot: NodeSnapshot, nodes: { node: string; status: string }[]) {
  const s = snapshot.summary;
  return {
    schema: NODE_STATUS_SCHEMA,
    host,
    node: s.node,
    time: snapshot.time,
    pveVersion: version.version,
    release: version.release,
    cpu: s.cpu,
    cpus: s.cpus,
    cpuModel: s.cpuModel,
    loadavg: s.loadavg,
    ioWait: s.ioWait,
    memory: { total: s.memory.total, used: s.memory.used, free: s.memory.free, available: s.memory.available, usedMeaning: s.memory.usedMeaning },
    swap: s.swap,
    rootfs: { total: s.rootfs.total, used: s.rootfs.used },
    ksmShared: s.ksmShared,
    uptime: s.uptime,
    kernel: s.kernel,
    pveversion: s.pveversion,
    guests: snapshot.guests.map((g) => ({
      vmid: g.vmid,
      type: g.type,
      name: g.name,
      status: g.status,
      mem: g.mem,
      maxmem: g.maxmem,
      cpus: g.cpus,
      uptime: g.uptime,
    })),
    nodes,
  };
}

export type NodeStatusDocument = ReturnType<typeof nodeStatusDocument>;
