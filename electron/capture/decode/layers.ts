// The protocol layers a frame was found to carry, in the order Wireshark lists them in
// `frame.protocols` (e.g. eth:ethertype:ip:tcp). The same names are what a display filter tests
// for ("tcp", "vlan", "ipv6.fraghdr"), so one table serves both.

export const Layer = {
  eth: 1,
  ethertype: 2,
  vlan: 3,
  ieee8021ad: 4,
  llc: 5,
  sll: 6,
  null: 7,
  raw: 8,
  radiotap: 9,
  wlanRadio: 10,
  wlan: 11,
  arp: 12,
  ip: 13,
  ipv6: 14,
  ipv6HopOpts: 15,
  ipv6Routing: 16,
  ipv6FragHdr: 17,
  ipv6DstOpts: 18,
  ah: 19,
  tcp: 20,
  udp: 21,
  icmp: 22,
  icmpv6: 23,
  gre: 24,
  nflog: 25,
  fddi: 26,
  // Application guesses belong to the display-filter issue: decodePacket never sets these; the
  // filter appends them with appendLayer once it has looked at the payload.
  dns: 27,
  http: 28,
  tls: 29,
  rtp: 30,
} as const;

export type LayerId = (typeof Layer)[keyof typeof Layer];

const NAMES: Record<LayerId, string> = {
  [Layer.eth]: 'eth',
  [Layer.ethertype]: 'ethertype',
  [Layer.vlan]: 'vlan',
  [Layer.ieee8021ad]: 'ieee8021ad',
  [Layer.llc]: 'llc',
  [Layer.sll]: 'sll',
  [Layer.null]: 'null',
  [Layer.raw]: 'raw',
  [Layer.radiotap]: 'radiotap',
  [Layer.wlanRadio]: 'wlan_radio',
  [Layer.wlan]: 'wlan',
  [Layer.arp]: 'arp',
  [Layer.ip]: 'ip',
  [Layer.ipv6]: 'ipv6',
  [Layer.ipv6HopOpts]: 'ipv6.hopopts',
  [Layer.ipv6Routing]: 'ipv6.routing',
  [Layer.ipv6FragHdr]: 'ipv6.fraghdr',
  [Layer.ipv6DstOpts]: 'ipv6.dstopts',
  [Layer.ah]: 'ah',
  [Layer.tcp]: 'tcp',
  [Layer.udp]: 'udp',
  [Layer.icmp]: 'icmp',
  [Layer.icmpv6]: 'icmpv6',
  [Layer.gre]: 'gre',
  [Layer.nflog]: 'nflog',
  [Layer.fddi]: 'fddi',
  [Layer.dns]: 'dns',
  [Layer.http]: 'http',
  [Layer.tls]: 'tls',
  [Layer.rtp]: 'rtp',
};

/** Wireshark's protocol name for a layer id ("" for an id this table does not know). */
export function layerName(id: number): string {
  return NAMES[id as LayerId] ?? '';
}

/** The id of a Wireshark protocol name, or 0 when decode does not know it. */
export function layerIdOf(name: string): number {
  for (const [id, known] of Object.entries(NAMES)) if (known === name) return Number(id);
  return 0;
}

/** Every protocol name decodePacket itself can report (the hooks for application guesses excluded). */
export const DECODED_LAYER_NAMES: readonly string[] = Object.entries(NAMES)
  .filter(([id]) => Number(id) < Layer.dns)
  .map(([, name]) => name);
