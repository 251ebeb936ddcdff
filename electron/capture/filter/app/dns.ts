// DNS messages as Wireshark 4.0 reads the fields students filter on: the header's QR bit
// (dns.flags.response), id, reply code and answer count, each question's name (dns.qry.name)
// and type, and each record's name (dns.resp.name) and IPv4 or IPv6 address (dns.a, dns.aaaa)
// in all three sections. The same fields appear in mDNS and LLMNR, which Wireshark decodes
// with the DNS code.

import type { NsTime } from '../../nstime';

export const DNS_PORT = 53;
const SRV = 33;
export const MDNS_PORT = 5353;
export const LLMNR_PORT = 5355;

export interface DnsFacts {
  id: number;
  response: boolean;
  /** dns.flags.rcode: a response's only. */
  rcode: number | null;
  /** dns.count.answers, −1 before the header is whole. */
  answers: number;
  names: string[];
  types: number[];
  /** Every resource record's owner name. */
  recordNames: string[];
  /** A records' addresses; AAAA records' offsets in the frame. */
  a: number[];
  aaaa: number[];
  /** dns.time: a response's time since its query. */
  time: NsTime | null;
}

/** A domain name at `at` (compression pointers followed), or null when it runs off the message or loops. */
function readName(d: Uint8Array, start: number, end: number, at: number): { name: string; next: number } | null {
  const labels: string[] = [];
  let next = -1;
  let jumps = 0;
  for (;;) {
    if (at >= end) return null;
    const length = d[at];
    if (length === 0) {
      if (next < 0) next = at + 1;
      break;
    }
    if ((length & 0xc0) === 0xc0) {
      if (at + 1 >= end || ++jumps > 64) return null;
      if (next < 0) next = at + 2;
      at = start + (((length & 0x3f) << 8) | d[at + 1]);
      continue;
    }
    if (at + 1 + length > end) return null;
    labels.push(String.fromCharCode(...d.subarray(at + 1, at + 1 + length)));
    at += 1 + length;
  }
  return { name: labels.length ? labels.join('.') : '<Root>', next };
}

/** The fields of one DNS message, or null when not even its header's flags are there. */
export function readDns(d: Uint8Array, start: number, end: number): DnsFacts | null {
  if (end - start < 4) return null;
  const response = (d[start + 2] & 0x80) !== 0;
  const facts: DnsFacts = {
    id: (d[start] << 8) | d[start + 1],
    response,
    rcode: response ? d[start + 3] & 0x0f : null,
    answers: -1,
    names: [],
    types: [],
    recordNames: [],
    a: [],
    aaaa: [],
    time: null,
  };
  if (end - start < 12) return facts;
  const count = (at: number) => (d[start + at] << 8) | d[start + at + 1];
  facts.answers = count(6);
  let at = start + 12;
  for (let i = 0; i < count(4); i++) {
    const name = readName(d, start, end, at);
    if (!name) return facts;
    facts.names.push(name.name);
    if (name.next + 4 > end) return facts;
    facts.types.push((d[name.next] << 8) | d[name.next + 1]);
    at = name.next + 4;
  }
  const records = count(6) + count(8) + count(10);
  for (let i = 0; i < records; i++) {
    const name = readName(d, start, end, at);
    if (!name) return facts;
    const fixed = name.next;
    const type = fixed + 2 <= end ? (d[fixed] << 8) | d[fixed + 1] : -1;
    // An SRV record's name is shown split into service, protocol and name fields instead.
    if (type !== SRV) facts.recordNames.push(name.name);
    if (fixed + 10 > end) return facts;
    const length = (d[fixed + 8] << 8) | d[fixed + 9];
    const data = fixed + 10;
    if (data + length > end) return facts;
    if (type === 1 && length === 4) facts.a.push(((d[data] << 24) | (d[data + 1] << 16) | (d[data + 2] << 8) | d[data + 3]) >>> 0);
    if (type === 28 && length === 16) facts.aaaa.push(data);
    at = data + length;
  }
  return facts;
}
