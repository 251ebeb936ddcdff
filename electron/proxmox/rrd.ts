import { z } from 'zod';
import type { ProxmoxClient } from './client';
import { ProxmoxError } from './errors';
import type { GuestType } from './guests';

// RRD history (docs/proxmox.md §RRD): rows oldest first, each column optional (unknown values are
// left out), all values floats; PVE 9 has other windows, more columns and `decade`.

export const TIMEFRAMES = ['hour', 'day', 'week', 'month', 'year', 'decade'] as const;
export type Timeframe = (typeof TIMEFRAMES)[number];
export type ConsolidationFunction = 'AVERAGE' | 'MAX';

export interface RrdRow {
  /** UNIX seconds of the bucket. */
  time: number;
  values: Record<string, number>;
}

const RowSchema = z.record(z.string(), z.unknown());

export function parseRrd(raw: unknown): RrdRow[] {
  const rows: RrdRow[] = [];
  for (const row of z.array(RowSchema).parse(raw)) {
    const time = Number(row.time);
    if (!Number.isFinite(time)) continue;
    const values: Record<string, number> = {};
    for (const [column, value] of Object.entries(row)) {
      if (column === 'time' || value === null || value === '') continue;
      const parsed = Number(value);
      if (Number.isFinite(parsed)) values[column] = parsed;
    }
    rows.push({ time, values });
  }
  return rows.sort((a, b) => a.time - b.time);
}

export interface RrdTarget {
  node: string;
  guest?: { type: GuestType; vmid: number };
}

export async function rrdData(client: ProxmoxClient, target: RrdTarget, timeframe: Timeframe, cf: ConsolidationFunction = 'AVERAGE'): Promise<RrdRow[]> {
  if (timeframe === 'decade' && !(await client.version()).rrdV2) {
    throw new ProxmoxError('not-implemented', { reason: 'timeframe "decade" needs PVE 9' });
  }
  const base = `/nodes/${encodeURIComponent(target.node)}`;
  const path = target.guest ? `${base}/${target.guest.type}/${target.guest.vmid}/rrddata` : `${base}/rrddata`;
  return parseRrd(await client.get(path, { timeframe, cf }));
}
