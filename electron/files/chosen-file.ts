import type { Saved } from '../../core/contract/files';
import { writeFileAtomic } from '../session/atomic-file';
import { fileFailure } from './file-failure';

// A file the user chooses in a Save dialog: the name offered to them, and the write that answers
// every save call the same way.

/** Text the user typed (a title, a class's name) as a file name Windows and Linux both accept, at most 80 characters. */
export function fileNameFrom(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .trim()
    .slice(0, 80);
}

/**
 * Writes what `produce` makes to `target` (null: the dialog was cancelled, nothing is made),
 * atomically, so a failed save leaves an existing file as it was; a failure says why, by the
 * system's error code.
 */
export async function saveChosen(target: string | null, produce: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<Saved> {
  if (!target) return { path: null, problem: null };
  try {
    await writeFileAtomic(target, await produce());
    return { path: target, problem: null };
  } catch (error) {
    return { path: null, problem: fileFailure(error, 'save', target) };
  }
}
