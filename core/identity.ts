// The report's identity as every side reads it: the main process (the PDF's Author), the CLI
// and the renderer (the document's title and author) share this one reading of the group.

/** The names of the group that are filled in, in order. */
export const studentNames = (identity: { students: ReadonlyArray<{ name: string }> }): string[] => identity.students.map((s) => s.name.trim()).filter(Boolean);

/** The PDF's and the HTML's author: every named student, in the group's order; empty when none is. */
export const groupAuthor = (identity: { students: ReadonlyArray<{ name: string }> }): string => studentNames(identity).join(', ');
