import { z } from 'zod';
import type { ProxmoxClient } from './client';
import { num } from './coerce';
import type { GuestType } from './guests';

// A guest's configuration (GET /nodes/{node}/qemu|lxc/{vmid}/config): what the lab report
// prints of it. Values come as the config file holds them: numbers may be strings, memory may
// be a property string (`current=4096`), disks are volume strings with a `size=32G` option.

const ConfigSchema = z
  .object({
    ostype: z.string().optional(),
    sockets: num,
    cores: num,
    memory: z.union([z.number(), z.string()]).optional(),
  })
  .passthrough();

export interface GuestConfig {
  /** PVE's ostype (l26, win11, debian, …); null when the config does not set one. */
  osType: string | null;
  /** Sockets of a VM (PVE's default 1); null for a container. */
  sockets: number | null;
  /** sockets × cores for a VM; a container's cores, null when it may use every host CPU. */
  vcpus: number | null;
  memoryBytes: number | null;
  /** Every sized disk added up; null when none states a size. */
  diskBytes: number | null;
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** `size=32G` of a volume string → bytes; null when it has none (a CD drive, a bind mount). */
export function volumeSize(volume: string): number | null {
  const match = /(?:^|,)size=(\d+(?:\.\d+)?)([KMGT]?)(?:,|$)/i.exec(volume);
  return match ? Math.round(Number(match[1]) * UNITS[match[2].toUpperCase()]) : null;
}

/** `4096`, `"4096"` or `"current=4096"` (MiB) → bytes. */
function memoryBytes(value: number | string | undefined): number | null {
  if (value === undefined) return null;
  const text = String(value);
  const current = /(?:^|,)(?:current=)?(\d+)(?:,|$)/.exec(text);
  return current ? Number(current[1]) * 1024 ** 2 : null;
}

// VM disks on a bus; CD drives (media=cdrom) hold no guest data. The EFI vars and TPM state
// volumes are not disks the guest sees, and `unusedN` is detached.
const VM_DISK = /^(ide|sata|scsi|virtio)\d+$/;
const CT_DISK = /^(rootfs|mp\d+)$/;

function disksTotal(config: Record<string, unknown>, type: GuestType): number | null {
  const pattern = type === 'qemu' ? VM_DISK : CT_DISK;
  const sizes = Object.entries(config)
    .filter(([key, value]) => pattern.test(key) && typeof value === 'string' && !/(^|,)media=cdrom(,|$)/.test(value))
    .map(([, value]) => volumeSize(value as string))
    .filter((size): size is number => size !== null);
  return sizes.length ? sizes.reduce((a, b) => a + b, 0) : null;
}

export function parseGuestConfig(type: GuestType, raw: unknown): GuestConfig {
  const config = ConfigSchema.parse(raw);
  const common = { osType: config.ostype?.trim() || null, memoryBytes: memoryBytes(config.memory), diskBytes: disksTotal(config, type) };
  if (type === 'lxc') return { ...common, sockets: null, vcpus: config.cores };
  const sockets = config.sockets ?? 1;
  return { ...common, sockets, vcpus: sockets * (config.cores ?? 1) };
}

export async function guestConfig(client: ProxmoxClient, node: string, type: GuestType, vmid: number): Promise<GuestConfig> {
  return parseGuestConfig(type, await client.get(`/nodes/${encodeURIComponent(node)}/${type}/${vmid}/config`));
}
