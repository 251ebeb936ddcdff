import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { redactFields, redactText } from './redact';

// The log a student attaches when asking for help: one line per event in the user data
// folder, rotated by size (proxlab.log, then proxlab.1.log … proxlab.<keep>.log), secrets
// redacted before anything is written.

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly file: string;
  readonly dir: string;
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

export interface LogFileOptions {
  dir: string;
  /** Largest size of one file in bytes; the next line that would pass it starts a new file. */
  maxBytes?: number;
  /** How many older files are kept beside the current one. */
  keep?: number;
  now?: () => Date;
}

const BASE = 'proxlab';

export const rotatedName = (index: number): string => (index === 0 ? `${BASE}.log` : `${BASE}.${index}.log`);

export function createLogFile({ dir, maxBytes = 1024 * 1024, keep = 3, now = () => new Date() }: LogFileOptions): Logger {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, rotatedName(0));
  let size = sizeOf(file);

  const rotate = () => {
    rmSync(path.join(dir, rotatedName(keep)), { force: true });
    for (let index = keep - 1; index >= 0; index--) {
      const from = path.join(dir, rotatedName(index));
      if (existsSync(from)) renameSync(from, path.join(dir, rotatedName(index + 1)));
    }
    size = 0;
  };

  return {
    file,
    dir,
    log(level, message, fields) {
      const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(redactFields(fields))}` : '';
      const line = `${now().toISOString()} ${level.toUpperCase()} ${redactText(message).replace(/\r?\n/g, ' ⏎ ')}${extra}\n`;
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
