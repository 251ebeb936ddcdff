import { readRegularFile } from '../files/read-regular';
import { ClassLabSchema, type ClassLab } from '../../core/class/schema';

// The lecturer's lab definition (.proxlab-class): JSON checked against its schema, so that a
// typo is one clear message naming the field instead of checks that silently do nothing.

/** A lab definition that cannot be used; key and params word it for the page (core/class/error-messages.ts). */
export class ClassLabFileError extends Error {
  constructor(
    readonly key: 'class.error.labNotJson' | 'class.error.labInvalid',
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

const LAB_MAX_BYTES = 1 << 20;

export function parseClassLab(text: string): ClassLab {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ClassLabFileError('class.error.labNotJson', 'the lab definition is not valid JSON');
  }
  const parsed = ClassLabSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(top)';
    throw new ClassLabFileError('class.error.labInvalid', `the lab definition is not valid: ${field}: ${issue.message}`, { field, issue: issue.message });
  }
  return parsed.data;
}

export async function loadClassLab(file: string): Promise<ClassLab> {
  return parseClassLab(await readRegularFile(file, LAB_MAX_BYTES, 'utf8'));
}
