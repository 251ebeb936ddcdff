import { fillTemplate, type CatalogueEntry } from '../../core/catalogue';
import { asProxmoxError } from '../proxmox/errors';
import { failureText } from '../../core/failure-text';
import { fileFailure } from '../files/file-failure';
import type { Language } from '../../core/language';
import { EXIT, type CliIo } from './io';
import { cliLanguage } from './lang';
import { exitCodeFor } from './proxmox-connection';

// The last line of defence of every command: whatever escaped it is told in one line in the
// user's language, with an exit code of the contract, never as a stack trace.

const messages = {
  other: {
    en: 'stopped by an unexpected error ({{detail}}). Nothing after it was done; run again with PROXLAB_DEBUG=1 to see where.',
    id: 'berhenti karena galat yang tidak terduga ({{detail}}). Tidak ada yang dikerjakan setelahnya; jalankan lagi dengan PROXLAB_DEBUG=1 untuk melihat letaknya.',
  },
} as const satisfies Record<string, CatalogueEntry>;

/** The language the command line asked for, read leniently: a bad --lang must not hide the error. */
function languageOf(args: readonly string[], io: CliIo): Language {
  const at = args.indexOf('--lang');
  const flag = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--lang='))?.slice(7);
  return cliLanguage(flag === 'id' || flag === 'en' ? flag : undefined, io.env) ?? 'en';
}

export function reportUnexpected(error: unknown, command: string, args: readonly string[], io: CliIo): number {
  const lang = languageOf(args, io);
  const proxmox = asProxmoxError(error);
  if (proxmox) {
    io.stderr(`${command}: ${proxmox.text(lang)}\n`);
    return exitCodeFor(proxmox);
  }
  const errno = error as NodeJS.ErrnoException;
  if (errno?.code && errno.path) {
    const operation = /write|rename|mkdir|unlink|copy/.test(errno.syscall ?? '') ? 'save' : 'read';
    io.stderr(`${command}: ${failureText(fileFailure(errno, operation, errno.path), lang)}\n`);
    // A file the user named that cannot be used: the command did not fully do its work.
    return EXIT.partial;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
  io.stderr(`${command}: ${fillTemplate(messages.other[lang], { detail })}\n`);
  if (io.env.PROXLAB_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.partial;
}
