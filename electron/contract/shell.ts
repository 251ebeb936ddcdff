import { z } from 'zod';

// The desktop shell's part of the contract: the native menu's commands that the page carries
// out. Commands main carries out itself (recent files, about, user guide, log folder, quit)
// never reach the renderer.

export const PAGE_COMMANDS = ['openCapture', 'openSession', 'save', 'saveAs', 'print'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export const shellEvents = {
  /** A menu item or its shortcut was chosen; the page that can do it does it. */
  'shell.command': z.object({ command: z.enum(PAGE_COMMANDS) }),
} as const;
