import { z } from 'zod';

// The desktop shell's part of the contract: the native menu's commands that the page carries
// out, and the page's own errors for main's log. Commands main carries out itself (recent
// files, about, user guide, log folder, quit) never reach the renderer.

export const PAGE_COMMANDS = ['openCapture', 'openSession', 'save', 'saveAs', 'print'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export const shellEvents = {
  /** A menu item or its shortcut was chosen; the page that can do it does it. */
  'shell.command': z.object({ command: z.enum(PAGE_COMMANDS) }),
} as const;

export const RendererErrorSchema = z.object({
  /** boundary: a page stopped rendering; error: an uncaught script error; rejection: an unhandled promise rejection. */
  kind: z.enum(['boundary', 'error', 'rejection']),
  message: z.string().max(2000),
  stack: z.string().max(8000).nullable(),
  /** The page that was showing, when the error is known to belong to one. */
  page: z.string().max(40).nullable(),
});

export const shellCalls = {
  /** Writes a page error to main's log (rate-limited); false when the limit dropped it. */
  'log.rendererError': { input: RendererErrorSchema, output: z.object({ logged: z.boolean() }) },
} as const;
