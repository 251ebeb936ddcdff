import type { ExperimentPort } from './port';

/** The names PVE gives the planned guests, by vmid (for chart markers and tables). */
export async function plannedGuestNames(port: ExperimentPort, node: string, guests: readonly number[]): Promise<Record<string, string>> {
  const listing = await port.guests(node);
  return Object.fromEntries(listing.filter((g) => guests.includes(g.vmid) && g.name).map((g) => [String(g.vmid), g.name]));
}
