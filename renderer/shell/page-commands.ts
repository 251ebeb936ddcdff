import type { PageCommand } from '../../core/contract/shell';
import { proxlab } from '../api';

/**
 * Runs `handler` when the native menu (or its shortcut) asks for `command`. The page that can
 * carry the command out subscribes; returns the unsubscribe function for a React effect.
 */
export function onPageCommand(command: PageCommand, handler: () => void): () => void {
  return proxlab().on('shell.command', (event) => {
    if (event.command === command) handler();
  });
}
