import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ProxlabBridge } from '../core/contract/api';
import { IPC_CALL_PREFIX, IPC_EVENT_PREFIX } from './ipc-channels';

// Sandboxed preload: exposes window.proxlab and nothing else. Built as CommonJS.
const bridge: ProxlabBridge = {
  invoke: (name, input) => ipcRenderer.invoke(IPC_CALL_PREFIX + name, input),
  on: (name, listener) => {
    const channel = IPC_EVENT_PREFIX + name;
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
  pathForFile: async (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('proxlab', bridge);
