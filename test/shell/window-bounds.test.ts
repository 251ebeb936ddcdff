import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreWindowState, type DisplayArea, type Rect } from '../../electron/shell/window-bounds';

// Where the window reopens. Screens are the ones students and lecturers meet: a 1366×768
// laptop with a 40 px taskbar, a 1920×1080 monitor to its right, a projector that is gone.

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const monitor: DisplayArea = { workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };
const leftScreen: DisplayArea = { workArea: { x: -1280, y: 0, width: 1280, height: 984 } };

describe('restoreWindowState', () => {
  it('first start: 1280 × 800 does not fit a 1366 × 728 laptop, so it is shrunk and centred', () => {
    expect(restoreWindowState(undefined, [laptop], laptop)).toEqual({ bounds: { x: 43, y: 0, width: 1280, height: 728 }, maximized: false });
    expect(restoreWindowState(undefined, [monitor], monitor)).toEqual({ bounds: { x: 1366 + 320, y: 120, width: 1280, height: 800 }, maximized: false });
  });

  it('reopens exactly where it was when that place is still on a screen', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop, monitor], laptop)).toEqual(saved);
    const left = { bounds: { x: -1200, y: 50, width: 1000, height: 700 }, maximized: true };
    expect(restoreWindowState(left, [leftScreen, laptop], laptop)).toEqual(left);
  });

  it('the monitor is unplugged: the window comes back centred on the laptop, fitted to it', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop], laptop)).toEqual({ bounds: { x: 0, y: 0, width: 1366, height: 728 }, maximized: true });
  });

  it('hanging over an edge: moved back inside the screen it mostly covers', () => {
    // 300 px of the 1000 px width beyond the laptop's right edge, title bar still visible.
    const saved = { bounds: { x: 666, y: 200, width: 1000, height: 600 }, maximized: false };
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 366, y: 128, width: 1000, height: 600 });
  });

  it('title bar above the top of every screen: it could not be grabbed, so it is centred', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 183, y: 14, width: 1000, height: 700 });
  });

  it('a damaged saved state is ignored', () => {
    for (const saved of [
      null,
      'x',
      { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false },
      { bounds: { x: 0.5, y: 0, width: 5, height: 10 }, maximized: false },
      { maximized: true },
    ]) {
      expect(restoreWindowState(saved, [laptop], laptop)).toEqual({ bounds: { x: 43, y: 0, width: 1280, height: 728 }, maximized: false });
    }
  });

  it('whatever was saved, the window opens inside one screen and no smaller than 960 × 600 when it fits', () => {
    const rect = (min: number, max: number): fc.Arbitrary<Rect> =>
      fc.record({
        x: fc.integer({ min, max }),
        y: fc.integer({ min, max }),
        width: fc.integer({ min: 1, max: 5000 }),
        height: fc.integer({ min: 1, max: 5000 }),
      });
    fc.assert(
      fc.property(rect(-6000, 6000), fc.boolean(), (bounds, maximized) => {
        const displays = [laptop, monitor, leftScreen];
        const { bounds: out } = restoreWindowState({ bounds, maximized }, displays, laptop);
        const inside = displays.some(
          ({ workArea: w }) => out.x >= w.x && out.y >= w.y && out.x + out.width <= w.x + w.width && out.y + out.height <= w.y + w.height,
        );
        expect(inside).toBe(true);
        expect(out.width).toBeGreaterThanOrEqual(960);
        expect(out.height).toBeGreaterThanOrEqual(600);
      }),
    );
  });
});
