import { have, le16, le32, markMalformed } from './bytes';
import { appendLayer, type PacketFacts } from './facts';
import { decodeLlc } from './ethertype';
import { Layer } from './layers';

// IEEE 802.11, bare or behind a radiotap header. Every frame is named (and so counted); only an
// unprotected data frame with a body is followed into LLC/SNAP and IP.

const RADIOTAP_TSFT = 0x1;
const RADIOTAP_FLAGS = 0x2;
const RADIOTAP_EXT = 0x80000000;
const RADIOTAP_FLAG_FCS = 0x10;

export function decodeRadiotap(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.radiotap);
  if (!have(f, off + 8, end, Layer.radiotap)) return;
  const d = f.data;
  const length = le16(d, off + 2);
  if (d[off] !== 0 || length < 8) return markMalformed(f, Layer.radiotap);
  if (!have(f, off + length, end, Layer.radiotap)) return;
  const present = le32(d, off + 4);
  // The fields start after the chain of present words; Flags (1 byte) follows TSFT (8, aligned to 8).
  let field = off + 4;
  while (field + 8 <= off + length && le32(d, field) & RADIOTAP_EXT) field += 4;
  field += 4;
  let frameEnd = end;
  if (present & RADIOTAP_FLAGS) {
    if (present & RADIOTAP_TSFT) field = off + (((field - off + 7) & ~7) + 8);
    if (field < off + length && d[field] & RADIOTAP_FLAG_FCS) frameEnd -= 4;
  }
  appendLayer(f, Layer.wlanRadio);
  decode80211(f, off + length, frameEnd);
}

export function decode80211(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.wlan);
  if (!have(f, off + 2, end, Layer.wlan)) return;
  const d = f.data;
  const control = d[off];
  const flags = d[off + 1];
  f.wlanType = (control >> 2) & 3;
  f.wlanSubtype = control >> 4;
  f.wlanProtected = (flags & 0x40) !== 0;
  if (f.wlanType !== 2) return;
  const toDs = (flags & 1) !== 0;
  const fromDs = (flags & 2) !== 0;
  const qos = (f.wlanSubtype & 8) !== 0;
  const headerLength = 24 + (toDs && fromDs ? 6 : 0) + (qos ? 2 : 0) + (qos && flags & 0x80 ? 4 : 0);
  if (!have(f, off + headerLength, end, Layer.wlan)) return;
  // Address 1 is the receiver, 2 the transmitter; DA and SA move with the DS bits.
  f.macDstOffset = off + (toDs ? 16 : 4);
  f.macSrcOffset = off + (fromDs ? (toDs ? 24 : 16) : 10);
  // Null-function subtypes have no body; a protected body is ciphertext; an A-MSDU is subframes.
  if (f.wlanSubtype & 4 || f.wlanProtected) return;
  if (qos && d[off + 24 + (toDs && fromDs ? 6 : 0)] & 0x80) return;
  decodeLlc(f, off + headerLength, end);
}
