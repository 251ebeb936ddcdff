import type { CallInput } from '../../../core/contract/api';
import type { ProfileView } from '../../../core/contract/proxmox';

// The Connect form as plain data: what the fields hold, what is wrong with them (keys of the
// connect.form.errors catalogue), and the save call it becomes.

export interface ProfileDraft {
  id: string | null;
  name: string;
  host: string;
  port: string;
  authKind: 'token' | 'password';
  tokenId: string;
  username: string;
  realm: string;
  secret: string;
  /** A secret is saved already (editing): an empty field keeps it. */
  hasSecret: boolean;
}

export const DEFAULT_PORT = 8006;

export function emptyDraft(): ProfileDraft {
  return {
    id: null,
    name: '',
    host: '',
    port: String(DEFAULT_PORT),
    authKind: 'token',
    tokenId: '',
    username: 'root',
    realm: 'pam',
    secret: '',
    hasSecret: false,
  };
}

export function draftOf(profile: ProfileView): ProfileDraft {
  return {
    id: profile.id,
    name: profile.name,
    host: profile.host,
    port: String(profile.port),
    authKind: profile.auth.kind,
    tokenId: profile.auth.kind === 'token' ? profile.auth.tokenId : '',
    username: profile.auth.kind === 'password' ? profile.auth.username : 'root',
    realm: profile.auth.kind === 'password' ? profile.auth.realm : 'pam',
    secret: '',
    hasSecret: profile.hasSecret,
  };
}

export type DraftErrors = Partial<Record<'host' | 'port' | 'tokenId' | 'username' | 'realm' | 'secret', string>>;

/** USER@REALM!TOKENID, as PVE shows it under Datacenter > Permissions > API Tokens. */
const TOKEN_SHAPE = /^[^\s:/@]+@[A-Za-z][\w.-]+![A-Za-z][\w.-]+$/;
const HOST_SHAPE = /^[^\s/:@]+$|^\[?[0-9A-Fa-f:]+\]?$/;

export function draftErrors(draft: ProfileDraft, identityChanged: boolean): DraftErrors {
  const errors: DraftErrors = {};
  const host = draft.host.trim().replace(/^https:\/\//, '');
  if (!host) errors.host = 'hostMissing';
  else if (!HOST_SHAPE.test(host)) errors.host = 'hostShape';
  const port = Number(draft.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) errors.port = 'port';
  if (draft.authKind === 'token' && !TOKEN_SHAPE.test(draft.tokenId.trim())) errors.tokenId = 'tokenShape';
  if (draft.authKind === 'password' && !draft.username.trim()) errors.username = 'usernameMissing';
  if (draft.authKind === 'password' && !draft.realm.trim()) errors.realm = 'realmMissing';
  if (!draft.secret && (!draft.hasSecret || identityChanged)) errors.secret = draft.authKind === 'token' ? 'tokenSecretMissing' : 'passwordMissing';
  return errors;
}

export function identityChanged(draft: ProfileDraft, saved: ProfileView | null): boolean {
  if (!saved) return true;
  if (saved.auth.kind !== draft.authKind) return true;
  return saved.auth.kind === 'token'
    ? saved.auth.tokenId !== draft.tokenId.trim()
    : saved.auth.username !== draft.username.trim() || saved.auth.realm !== draft.realm.trim();
}

export function saveInput(draft: ProfileDraft): CallInput<'proxmox.profiles.save'> {
  const host = draft.host.trim().replace(/^https:\/\//, '');
  return {
    id: draft.id ?? undefined,
    name: draft.name.trim() || host,
    host,
    port: Number(draft.port),
    auth:
      draft.authKind === 'token'
        ? { kind: 'token', tokenId: draft.tokenId.trim() }
        : { kind: 'password', username: draft.username.trim(), realm: draft.realm.trim() },
    secret: draft.secret === '' ? undefined : draft.secret,
  };
}
