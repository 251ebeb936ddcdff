import { TcpConnection } from './connection';

/**
 * Connections by 4-tuple, without building a key per packet: a numeric hash of the unordered
 * tuple picks a bucket, and a short chain is compared field by field. Only the newest
 * connection of a 4-tuple is findable (Wireshark's conversation lookup finds the latest one).
 */
export class ConnectionTable {
  private readonly buckets = new Map<number, TcpConnection>();

  find(srcKey: number, srcPort: number, dstKey: number, dstPort: number): TcpConnection | null {
    for (let c = this.buckets.get(tupleHash(srcKey, srcPort, dstKey, dstPort)) ?? null; c; c = c.nextInBucket) {
      if (c.matches(srcKey, srcPort, dstKey, dstPort)) return c;
    }
    return null;
  }

  /** Takes a connection out (when it is still the findable one of its 4-tuple). */
  remove(c: TcpConnection): void {
    const hash = tupleHash(c.aKey, c.aPort, c.bKey, c.bPort);
    let previous: TcpConnection | null = null;
    for (let x = this.buckets.get(hash) ?? null; x; previous = x, x = x.nextInBucket) {
      if (x !== c) continue;
      if (previous) previous.nextInBucket = x.nextInBucket;
      else if (x.nextInBucket) this.buckets.set(hash, x.nextInBucket);
      else this.buckets.delete(hash);
      x.nextInBucket = null;
      return;
    }
  }

  /** Adds a connection; one already there for the same 4-tuple is replaced. */
  insert(c: TcpConnection): void {
    const hash = tupleHash(c.aKey, c.aPort, c.bKey, c.bPort);
    let head = this.buckets.get(hash) ?? null;
    let previous: TcpConnection | null = null;
    for (let x = head; x; previous = x, x = x.nextInBucket) {
      if (!x.matches(c.aKey, c.aPort, c.bKey, c.bPort)) continue;
      if (previous) previous.nextInBucket = x.nextInBucket;
      else head = x.nextInBucket;
      x.nextInBucket = null;
      break;
    }
    c.nextInBucket = head;
    this.buckets.set(hash, c);
  }
}

/** Order-independent 32-bit hash of (address key, port) pairs; keys may use up to 53 bits. */
function tupleHash(xKey: number, xPort: number, yKey: number, yPort: number): number {
  const x = endpointHash(xKey, xPort);
  const y = endpointHash(yKey, yPort);
  return (x ^ y) + Math.imul(x & y, 0x9e3779b1);
}

function endpointHash(key: number, port: number): number {
  let h = Math.imul(key >>> 0, 0x85ebca6b) ^ Math.imul(Math.floor(key / 4294967296), 0xc2b2ae35) ^ Math.imul(port, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
