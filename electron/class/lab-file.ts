import { readRegularFile } from '../files/read-regular';
import { ClassLabSchema, type ClassLab } from '../../core/class/schema';

// The lecturer's lab definition (.proxlab-class): JSON checked against its schema, so that a
// typo is one clear message naming the field instead of checks that silently do nothing.

export class ClassLabFileError extends Error {}

const LAB_MAX_BYTES = 1 << 20;

export function parseClassLab(text: string): ClassLab {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ClassLabFileError('the lab definition is not valid JSON');
  }
  const parsed = ClassLabSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ClassLabFileError(`the lab definition is not valid: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

export async function loadClassLab(file: string): Promise<ClassLab> {
  return parseClassLab(await readRegularFile(file, LAB_MAX_BYTES, 'utf8'));
}
