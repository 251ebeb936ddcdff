import type { SessionService } from './service';
import type { sessionCalls } from '../../core/contract/session';
import type { DomainHandlers } from '../handler-types';

export function sessionHandlers(sessions: SessionService): DomainHandlers<typeof sessionCalls> {
  return {
    'session.current': async () => sessions.state(),
    'session.new': async () => sessions.create(),
    'session.open': ({ path }) => sessions.open(path),
    'session.save': () => sessions.save(),
    'session.saveAs': () => sessions.saveAs(),
    'session.recent': async () => sessions.state().recent,
    'session.autosave': async ({ enabled }) => sessions.setAutosave(enabled),
    'session.update': (patch) => sessions.update(patch),
  };
}
