import { ClassLabSchema, type ClassLab } from '../../core/class/schema';

// The lecturer's .proxlab-class file as written: indented JSON, so that it can be read and
// edited by hand and kept with a course's material (lab-file.ts reads it back).

export function labFileText(lab: ClassLab): string {
  return `${JSON.stringify(ClassLabSchema.parse(lab), null, 2)}\n`;
}
