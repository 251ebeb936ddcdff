// Secrets (token secrets, passwords) are only ever stored encrypted. The domain declares the
// cipher; Electron's safeStorage (DPAPI on Windows, Keychain, libsecret) implements it in
// electron/adapters/safe-storage-cipher.ts.

export interface Cipher {
  /** False when the OS offers no protected storage: then nothing secret is saved at all. */
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export class SecretUnavailableError extends Error {
  constructor() {
    super('No protected storage is available on this system; the secret was not saved.');
    this.name = 'SecretUnavailableError';
  }
}

/** Where secrets are never kept (the proxlab command): every one is refused as unsealable. */
export const noCipher: Cipher = {
  isAvailable: () => false,
  encrypt: () => {
    throw new SecretUnavailableError();
  },
  decrypt: () => {
    throw new SecretUnavailableError();
  },
};

/** Plain text in, base64 ciphertext out (what the settings file may hold). */
export function sealSecret(cipher: Cipher, plain: string): string {
  if (!cipher.isAvailable()) throw new SecretUnavailableError();
  return cipher.encrypt(plain).toString('base64');
}

export function openSecret(cipher: Cipher, sealed: string): string {
  if (!cipher.isAvailable()) throw new SecretUnavailableError();
  return cipher.decrypt(Buffer.from(sealed, 'base64'));
}
