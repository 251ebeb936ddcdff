import { z } from 'zod';
import type { Credentials } from './auth';
import { TOKEN_ID } from '../../core/proxmox/token-id';
import { DEFAULT_PORT } from './client';
import type { Trust } from './tls';
import { openSecret, sealSecret, type Cipher } from '../session/secrets';

// Connection profiles: host, port, node, how to authenticate and what to trust. The store
// holds the non-secret parts and the sealed secret; the secret itself goes in once, is sealed
// by the Cipher, and only the main process ever opens it again (never the renderer).

export const ProfileAuthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), tokenId: z.string().regex(TOKEN_ID) }),
  z.object({ kind: z.literal('password'), username: z.string().min(1), realm: z.string().min(1).default('pam') }),
]);

export const ProfileTrustSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pin'), fingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/), pem: z.string() }),
  z.object({ kind: z.literal('ca'), caPem: z.string() }),
]);

export const ConnectionProfileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535).default(DEFAULT_PORT),
  /** Discovered on first connect (the node answering locally). */
  node: z.string().nullable().default(null),
  auth: ProfileAuthSchema,
  /** Null until the user confirmed a certificate or chose a CA file. */
  trust: ProfileTrustSchema.nullable().default(null),
});
export type ConnectionProfile = z.infer<typeof ConnectionProfileSchema>;

export const ProfilesFileSchema = z.object({
  profiles: z.array(ConnectionProfileSchema).default([]),
  /** Profile id → base64 ciphertext of the token secret or password. */
  sealedSecrets: z.record(z.string(), z.string()).default({}),
});
export type ProfilesFile = z.infer<typeof ProfilesFileSchema>;

/** Persistence (electron-store in the app, memory in tests). */
export interface ProfilesStore {
  read(): ProfilesFile;
  write(file: ProfilesFile): void;
}

export function memoryProfilesStore(): ProfilesStore {
  let file: ProfilesFile = ProfilesFileSchema.parse({});
  return { read: () => file, write: (next) => void (file = next) };
}

export class Profiles {
  constructor(
    private readonly store: ProfilesStore,
    private readonly cipher: Cipher,
  ) {}

  /** What the renderer may see: never a secret, only whether one is saved. */
  list(): (ConnectionProfile & { hasSecret: boolean })[] {
    const file = this.store.read();
    return file.profiles.map((p) => ({ ...p, hasSecret: p.id in file.sealedSecrets }));
  }

  save(profile: ConnectionProfile, secret?: string): void {
    const file = this.store.read();
    const parsed = ConnectionProfileSchema.parse(profile);
    const profiles = [...file.profiles.filter((p) => p.id !== parsed.id), parsed];
    const sealedSecrets = { ...file.sealedSecrets };
    if (secret !== undefined) sealedSecrets[parsed.id] = sealSecret(this.cipher, secret);
    this.store.write({ profiles, sealedSecrets });
  }

  remove(id: string): void {
    const file = this.store.read();
    const { [id]: _removed, ...sealedSecrets } = file.sealedSecrets;
    this.store.write({ profiles: file.profiles.filter((p) => p.id !== id), sealedSecrets });
  }

  get(id: string): ConnectionProfile | null {
    return this.store.read().profiles.find((p) => p.id === id) ?? null;
  }

  /** For the main process only: the credentials with the secret opened. */
  credentials(id: string): Credentials | null {
    const file = this.store.read();
    const profile = file.profiles.find((p) => p.id === id);
    const sealed = file.sealedSecrets[id];
    if (!profile || sealed === undefined) return null;
    const secret = openSecret(this.cipher, sealed);
    return profile.auth.kind === 'token'
      ? { kind: 'token', tokenId: profile.auth.tokenId, secret }
      : { kind: 'password', username: profile.auth.username, realm: profile.auth.realm, password: secret };
  }

  trust(id: string): Trust | null {
    return this.get(id)?.trust ?? null;
  }
}
