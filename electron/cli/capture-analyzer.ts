import { stat } from 'node:fs/promises';
import type { CaptureAnalyzer } from '../capture/analyzer';
import { createInProcessAnalyzer } from '../capture/in-process';
import { createCaptureAnalyzer } from '../capture/service';

/**
 * Files that are together at most this big on disk are analysed on the command's own thread:
 * starting a worker (about 0.1 s) costs more than analysing them, and an analysis this small
 * cannot come near the memory limit a worker would hold it to.
 */
export const IN_PROCESS_MAX_BYTES = 4 * 1024 * 1024;

/** Whether one run's files are small enough to analyse in process. */
export async function smallEnoughInProcess(files: readonly string[]): Promise<boolean> {
  // A file that cannot be read counts as nothing (its report says why); a pipe or device, whose
  // size is unknown, as too big.
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (s) => (s.isFile() ? s.size : Infinity),
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0) <= IN_PROCESS_MAX_BYTES;
}

/** The analyzer for one run's files: in process when they are small, else worker threads. */
export async function captureAnalyzerFor(files: readonly string[]): Promise<CaptureAnalyzer> {
  return (await smallEnoughInProcess(files)) ? createInProcessAnalyzer() : createCaptureAnalyzer();
}
