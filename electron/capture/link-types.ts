// LINKTYPE_* numbers (tcpdump.org) with the names Wireshark's tools print for them:
// capinfos' short encapsulation name and the long name of the properties dialog.

const TABLE: Record<number, [short: string, long: string]> = {
  0: ['null', 'NULL/Loopback'],
  1: ['ether', 'Ethernet'],
  6: ['tr', 'Token Ring'],
  8: ['slip', 'SLIP'],
  9: ['ppp', 'PPP'],
  10: ['fddi', 'FDDI'],
  12: ['rawip', 'Raw IP'],
  14: ['rawip', 'Raw IP'],
  50: ['ppp', 'PPP'],
  101: ['rawip', 'Raw IP'],
  104: ['chdlc', 'Cisco HDLC'],
  105: ['ieee-802-11', 'IEEE 802.11 Wireless LAN'],
  108: ['loop', 'OpenBSD loopback'],
  113: ['linux-sll', 'Linux cooked-mode capture v1'],
  119: ['prism', 'IEEE 802.11 plus Prism II monitor mode radio header'],
  127: ['ieee-802-11-radiotap', 'IEEE 802.11 plus radiotap radio header'],
  192: ['ppi', 'Per-Packet Information header'],
  195: ['wpan', 'IEEE 802.15.4 Wireless PAN'],
  220: ['usb-linux-mmap', 'USB packets with Linux header and padding'],
  228: ['rawip4', 'Raw IPv4'],
  229: ['rawip6', 'Raw IPv6'],
  249: ['usb-usbpcap', 'USB packets with USBPcap header'],
  274: ['ether-mpacket', 'IEEE 802.3br mPackets'],
  276: ['linux-sll2', 'Linux cooked-mode capture v2'],
};

export function linkTypeShortName(linkType: number): string {
  return TABLE[linkType]?.[0] ?? `linktype-${linkType}`;
}

export function linkTypeLongName(linkType: number): string {
  return TABLE[linkType]?.[1] ?? `Unknown link type (${linkType})`;
}
