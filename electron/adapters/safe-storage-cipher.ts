import { safeStorage } from 'electron';
import type { Cipher } from '../session/secrets';

// Electron safeStorage: DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux.
// On Linux without a keyring it falls back to a hard-coded key ("basic_text"); that is not
// protection, so it counts as unavailable.
export const safeStorageCipher: Cipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};
