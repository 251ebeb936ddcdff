import type { Lab, LabGuest, LabNode } from '../../../core/session/lab';
import { parseLocalNumber } from '../../format/typed-number';

// The environment form's text fields and back. Sizes are typed in the units the report prints
// (node memory and guest disks in GiB, the node's disk in GB); a size left as shown keeps its
// exact byte count, so saving an untouched form changes nothing.

const GiB = 1024 ** 3;

export interface SizeText {
  text: string;
  /** The bytes the field was filled with, and how they were shown. */
  bytes: number | null;
  shown: string;
}

export interface NodeDraft {
  name: string;
  cpuModel: string;
  sockets: string;
  coresPerSocket: string;
  cores: string;
  memory: SizeText;
  disk: SizeText;
  pveVersion: string;
  kernel: string;
}

export interface GuestDraft {
  /** React key: rows keep their identity while vmids are being typed. */
  key: number;
  vmid: string;
  name: string;
  type: '' | 'qemu' | 'lxc';
  os: string;
  osType: string;
  vcpus: string;
  sockets: string;
  memory: SizeText;
  disk: SizeText;
  service: string;
}

export interface LabDraft {
  node: NodeDraft;
  guests: GuestDraft[];
}

export type DraftField = keyof NodeDraft | `guest.${number}.${Exclude<keyof GuestDraft, 'key'>}`;
export type DraftProblem = 'integer' | 'size' | 'name';

const UNIT = { gib: GiB, gb: 1e9 } as const;

function plain(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

function size(bytes: number | null, unit: keyof typeof UNIT, locale: string): SizeText {
  const shown = bytes === null ? '' : plain(bytes / UNIT[unit], locale);
  return { text: shown, bytes, shown };
}

const text = (value: string | number | null) => (value === null ? '' : String(value));

let nextKey = 1;

export function emptyGuest(): GuestDraft {
  const blank = { text: '', bytes: null, shown: '' };
  return { key: nextKey++, vmid: '', name: '', type: '', os: '', osType: '', vcpus: '', sockets: '', memory: blank, disk: blank, service: '' };
}

export function labDraft(lab: Lab, locale: string): LabDraft {
  const n = lab.node;
  return {
    node: {
      name: text(n.name),
      cpuModel: text(n.cpuModel),
      sockets: text(n.sockets),
      coresPerSocket: text(n.coresPerSocket),
      cores: text(n.cores),
      memory: size(n.memoryBytes, 'gib', locale),
      disk: size(n.diskBytes, 'gb', locale),
      pveVersion: text(n.pveVersion),
      kernel: text(n.kernel),
    },
    guests: lab.guests.map((g) => ({
      key: nextKey++,
      vmid: text(g.vmid),
      name: g.name,
      type: g.type ?? '',
      os: text(g.os),
      osType: text(g.osType),
      vcpus: text(g.vcpus),
      sockets: text(g.sockets),
      memory: size(g.memoryBytes, 'gib', locale),
      disk: size(g.diskBytes, 'gib', locale),
      service: text(g.service),
    })),
  };
}

/** The lab the form describes, or the fields in error. */
export function readLabDraft(draft: LabDraft, locale: string): { lab: Lab } | { problems: Partial<Record<DraftField, DraftProblem>> } {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const words = (value: string) => value.trim().replace(/\s+/g, ' ') || null;
  const whole = (field: DraftField, value: string): number | null => {
    if (!value.trim()) return null;
    const parsed = parseLocalNumber(value, locale);
    if (parsed === null || !Number.isInteger(parsed) || parsed < 0) problems[field] = 'integer';
    return parsed;
  };
  const bytes = (field: DraftField, value: SizeText, unit: keyof typeof UNIT): number | null => {
    if (value.text === value.shown) return value.bytes;
    if (!value.text.trim()) return null;
    const parsed = parseLocalNumber(value.text, locale);
    if (parsed === null || parsed < 0) problems[field] = 'size';
    return parsed === null ? null : Math.round(parsed * UNIT[unit]);
  };
  const d = draft.node;
  // In the schema's key order: the page tells unsaved edits by comparing the JSON text.
  const node: LabNode = {
    name: words(d.name),
    cpuModel: words(d.cpuModel),
    cores: whole('cores', d.cores),
    sockets: whole('sockets', d.sockets),
    coresPerSocket: whole('coresPerSocket', d.coresPerSocket),
    memoryBytes: bytes('memory', d.memory, 'gib'),
    diskBytes: bytes('disk', d.disk, 'gb'),
    pveVersion: words(d.pveVersion),
    kernel: words(d.kernel),
  };
  const guests = draft.guests.map((g, i): LabGuest => {
    const name = words(g.name);
    if (name === null) problems[`guest.${i}.name`] = 'name';
    return {
      vmid: whole(`guest.${i}.vmid`, g.vmid),
      name: name ?? '',
      type: g.type || null,
      os: words(g.os),
      osType: words(g.osType),
      vcpus: whole(`guest.${i}.vcpus`, g.vcpus),
      sockets: whole(`guest.${i}.sockets`, g.sockets),
      memoryBytes: bytes(`guest.${i}.memory`, g.memory, 'gib'),
      diskBytes: bytes(`guest.${i}.disk`, g.disk, 'gib'),
      service: words(g.service),
    };
  });
  return Object.keys(problems).length ? { problems } : { lab: { node, guests } };
}
