import { z } from 'zod';

// Who did the lab, as the session keeps it and the report prints it.

/** One member of the group that did the lab: name and student number (NIM). */
export const StudentSchema = z.object({
  name: z.string().default(''),
  nim: z.string().default(''),
});

export const IdentitySchema = z.object({
  title: z.string().default(''),
  /** Labs are done in groups: every member, in the order they are printed. */
  students: z.array(StudentSchema).default([]),
  className: z.string().default(''),
  course: z.string().default(''),
  lecturer: z.string().default(''),
  institution: z.string().default(''),
  date: z.string().default(''),
});
export type Identity = z.infer<typeof IdentitySchema>;
