import type { PacketFacts } from './facts';
import { decodeLink } from './link';

// capture/decode: one captured frame → the packet facts analysis needs. No allocation, no
// exception, no read past the view: a cut header sets `truncated`, a lying one `malformed`.

export { PacketFacts, Transport, TcpFlag, appendLayer, protocolNames } from './facts';
export { Layer, layerName, layerIdOf, DECODED_LAYER_NAMES, type LayerId } from './layers';
export { ipv4Text, ipv6Text, macText, srcAddressText, dstAddressText, ipv6Key, sameAddress } from './address';

/**
 * Fills `facts` (reset first) from one frame. `originalLength` is the length on the wire; the
 * frame may be shorter when the capture was snapped.
 */
export function decodePacket(linkType: number, data: Uint8Array, originalLength: number, facts: PacketFacts): void {
  facts.reset(linkType, data, originalLength);
  facts.linkKnown = decodeLink(facts);
}
