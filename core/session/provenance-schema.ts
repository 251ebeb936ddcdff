import { z } from 'zod';

// Where a session's figures come from when ProxLab did not measure them, for the report to say.

export const ProvenanceSchema = z.object({
  /** Where figures not measured by ProxLab come from (the demo: the seed paper). */
  source: z.string().nullable().default(null),
  /**
   * Figures chosen to be plausible rather than measured or published, which the report marks:
   * "loadavg", "sampleTimes", "guestResources".
   */
  illustrative: z.array(z.string()).default([]),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
