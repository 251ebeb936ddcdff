import type { RtpMapEntry } from './sdp';

// RTP payload types: static numbers (RFC 3551 and IANA's table) and the clock rates of
// registered media subtypes used with dynamic numbers (96–127). Facts from the IANA registry;
// the names are the ones tshark prints in its RTP stream list.

const STATIC: ReadonlyMap<number, readonly [name: string, clock: number]> = new Map([
  [0, ['g711U', 8000]],
  [1, ['fs-1016', 8000]],
  [2, ['g721', 8000]],
  [3, ['GSM', 8000]],
  [4, ['g723', 8000]],
  [5, ['DVI4 8k', 8000]],
  [6, ['DVI4 16k', 16000]],
  [7, ['Exp. from Xerox PARC', 8000]],
  [8, ['g711A', 8000]],
  [9, ['g722', 8000]],
  [10, ['16-bit audio, stereo', 44100]],
  [11, ['16-bit audio, monaural', 44100]],
  [12, ['Qualcomm', 8000]],
  [13, ['CN', 8000]],
  [14, ['MPEG-I/II Audio', 90000]],
  [15, ['g728', 8000]],
  [16, ['DVI4 11k', 11025]],
  [17, ['DVI4 22k', 22050]],
  [18, ['g729', 8000]],
  [19, ['CN(old)', 8000]],
  [25, ['CelB', 90000]],
  [26, ['JPEG', 90000]],
  [28, ['NV', 90000]],
  [31, ['h261', 90000]],
  [32, ['MPEG-I/II Video', 90000]],
  [33, ['MPEG-II transport streams', 90000]],
  [34, ['h263', 90000]],
]);

/** Media subtypes with a fixed clock, for a dynamic type whose rtpmap gave no rate. */
const SUBTYPE_CLOCK: ReadonlyArray<readonly [string, number]> = [
  ['AMR', 8000],
  ['AMR-WB', 16000],
  ['BMPEG', 90000],
  ['BT656', 90000],
  ['DV', 90000],
  ['EVRC', 8000],
  ['EVRC0', 8000],
  ['EVRC1', 8000],
  ['EVRCB', 8000],
  ['EVRCB0', 8000],
  ['EVRCB1', 8000],
  ['EVRCWB', 16000],
  ['EVRCWB0', 16000],
  ['EVRCWB1', 16000],
  ['EVS', 16000],
  ['G7221', 16000],
  ['G726-16', 8000],
  ['G726-24', 8000],
  ['G726-32', 8000],
  ['G726-40', 8000],
  ['G729D', 8000],
  ['G729E', 8000],
  ['GSM-EFR', 8000],
  ['H263-1998', 90000],
  ['H263-2000', 90000],
  ['H264', 90000],
  ['MP1S', 90000],
  ['MP2P', 90000],
  ['MP4V-ES', 90000],
  ['mpa-robust', 90000],
  ['opus', 48000],
  ['pointer', 90000],
  ['raw', 90000],
  ['red', 1000],
  ['SMV', 8000],
  ['SMV0', 8000],
  ['t140', 1000],
  ['telephone-event', 8000],
];

/** Samples per second for jitter; 0 means "cannot tell" (and DTMF events, whose timestamp stands still). */
export function clockRateOf(payloadType: number, dynamic: ReadonlyMap<number, RtpMapEntry> | null): number {
  if (payloadType < 96) return STATIC.get(payloadType)?.[1] ?? 0;
  const entry = dynamic?.get(payloadType);
  if (!entry) return 0;
  const name = entry.name.toLowerCase();
  if (name.startsWith('telephone-event')) return 0;
  if (entry.rate !== 0) return entry.rate;
  // Searched from the end of the alphabetical list, so a longer name wins over its own prefix.
  for (let i = SUBTYPE_CLOCK.length - 1; i >= 0; i--) if (name.startsWith(SUBTYPE_CLOCK[i][0].toLowerCase())) return SUBTYPE_CLOCK[i][1];
  return 0;
}

export function payloadName(payloadType: number, dynamic: ReadonlyMap<number, RtpMapEntry> | null): string {
  if (payloadType < 96) return STATIC.get(payloadType)?.[0] ?? `Unknown (${payloadType})`;
  return dynamic?.get(payloadType)?.name ?? `RTPType-${payloadType}`;
}
