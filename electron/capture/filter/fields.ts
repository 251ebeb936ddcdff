// The fields and protocol names ProxLab's filter knows, with the type of value each compares to.

export type FieldType = 'protocol' | 'ipv4' | 'ipv6' | 'mac' | 'integer' | 'boolean';

export const FILTER_FIELDS: Readonly<Record<string, FieldType>> = {
  eth: 'protocol', ip: 'protocol', ipv6: 'protocol', arp: 'protocol', tcp: 'protocol', udp: 'protocol',
  icmp: 'protocol', icmpv6: 'protocol',
  'eth.addr': 'mac', 'eth.src': 'mac', 'eth.dst': 'mac',
  'ip.addr': 'ipv4', 'ip.src': 'ipv4', 'ip.dst': 'ipv4',
  'ipv6.addr': 'ipv6', 'ipv6.src': 'ipv6', 'ipv6.dst': 'ipv6',
  'tcp.port': 'integer', 'tcp.srcport': 'integer', 'tcp.dstport': 'integer', 'tcp.stream': 'integer', 'tcp.len': 'integer',
  'udp.port': 'integer', 'udp.srcport': 'integer', 'udp.dstport': 'integer',
  'frame.len': 'integer',
  'tcp.flags.syn': 'boolean', 'tcp.flags.ack': 'boolean', 'tcp.flags.fin': 'boolean', 'tcp.flags.rst': 'boolean',
};

export const isKnownField = (name: string): boolean => Object.hasOwn(FILTER_FIELDS, name);

/**
 * Application protocols Wireshark finds by dissecting payloads, which ProxLab does not do yet.
 * They are refused with a port to use instead rather than silently matching nothing.
 */
export const NOT_YET_FIELDS: Readonly<Record<string, string>> = {
  http: 'tcp.port == 80',
  tls: 'tcp.port == 443',
  dns: 'udp.port == 53',
  rtp: 'udp',
};
