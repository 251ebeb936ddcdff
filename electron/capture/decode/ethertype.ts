import { be16, have } from './bytes';
import { appendLayer, type PacketFacts } from './facts';
import { decodeIpv4, decodeIpv6 } from './ip';
import { Layer } from './layers';

// What an ethertype (or an SLL protocol, or an LLC/SNAP type) leads to, VLAN tags included.

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_ARP = 0x0806;
const ETHERTYPE_RARP = 0x8035;
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_8021AD = 0x88a8;
const ETHERTYPE_QINQ_OLD = 0x9100;
/** Type/length values up to this are an 802.3 length: an LLC header follows. */
export const IEEE_802_3_MAX_LEN = 1500;

/**
 * `viaEthertype`: Wireshark lists its "ethertype" pseudo-protocol after eth, sll and vlan, but
 * not after LLC/SNAP (wlan:llc:ip).
 */
export function decodeEtherType(f: PacketFacts, type: number, off: number, end: number, viaEthertype: boolean): void {
  const d = f.data;
  for (;;) {
    f.etherType = type;
    if (viaEthertype) appendLayer(f, Layer.ethertype);
    if (type !== ETHERTYPE_VLAN && type !== ETHERTYPE_QINQ_OLD && type !== ETHERTYPE_8021AD) break;
    const layer = type === ETHERTYPE_8021AD ? Layer.ieee8021ad : Layer.vlan;
    appendLayer(f, layer);
    if (!have(f, off + 4, end, layer)) return;
    const id = be16(d, off) & 0x0fff;
    if (f.vlanCount === 0) f.vlanOuterId = id;
    f.vlanInnerId = id;
    f.vlanCount++;
    type = be16(d, off + 2);
    off += 4;
    if (type <= IEEE_802_3_MAX_LEN) return decodeLlc(f, off, end);
    viaEthertype = true;
  }
  switch (type) {
    case ETHERTYPE_IPV4:
      return decodeIpv4(f, off, end);
    case ETHERTYPE_IPV6:
      return decodeIpv6(f, off, end);
    // Wireshark's arp dissector also decodes Reverse ARP.
    case ETHERTYPE_ARP:
    case ETHERTYPE_RARP:
      appendLayer(f, Layer.arp);
      if (have(f, off + 8, end, Layer.arp)) f.arpOpcode = be16(d, off + 6);
      return;
  }
}

/** IEEE 802.2 LLC; SNAP with an Ethernet OUI carries an ethertype, SAP 0x06 carries IPv4. */
export function decodeLlc(f: PacketFacts, off: number, end: number): void {
  appendLayer(f, Layer.llc);
  if (!have(f, off + 3, end, Layer.llc)) return;
  const d = f.data;
  const dsap = d[off];
  const ssap = d[off + 1];
  const control = d[off + 2];
  if (dsap === 0xaa && ssap === 0xaa && control === 0x03) {
    if (!have(f, off + 8, end, Layer.llc)) return;
    const oui = (d[off + 3] << 16) | (d[off + 4] << 8) | d[off + 5];
    // 00-00-00 is RFC 1042 encapsulation, 00-00-F8 the 802.1H bridge-tunnel one.
    if (oui === 0 || oui === 0xf8) decodeEtherType(f, be16(d, off + 6), off + 8, end, false);
    return;
  }
  if (dsap === 0x06 && ssap === 0x06) {
    const controlLength = (control & 3) === 3 ? 1 : 2;
    decodeIpv4(f, off + 2 + controlLength, end);
  }
}
