import { readFileSync } from 'node:fs';

// The real built preload (out/preload.cjs) runs in the page as Electron would run it, with its
// `require('electron')` answered by a page-side stand-in: contextBridge puts the API on window,
// ipcRenderer.invoke goes to the binding the fake main process exposes, and events the main
// process sends arrive through window.__electronFakeEmit. The preload's source is inlined into
// the init script, so no eval is needed under the page's CSP.

export const INVOKE_BINDING = '__electronFakeInvoke';
export const EMIT_FUNCTION = '__electronFakeEmit';

export function preloadInitScript(preloadFile: string): string {
  const source = readFileSync(preloadFile, 'utf8');
  return `(() => {
  const listeners = new Map();
  window.${EMIT_FUNCTION} = (channel, payload) => {
    for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: null }, payload);
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api) }) },
    ipcRenderer: {
      invoke: (channel, input) => window.${INVOKE_BINDING}(channel, input),
      on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]); },
      removeListener: (channel, listener) => { listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)); },
    },
    webUtils: { getPathForFile: () => '' },
  };
  const require = (name) => {
    if (name !== 'electron') throw new Error('a sandboxed preload can only require electron, not ' + name);
    return electron;
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${source}
  })(require, module, module.exports);
})();`;
}
