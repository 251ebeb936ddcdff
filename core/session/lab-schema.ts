import { z } from 'zod';
import type { Lab, LabGuest, LabNode } from './lab';

// The lab as the student measured it, kept in the session so the report's "test environment"
// section needs neither the node nor the network. A figure nobody recorded is null, and the
// report says so instead of guessing. Fields were added over time with null defaults, so older
// sessions of the same format read as "not recorded" there.

const Count = z.number().int().nonnegative().nullable().default(null);
const Text = z.string().nullable().default(null);

export const LabNodeSchema = z.object({
  name: Text,
  cpuModel: Text,
  /** Logical CPUs as PVE counts them (cpuinfo.cpus). */
  cores: Count,
  sockets: Count,
  /** Physical cores of one socket (PVE reports them from 6.2 on). */
  coresPerSocket: Count,
  memoryBytes: Count,
  /** Size of the node's root filesystem. */
  diskBytes: Count,
  pveVersion: Text,
  /** "Linux 6.8.12-15-pve". */
  kernel: Text,
}) satisfies z.ZodType<LabNode>;

export const LabGuestSchema = z.object({
  vmid: z.number().int().nullable().default(null),
  name: z.string(),
  type: z.enum(['qemu', 'lxc']).nullable().default(null),
  /** The operating system in the student's words ("Ubuntu 22.04"); PVE cannot tell a VM's distribution. */
  os: Text,
  /** PVE's `ostype` as configured (l26, win10, debian, …); the report names it in its language. */
  osType: Text,
  /** sockets × cores for a VM, cores for a container. */
  vcpus: Count,
  /** A VM's sockets (its vcpus are sockets × cores). */
  sockets: Count,
  memoryBytes: Count,
  /** Every data disk (VM) or the root and mount points (container), added up. */
  diskBytes: Count,
  /** The web service the guest hosts (WordPress, Moodle, …), as the captures name it. */
  service: Text,
}) satisfies z.ZodType<LabGuest>;

export const LabSchema = z.object({
  node: LabNodeSchema.default(LabNodeSchema.parse({})),
  guests: z.array(LabGuestSchema).default([]),
}) satisfies z.ZodType<Lab>;
