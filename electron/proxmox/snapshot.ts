import type { ProxmoxClient } from './client';
import { clusterResources, type ClusterResource } from './cluster';
import { listGuests, type Guest } from './guests';
import { nodeStatus, type NodeSummary } from './node';
import { explainEmptyGuests } from './privileges';

// What the Node page and `proxlab node status` show at one moment: the Summary figures and the
// node's guests.

/**
 * What a guest list's `mem` means on this release: up to PVE 8 an estimate from the QEMU
 * process's resident memory, from PVE 9 what the guest's cgroup uses on the host. (Containers:
 * their cgroup's usage without page cache on every release.)
 */
export type HostMemMeaning = 'rss-estimate' | 'cgroup';

export interface NodeSnapshot {
  time: string;
  summary: NodeSummary;
  /** Each with the list's host-side `mem` and, from /cluster/resources, PVE's own figure and HA state. */
  guests: Guest[];
  hostMemMeaning: HostMemMeaning;
}

export async function nodeSnapshot(client: ProxmoxClient, node: string, now: () => Date = () => new Date()): Promise<NodeSnapshot> {
  const [summary, guests, resources, version] = await Promise.all([
    nodeStatus(client, node),
    listGuests(client, node),
    clusterResources(client, 'vm'),
    client.version(),
  ]);
  return {
    time: now().toISOString(),
    summary,
    guests: guests.map((g) => withResource(g, resources, node)),
    hostMemMeaning: version.major >= 9 ? 'cgroup' : 'rss-estimate',
  };
}

/**
 * The guest list has only the host view and no HA state; /cluster/resources (what PVE's
 * resource tree shows, pvestatd's figures, seconds old) has the guest's own view and `hastate`.
 */
function withResource(guest: Guest, resources: ClusterResource[], node: string): Guest {
  const resource = resources.find((r) => r.vmid === guest.vmid && r.node === node);
  const haState = resource?.haState ?? null;
  return { ...guest, guestMem: guest.status === 'running' ? (resource?.mem ?? null) : null, haState, haManaged: guest.haManaged || haState !== null };
}

/**
 * Like nodeSnapshot, but an empty guest list from a caller without VM.Audit anywhere is the
 * silent failure of a privilege-separated token, and is reported as such.
 */
export async function checkedNodeSnapshot(client: ProxmoxClient, node: string, identity: string): Promise<NodeSnapshot> {
  const snapshot = await nodeSnapshot(client, node);
  const problem = await explainEmptyGuests(client, snapshot.guests.length, identity);
  if (problem) throw problem;
  return snapshot;
}
