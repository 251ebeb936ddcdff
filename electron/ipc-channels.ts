// Channel names shared by ipc.ts and preload.ts; kept apart so the preload bundle stays tiny.
export const IPC_CALL_PREFIX = 'proxlab:call:';
export const IPC_EVENT_PREFIX = 'proxlab:event:';
