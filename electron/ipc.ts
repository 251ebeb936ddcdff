import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { calls } from '../core/contract/api';
import { IPC_CALL_PREFIX, IPC_EVENT_PREFIX } from './ipc-channels';
import { dispatch } from './handlers';
import type { Handlers } from './handler-types';
import { ipcSenderAllowed } from './shell/security-policy';
import type { Logger } from './shell/log-file';

/**
 * Binds every call of the contract to ipcMain. A call is answered only when it comes from the
 * main frame of one of our windows showing our own page; anything else is refused and logged.
 */
export function bindIpc(handlers: Handlers, rendererUrl: string, logger: Logger): void {
  for (const name of Object.keys(calls)) {
    ipcMain.handle(IPC_CALL_PREFIX + name, async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      const sender = { frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame === event.sender.mainFrame };
      if (!ipcSenderAllowed(sender, rendererUrl)) {
        logger.log('warn', 'IPC call refused', { call: name, frame: sender.frameUrl, mainFrame: sender.isMainFrame });
        throw new Error('refused: call from a frame that is not ProxLab');
      }
      try {
        return await dispatch(handlers, name, input, { emit: (ev, payload) => sendEvent(event.sender, ev, payload) });
      } catch (error) {
        logger.log('warn', `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
}

export function sendEvent(target: WebContents, name: string, payload: unknown): void {
  if (!target.isDestroyed()) target.send(IPC_EVENT_PREFIX + name, payload);
}
