import type { Lab, LabGuest, LabNode } from './lab';

// Putting what a node reports into the lab a student may have typed by hand. A run fills only
// what is still empty (it cannot ask: the command line and a background run have nobody to
// ask); the Report page lists the differences and lets the student choose to replace them.
// Plain TypeScript, so the renderer uses the same rules.

export interface LabDifference {
  /** null: the node; otherwise the guest's vmid. */
  vmid: number | null;
  /** The guest's name, for a guest. */
  guest: string | null;
  field: string;
  recorded: string | number;
  measured: string | number;
}

function merged<T extends object>(recorded: T, measured: T, prefer: 'recorded' | 'measured'): T {
  const out = { ...recorded } as Record<string, unknown>;
  for (const [key, value] of Object.entries(measured)) {
    const kept = (recorded as Record<string, unknown>)[key];
    if (value === null || value === undefined) continue;
    if (kept === null || kept === undefined || prefer === 'measured') out[key] = value;
  }
  return out as T;
}

/** The recorded guest the measured one stands for: same vmid, or an unnumbered one of the same name. */
function counterpart(guests: LabGuest[], measured: LabGuest): number {
  const byId = guests.findIndex((g) => g.vmid !== null && g.vmid === measured.vmid);
  return byId >= 0 ? byId : guests.findIndex((g) => g.vmid === null && g.name === measured.name);
}

function combine(recorded: Lab, measured: Lab, prefer: 'recorded' | 'measured'): Lab {
  const guests = [...recorded.guests];
  for (const guest of measured.guests) {
    const at = counterpart(guests, guest);
    if (at < 0) guests.push(guest);
    else guests[at] = { ...merged(guests[at], guest, prefer), name: prefer === 'measured' ? guest.name : guests[at].name };
  }
  return { node: merged(recorded.node, measured.node, prefer), guests };
}

/** Fills every empty field from the node; what is there already stays. */
export function fillLab(recorded: Lab, measured: Lab): Lab {
  return combine(recorded, measured, 'recorded');
}

/** Takes every figure the node reported; fields it does not know (the student's OS text, the service) stay. */
export function replaceLab(recorded: Lab, measured: Lab): Lab {
  return combine(recorded, measured, 'measured');
}

/** Fields where the lab holds a value and the node reports another one. */
export function labDifferences(recorded: Lab, measured: Lab): LabDifference[] {
  const out: LabDifference[] = [];
  const compare = (a: LabNode | LabGuest, b: LabNode | LabGuest, vmid: number | null, guest: string | null) => {
    for (const [field, now] of Object.entries(b) as Array<[string, unknown]>) {
      const was = (a as Record<string, unknown>)[field];
      if (field === 'vmid' || was === null || now === null || was === now) continue;
      out.push({ vmid, guest, field, recorded: was as string | number, measured: now as string | number });
    }
  };
  compare(recorded.node, measured.node, null, null);
  for (const guest of measured.guests) {
    const at = counterpart(recorded.guests, guest);
    if (at >= 0) compare(recorded.guests[at], guest, guest.vmid, recorded.guests[at].name);
  }
  return out;
}
