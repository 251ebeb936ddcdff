import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers, dispatch } from '../../electron/handlers';
import { createLogFile } from '../../electron/shell/log-file';
import { testServices } from '../support/test-services';

// log.rendererError: the page's errors in main's log, checked at the edge, redacted like every
// line, and limited per minute so a page failing in a loop cannot fill the log.

const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-renderer-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noEvents = { emit: () => undefined };

function setup(name: string) {
  let clock = Date.parse('2026-11-25T10:00:00Z');
  const logger = createLogFile({ dir: path.join(dir, name), now: () => new Date(clock) });
  const handlers = createHandlers(testServices({ rendererLog: { logger, now: () => clock, perMinute: 3 } }));
  const send = (input: unknown) => dispatch(handlers, 'log.rendererError', input, noEvents);
  const lines = () => readFileSync(logger.file, 'utf8').trimEnd().split('\n');
  return { send, lines, advance: (ms: number) => (clock += ms) };
}

describe('log.rendererError', () => {
  it('writes one redacted line per error with the page and the stack', async () => {
    const { send, lines } = setup('one');
    const stack = 'TypeError: sets.map is not a function\n    at ThresholdSetsSettings (index.js:18:17971)';
    expect(await send({ kind: 'boundary', message: 'sets.map is not a function', stack, page: 'settings' })).toEqual({ logged: true });
    expect(await send({ kind: 'rejection', message: 'login failed: PVEAPIToken=root@pam!lab=0d1e2f3a-0000 refused', stack: null, page: null })).toEqual({
      logged: true,
    });
    expect(lines()).toEqual([
      `2026-11-25T10:00:00.000Z ERROR renderer boundary: sets.map is not a function ${JSON.stringify({ page: 'settings', stack })}`,
      '2026-11-25T10:00:00.000Z ERROR renderer rejection: login failed: PVEAPIToken=root@pam!lab=[redacted] refused {"page":null,"stack":null}',
    ]);
  });

  it('refuses what is not an error report before anything is written', async () => {
    const { send } = setup('refused');
    await expect(send({ kind: 'crash', message: 'x', stack: null, page: null })).rejects.toThrow(/invalid argument/);
    await expect(send({ kind: 'error', message: 'x'.repeat(2001), stack: null, page: null })).rejects.toThrow(/invalid argument/);
    await expect(send({ kind: 'error', message: 'x', stack: 'y'.repeat(8001), page: null })).rejects.toThrow(/invalid argument/);
  });

  it('keeps to the budget per minute and says how many it left out', async () => {
    const { send, lines, advance } = setup('limited');
    const error = (n: number) => ({ kind: 'error', message: `frame ${n}`, stack: null, page: null });
    const answers = [];
    for (let n = 1; n <= 5; n++) answers.push((await send(error(n))) as { logged: boolean });
    expect(answers.map((a) => a.logged)).toEqual([true, true, true, false, false]);
    advance(59_999);
    expect(await send(error(6))).toEqual({ logged: false });
    advance(1);
    expect(await send(error(7))).toEqual({ logged: true });
    expect(lines().map((line) => line.slice(25))).toEqual([
      'ERROR renderer error: frame 1 {"page":null,"stack":null}',
      'ERROR renderer error: frame 2 {"page":null,"stack":null}',
      'ERROR renderer error: frame 3 {"page":null,"stack":null}',
      'WARN renderer: 3 more errors in a minute were not logged',
      'ERROR renderer error: frame 7 {"page":null,"stack":null}',
    ]);
  });
});
