import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { readCapture } from '../../../electron/capture/reader';
import { corpusPath } from '../../support/shared';

/**
 * Reads a corpus capture once and hands every record's decoded facts to `each`, with its
 * 1-based frame number and its time in ns from the first record (null without a timestamp).
 */
export async function forEachPacket(name: string, each: (f: PacketFacts, frame: number, timeNs: number | null, frameLength: number) => void): Promise<void> {
  const facts = new PacketFacts();
  let baseSeconds: number | null = null;
  await readCapture(corpusPath(name), {
    onRecord: (record) => {
      decodePacket(record.linkType, record.data, record.originalLength, facts);
      let timeNs: number | null = null;
      if (record.hasTimestamp) {
        baseSeconds ??= record.seconds;
        timeNs = (record.seconds - baseSeconds) * 1e9 + record.nanoseconds;
      }
      each(facts, record.index + 1, timeNs, record.originalLength);
    },
  });
}
