import { readCapture } from '../capture/reader';

// One capture cut out of another (editcap -r, Wireshark's Export Specified Packets) keeps
// each packet's timestamp and frame length. Capture B is contained in capture A when B has at
// least MIN_CONTAINED_PACKETS packets, fewer than A, and A has a run of consecutive packets
// A[i] … A[i + n − 1], n = B's packet count, such that A[i + k] and B[k] have the same
// timestamp to the nanosecond and the same original frame length for every k. So the first
// and last timestamps, the count and the bytes of that run are B's.

/** Below this a shared packet or two says nothing about where a capture came from. */
export const MIN_CONTAINED_PACKETS = 2;

export interface PacketList {
  seconds: Float64Array;
  nanoseconds: Uint32Array;
  lengths: Uint32Array;
  count: number;
}

/** Every packet's timestamp and frame length in file order; null when the file cannot be read fully. */
export async function readPacketList(file: string): Promise<PacketList | null> {
  let capacity = 1024;
  let list: PacketList = { seconds: new Float64Array(capacity), nanoseconds: new Uint32Array(capacity), lengths: new Uint32Array(capacity), count: 0 };
  const read = await readCapture(file, {
    onRecord: (record) => {
      if (list.count === capacity) {
        capacity *= 2;
        const grown: PacketList = {
          seconds: new Float64Array(capacity),
          nanoseconds: new Uint32Array(capacity),
          lengths: new Uint32Array(capacity),
          count: list.count,
        };
        grown.seconds.set(list.seconds);
        grown.nanoseconds.set(list.nanoseconds);
        grown.lengths.set(list.lengths);
        list = grown;
      }
      // A packet without a time (pcapng Simple Packet Block) matches nothing: NaN is never equal.
      list.seconds[list.count] = record.hasTimestamp ? record.seconds : NaN;
      list.nanoseconds[list.count] = record.nanoseconds;
      list.lengths[list.count] = record.originalLength;
      list.count++;
    },
  });
  return read.failure ? null : list;
}

const samePacket = (a: PacketList, i: number, b: PacketList, j: number) =>
  a.seconds[i] === b.seconds[j] && a.nanoseconds[i] === b.nanoseconds[j] && a.lengths[i] === b.lengths[j];

/** The 0-based index in `outer` where `inner` starts as a run of consecutive packets, or null. */
export function containedAt(inner: PacketList, outer: PacketList): number | null {
  const n = inner.count;
  if (n < MIN_CONTAINED_PACKETS || n >= outer.count) return null;
  for (let i = 0; i + n <= outer.count; i++) {
    if (!samePacket(outer, i, inner, 0)) continue;
    let k = 1;
    while (k < n && samePacket(outer, i + k, inner, k)) k++;
    if (k === n) return i;
  }
  return null;
}
