import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { calls } from './api';
import { IPC_CALL_PREFIX, IPC_EVENT_PREFIX } from './ipc-channels';
import { dispatch, type Handlers } from './handlers';

/**
 * Binds every call of the contract to ipcMain. A call is answered only when it comes from the
 * main frame of one of our windows showing our own page; anything else is refused.
 */
export function bindIpc(handlers: Handlers, isOurPage: (url: string) => boolean): void {
  for (const name of Object.keys(calls)) {
    ipcMain.handle(IPC_CALL_PREFIX + name, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame !== event.sender.mainFrame || !isOurPage(frame.url)) {
        throw new Error('refused: call from a frame that is not ProxLab');
      }
      return dispatch(handlers, name, input, { emit: (ev, payload) => sendEvent(event.sender, ev, payload) });
    });
  }
}

export function sendEvent(target: WebContents, name: string, payload: unknown): void {
  if (!target.isDestroyed()) target.send(IPC_EVENT_PREFIX + name, payload);
}
