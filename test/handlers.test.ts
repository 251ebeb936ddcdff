import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, InvalidCallError } from '../electron/handlers';
import { testServices } from './support/test-services';

const services = testServices;

const noEvents = { emit: () => undefined };

describe('dispatch validates calls at the edge', () => {
  it('refuses an unknown call name', async () => {
    const handlers = createHandlers(services());
    await expect(dispatch(handlers, 'fs.readFile', {}, noEvents)).rejects.toBeInstanceOf(InvalidCallError);
  });

  it('refuses an argument of the wrong shape before any handler runs', async () => {
    let written = '';
    const handlers = createHandlers(services({ clipboard: { writeText: (t) => (written = t), writeImage: () => undefined } }));
    await expect(dispatch(handlers, 'clipboard.writeText', { text: 42 }, noEvents)).rejects.toThrow(/invalid argument/);
    await expect(dispatch(handlers, 'capture.analyze', { jobId: '', path: '/x', propertiesOnly: true }, noEvents)).rejects.toThrow(/invalid argument/);
    expect(written).toBe('');
  });

  it('keeps settings it was given and rejects a language it does not speak', async () => {
    const handlers = createHandlers(services());
    const updated = await dispatch(handlers, 'settings.update', { language: 'en' }, noEvents);
    expect(updated).toMatchObject({ language: 'en' });
    await expect(dispatch(handlers, 'settings.update', { language: 'fr' }, noEvents)).rejects.toThrow(/invalid argument/);
    expect(await dispatch(handlers, 'settings.get', undefined, noEvents)).toMatchObject({ language: 'en' });
  });
});
