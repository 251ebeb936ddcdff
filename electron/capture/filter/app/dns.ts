// DNS messages as Wireshark 4.0 reads the fields students filter on: the header's QR bit
// (dns.flags.response), the id, and each question's name (dns.qry.name) and type. The same
// fields appear in mDNS and LLMNR, which Wireshark decodes with the DNS code.

export const DNS_PORT = 53;
export const MDNS_PORT = 5353;
export const LLMNR_PORT = 5355;

export interface DnsFacts {
  id: number;
  response: boolean;
  names: string[];
  types: number[];
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
  const facts: DnsFacts = { id: (d[start] << 8) | d[start + 1], response: (d[start + 2] & 0x80) !== 0, names: [], types: [] };
  if (end - start < 12) return facts;
  const questions = (d[start + 4] << 8) | d[start + 5];
  let at = start + 12;
  for (let i = 0; i < questions; i++) {
    const name = readName(d, start, end, at);
    if (!name) break;
    facts.names.push(name.name);
    if (name.next + 4 > end) break;
    facts.types.push((d[name.next] << 8) | d[name.next + 1]);
    at = name.next + 4;
  }
  return facts;
}
