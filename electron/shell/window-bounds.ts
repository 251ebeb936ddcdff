import { z } from 'zod';

// Where the window opens: where the user left it, unless that place is gone (a projector
// unplugged, a smaller screen) — then on the screen it mostly overlapped, shrunk and moved to
// fit, or centred on the primary screen.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  /** The display's work area: the screen without the taskbar or dock. */
  workArea: Rect;
}

export const WindowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 960, height: 600 };
/** How much of the title bar must lie on a screen for the user to grab it. */
const GRAB = { width: 100, height: 24 };

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

const area = (rect: Rect | null) => (rect ? rect.width * rect.height : 0);

/** The window's size fitted to a work area: never larger, never below the minimum the work area allows. */
function fit(size: { width: number; height: number }, work: Rect) {
  return {
    width: Math.min(Math.max(size.width, Math.min(MIN_SIZE.width, work.width)), work.width),
    height: Math.min(Math.max(size.height, Math.min(MIN_SIZE.height, work.height)), work.height),
  };
}

function centred(size: { width: number; height: number }, work: Rect): Rect {
  const { width, height } = fit(size, work);
  return { x: work.x + Math.floor((work.width - width) / 2), y: work.y + Math.floor((work.height - height) / 2), width, height };
}

/** The bounds to open the window with, from the saved state (anything, validated here) and today's displays. */
export function restoreWindowState(saved: unknown, displays: readonly DisplayArea[], primary: DisplayArea): WindowState {
  const parsed = WindowStateSchema.safeParse(saved);
  if (!parsed.success) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false };
  const { bounds, maximized } = parsed.data;

  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB.height };
  const grabbable = displays.some((display) => {
    const strip = overlap(titleBar, display.workArea);
    return strip !== null && strip.width >= Math.min(GRAB.width, bounds.width) && strip.height >= Math.min(GRAB.height, bounds.height);
  });
  const home = displays.reduce<DisplayArea | null>(
    (best, display) => (area(overlap(bounds, display.workArea)) > area(best ? overlap(bounds, best.workArea) : null) ? display : best),
    null,
  );
  if (!grabbable || !home) return { bounds: centred(bounds, primary.workArea), maximized };

  const work = home.workArea;
  const { width, height } = fit(bounds, work);
  const x = Math.min(Math.max(bounds.x, work.x), work.x + work.width - width);
  const y = Math.min(Math.max(bounds.y, work.y), work.y + work.height - height);
  return { bounds: { x, y, width, height }, maximized };
}
