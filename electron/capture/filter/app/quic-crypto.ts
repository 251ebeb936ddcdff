import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';

// QUIC Initial packet protection (RFC 9001 §5): keys derived from the client's first Destination
// Connection ID with the version's salt, AES-128-ECB header protection, AES-128-GCM payload.
// The versions, salts and labels are those tshark 4.0.17 knows (quic_draft_version,
// quic_derive_initial_secrets, quic_hp_cipher_init and quic_pp_cipher_init in packet-quic.c).

/** One direction's Initial keys. */
export interface InitialKeys {
  key: Uint8Array;
  iv: Uint8Array;
  hp: Uint8Array;
}

const QUIC_V2 = 0x6b3343cf;

const SALT_DRAFT_22 = Buffer.from('7fbcdb0e7c66bbe9193a96cd21519ebd7a02644a', 'hex');
const SALT_DRAFT_23 = Buffer.from('c3eef712c72ebb5a11a7d2432bb46365bef9f502', 'hex');
const SALT_DRAFT_29 = Buffer.from('afbfec289993d24c9e9786f19c6111e04390a899', 'hex');
const SALT_V1 = Buffer.from('38762cf7f55934b34d179ae6a4c80cadccbb7f0a', 'hex');
const SALT_V2 = Buffer.from('0dede3def700a6db819381be6e269dcbf9bd2ed9', 'hex');

/**
 * The IETF draft a version stands for, as quic_draft_version numbers it (v1 is 34, the reserved
 * versions that force negotiation 29, v2 100); 0 for a version it does not know as IETF QUIC.
 */
export function quicDraft(version: number): number {
  if (version >>> 8 === 0xff0000) return version & 0xff;
  if (version === 0xfaceb001) return 22;
  if (version === 0xfaceb002 || version === 0xfaceb00e) return 27;
  // Google's Q050/T050/T051 carry gQUIC frames, which are not read here.
  if ((version & 0x0f0f0f0f) === 0x0a0a0a0a) return 29;
  if (version === 1) return 34;
  if (version === QUIC_V2) return 100;
  return 0;
}

/** Google QUIC versions Wireshark 4.0 also accepts by its heuristic (their frames are gQUIC's). */
export function isGoogleQuic(version: number): boolean {
  return version === 0x51303530 || version === 0x54303530 || version === 0x54303531;
}

export const isQuicV2 = (version: number) => version === QUIC_V2;

function saltFor(draft: number): Buffer {
  if (draft <= 22) return SALT_DRAFT_22;
  if (draft <= 28) return SALT_DRAFT_23;
  if (draft <= 32) return SALT_DRAFT_29;
  if (draft <= 34) return SALT_V1;
  return SALT_V2;
}

/** TLS 1.3 HKDF-Expand-Label with an empty context, SHA-256 (RFC 8446 §7.1). */
function expandLabel(secret: Uint8Array, label: string, length: number): Uint8Array {
  const full = Buffer.from(`tls13 ${label}`, 'latin1');
  const info = Buffer.concat([Buffer.from([length >> 8, length & 0xff, full.length]), full, Buffer.from([0])]);
  const out = Buffer.alloc(length);
  let previous = Buffer.alloc(0);
  for (let filled = 0, counter = 1; filled < length; counter++) {
    previous = createHmac('sha256', secret)
      .update(Buffer.concat([previous, info, Buffer.from([counter])]))
      .digest();
    filled += previous.copy(out, filled);
  }
  return out;
}

function directionKeys(secret: Uint8Array, v2: boolean): InitialKeys {
  const prefix = v2 ? 'quicv2' : 'quic';
  return { key: expandLabel(secret, `${prefix} key`, 16), iv: expandLabel(secret, `${prefix} iv`, 12), hp: expandLabel(secret, `${prefix} hp`, 16) };
}

/** Both directions' Initial keys for a client's first Destination Connection ID; null for a version without known keys. */
export function initialKeys(dcid: Uint8Array, version: number): { client: InitialKeys; server: InitialKeys } | null {
  const draft = quicDraft(version);
  if (draft === 0) return null;
  const initial = createHmac('sha256', saltFor(draft)).update(dcid).digest();
  const v2 = isQuicV2(version);
  return {
    client: directionKeys(expandLabel(initial, 'client in', 32), v2),
    server: directionKeys(expandLabel(initial, 'server in', 32), v2),
  };
}

/** The 5-byte header protection mask for a 16-byte sample (RFC 9001 §5.4.3). */
export function headerMask(hp: Uint8Array, sample: Uint8Array): Uint8Array {
  const cipher = createCipheriv('aes-128-ecb', hp, null).setAutoPadding(false);
  return cipher.update(sample).subarray(0, 5);
}

/**
 * The plaintext of a protected payload (ciphertext followed by its 16-byte tag), or null when
 * the tag does not verify. `header`: the unprotected header, the associated data.
 */
export function openPayload(keys: InitialKeys, packetNumber: number, header: Uint8Array, sealed: Uint8Array): Uint8Array | null {
  if (sealed.length <= 16) return null;
  const nonce = Uint8Array.from(keys.iv);
  let pn = packetNumber;
  for (let i = 11; i >= 4 && pn > 0; i--) {
    nonce[i] ^= pn % 256;
    pn = Math.floor(pn / 256);
  }
  const decipher = createDecipheriv('aes-128-gcm', keys.key, nonce);
  decipher.setAAD(header);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    const plain = decipher.update(sealed.subarray(0, sealed.length - 16));
    decipher.final();
    return plain;
  } catch {
    return null;
  }
}
