import { decodePacket, PacketFacts, protocolNames } from '../../../electron/capture/decode';

/** Decodes one frame into fresh facts; `originalLength` defaults to the frame's length. */
export function decode(linkType: number, frame: Uint8Array, originalLength = frame.length): PacketFacts {
  const facts = new PacketFacts();
  decodePacket(linkType, frame, originalLength, facts);
  return facts;
}

export function chain(facts: PacketFacts): string {
  return protocolNames(facts).join(':');
}
