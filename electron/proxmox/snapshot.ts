import type { ProxmoxClient } from './client';
import { listGuests, type Guest } from './guests';
import { nodeStatus, type NodeSummary } from './node';
import { explainEmptyGuests } from './privileges';

// What the Node page and `proxlab node status` show at one moment: the Summary figures and the
// node's guests.

export interface NodeSnapshot {
  time: string;
  summary: NodeSummary;
  guests: Guest[];
}

export async function nodeSnapshot(client: ProxmoxClient, node: string, now: () => Date = () => new Date()): Promise<NodeSnapshot> {
  const [summary, guests] = await Promise.all([nodeStatus(client, node), listGuests(client, node)]);
  return { time: now().toISOString(), summary, guests };
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
