import { proxlab } from '../api';

// Files handed to the app from outside (command line, Explorer) arrive as soon as the page has
// loaded, which is before React has mounted. Listening starts when the bundle runs and the
// paths wait here until the page that analyses them is ready.

let pending: string[] = [];
let handler: ((paths: string[]) => void) | null = null;

export function listenForOpenFiles(): void {
  proxlab().on('app.openFiles', ({ paths }) => {
    if (handler) handler(paths);
    else pending.push(...paths);
  });
}

export function onOpenFiles(next: (paths: string[]) => void): () => void {
  handler = next;
  if (pending.length) {
    const waiting = pending;
    pending = [];
    next(waiting);
  }
  return () => {
    if (handler === next) handler = null;
  };
}
