// Child process for the crash test: saves ever-growing sessions until it is killed.
import { newSession, saveSession } from '../../electron/session/session-file';

const target = process.argv[2];
const session = newSession();
for (let generation = 1; ; generation++) {
  session.identity.title = `generation ${generation}`;
  session.notes = 'x'.repeat(200_000 + generation);
  await saveSession(target, session);
  if (generation === 1) process.stdout.write('saved\n');
}
