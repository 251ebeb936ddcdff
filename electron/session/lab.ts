import { z } from 'zod';

// The lab as the student measured it, kept in the session so the report's "test environment"
// section needs neither the node nor the network. A figure nobody recorded is null, and the
// report says so instead of guessing.

const Count = z.number().int().nonnegative().nullable().default(null);

export const LabNodeSchema = z.object({
  name: z.string().nullable().default(null),
  cpuModel: z.string().nullable().default(null),
  /** Logical CPUs as PVE counts them (cpuinfo.cpus). */
  cores: Count,
  memoryBytes: Count,
  diskBytes: Count,
  pveVersion: z.string().nullable().default(null),
});
export type LabNode = z.infer<typeof LabNodeSchema>;

export const LabGuestSchema = z.object({
  vmid: z.number().int().nullable().default(null),
  name: z.string(),
  os: z.string().nullable().default(null),
  vcpus: Count,
  memoryBytes: Count,
  /** The web service the guest hosts (WordPress, Moodle, …), as the captures name it. */
  service: z.string().nullable().default(null),
});
export type LabGuest = z.infer<typeof LabGuestSchema>;

export const LabSchema = z.object({
  node: LabNodeSchema.default(LabNodeSchema.parse({})),
  guests: z.array(LabGuestSchema).default([]),
});
export type Lab = z.infer<typeof LabSchema>;
