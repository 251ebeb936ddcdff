import type { ProxmoxClient } from './client';
import { clusterView, permissions } from './cluster';
import { ProxmoxError } from './errors';
import { listGuests } from './guests';
import { emptyWithoutAcl, holds } from './privileges';
import type { PveVersion } from './version';

// "Test connection": each step says what worked and what failed, and the node this
// connection talks to is discovered (the local node of /cluster/status, or the only one).

export interface StepResult {
  step: 'version' | 'nodes' | 'permissions' | 'guests';
  ok: boolean;
  error: ProxmoxError | null;
}

export interface ConnectionReport {
  version: PveVersion | null;
  node: string | null;
  nodes: { node: string; online: boolean }[];
  steps: StepResult[];
}

async function step<T>(steps: StepResult[], name: StepResult['step'], run: () => Promise<T>): Promise<T | null> {
  try {
    const value = await run();
    steps.push({ step: name, ok: true, error: null });
    return value;
  } catch (error) {
    if (!(error instanceof ProxmoxError)) throw error;
    steps.push({ step: name, ok: false, error });
    return null;
  }
}

export async function discoverNode(client: ProxmoxClient): Promise<{ node: string | null; nodes: { node: string; online: boolean }[] }> {
  const view = await clusterView(client);
  const local = view.nodes.find((n) => n.local) ?? (view.nodes.length === 1 ? view.nodes[0] : null);
  return { node: local?.node ?? null, nodes: view.nodes.map((n) => ({ node: n.node, online: n.online })) };
}

/** Never throws a ProxmoxError: a refused step is reported and the later ones still run where they can. */
export async function testConnection(client: ProxmoxClient, identity: string): Promise<ConnectionReport> {
  const steps: StepResult[] = [];
  const version = await step(steps, 'version', () => client.version());
  if (!version) return { version: null, node: null, nodes: [], steps };
  const found = await step(steps, 'nodes', () => discoverNode(client));
  const perms = await step(steps, 'permissions', () => permissions(client));
  const node = found?.node ?? null;
  if (node) {
    await step(steps, 'guests', async () => {
      const guests = await listGuests(client, node);
      if (guests.length === 0 && perms && !holds(perms, 'VM.Audit')) throw emptyWithoutAcl('guests', identity);
      return guests;
    });
  }
  return { version, node, nodes: found?.nodes ?? [], steps };
}
