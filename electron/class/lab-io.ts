import { readRegularFile } from '../files/read-regular';
import { ClassLabSchema, type ClassLab } from '../../core/class/schema';

// The lecturer's .proxlab-class file: the lab definition as indented JSON, so that it can be
// read and edited by hand and checked into a course's repository.

/** Far above any lab definition (a hundred service VMs and the node's identity). */
const LAB_MAX_BYTES = 1 << 20;

export async function readLabFile(file: string): Promise<ClassLab> {
  return ClassLabSchema.parse(JSON.parse(await readRegularFile(file, LAB_MAX_BYTES, 'utf8')));
}

export function labFileText(lab: ClassLab): string {
  return `${JSON.stringify(ClassLabSchema.parse(lab), null, 2)}\n`;
}
