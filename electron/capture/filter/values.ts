import type { FilterValue } from './ast';
import type { FieldSpec } from './fields';

// Literals in the forms Wireshark 4.0 accepts for each field type. A refusal names the catalogue
// key (filter.error.*) that says why, as tshark would.

export type ValueResult = { ok: true; value: FilterValue } | { ok: false; key: string; params?: Record<string, string | number> };

/** An unsigned literal as strtoul(…, 0) reads it: decimal, 0x hex or 0 octal, optionally negative. */
function parseInteger(text: string): number | null {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let value: number;
  if (/^0x[0-9a-f]+$/i.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0[0-7]+$/.test(body)) value = parseInt(body, 8);
  else if (/^[0-9]+$/.test(body)) value = Number(body);
  else return null;
  return negative ? -value : value;
}

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let address = 0;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part) || Number(part) > 255) return null;
    address = address * 256 + Number(part);
  }
  return address;
}

export function parseIpv6(text: string): Uint8Array | null {
  if (!/^[0-9a-f:.]+$/i.test(text) || text.split('::').length > 2) return null;
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const words: number[] = [];
  const tailWords: number[] = [];
  const pushGroups = (list: string[], out: number[]): boolean => {
    for (let i = 0; i < list.length; i++) {
      const g = list[i];
      if (i === list.length - 1 && g.includes('.')) {
        const v4 = parseIpv4(g);
        if (v4 === null) return false;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-f]{1,4}$/i.test(g)) out.push(parseInt(g, 16));
      else return false;
    }
    return true;
  };
  if (!pushGroups(groups(head), words) || !pushGroups(tail === null ? [] : groups(tail), tailWords)) return null;
  if (tail === null ? words.length !== 8 : words.length + tailWords.length > 7) return null;
  const all = [...words, ...new Array<number>(8 - words.length - tailWords.length).fill(0), ...tailWords];
  const bytes = new Uint8Array(16);
  all.forEach((w, i) => {
    bytes[2 * i] = w >> 8;
    bytes[2 * i + 1] = w & 0xff;
  });
  return bytes;
}

/** Hex bytes separated by ':', '-' or '.' (one byte alone needs no separator). */
export function parseBytes(text: string): Uint8Array | null {
  const parts = text.split(/[:.-]/);
  if (!parts.every((p) => /^[0-9a-f]{1,2}$/i.test(p))) return null;
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)));
}

/** A MAC address: six bytes as above, or Cisco's 0011.2233.4455. */
function parseEther(text: string): Uint8Array | null {
  const cisco = /^([0-9a-f]{4})\.([0-9a-f]{4})\.([0-9a-f]{4})$/i.exec(text);
  if (cisco)
    return parseBytes(
      cisco
        .slice(1)
        .map((g) => `${g.slice(0, 2)}:${g.slice(2)}`)
        .join(':'),
    );
  const bytes = parseBytes(text);
  return bytes && bytes.length === 6 ? bytes : null;
}

function withPrefix(text: string, max: number): [string, number] | 'bad' | null {
  const slash = text.indexOf('/');
  if (slash < 0) return [text, max];
  const prefix = text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefix)) return null;
  if (Number(prefix) > max) return 'bad';
  return [text.slice(0, slash), Number(prefix)];
}

const latin1Bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/**
 * An unquoted literal (`quoted` false) or a string's value as a value of the field's type.
 * `sliced`: the field was sliced, so it compares as bytes whatever its type.
 */
export function parseValue(text: string, quoted: boolean, spec: FieldSpec, sliced: boolean): ValueResult {
  const type = sliced ? 'bytes' : spec.type;
  if (quoted) {
    if (type === 'string') return { ok: true, value: { kind: 'string', text } };
    if (type === 'bytes' || type === 'protocol') return { ok: true, value: { kind: 'bytes', bytes: latin1Bytes(text) } };
    return { ok: false, key: 'filter.error.fromString' };
  }
  switch (type) {
    case 'uint': {
      const value = parseInteger(text);
      if (value === null) return { ok: false, key: 'filter.error.notNumber' };
      // Wireshark words a number below a signed field's range as too big, by its magnitude.
      if (spec.max !== undefined && (value > spec.max || (spec.min !== undefined && value < spec.min)))
        return { ok: false, key: 'filter.error.tooBig', params: { maximum: spec.max } };
      return { ok: true, value: { kind: 'number', value } };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      const value = lower === 'true' ? 1 : lower === 'false' ? 0 : parseInteger(text);
      return value === 0 || value === 1 ? { ok: true, value: { kind: 'number', value } } : { ok: false, key: 'filter.error.notBoolean' };
    }
    case 'time': {
      const match = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(text);
      // Wireshark refuses a fraction finer than a nanosecond (trailing zeros aside).
      if (!match || /[1-9]/.test((match[3] ?? '').slice(9))) return { ok: false, key: 'filter.error.notTime' };
      const sign = match[1] ? -1 : 1;
      const n = Number((match[3] ?? '').slice(0, 9).padEnd(9, '0'));
      return { ok: true, value: { kind: 'time', s: sign * Number(match[2]) || 0, n: sign * n || 0 } };
    }
    case 'ipv4': {
      const split = withPrefix(text, 32);
      if (split === 'bad') return { ok: false, key: 'filter.error.prefix', params: { maximum: 32 } };
      const address = split && parseIpv4(split[0]);
      return split && address !== null ? { ok: true, value: { kind: 'ipv4', address, prefix: split[1] } } : { ok: false, key: 'filter.error.notIpv4' };
    }
    case 'ipv6': {
      const split = withPrefix(text, 128);
      if (split === 'bad') return { ok: false, key: 'filter.error.prefix', params: { maximum: 128 } };
      const address = split && parseIpv6(split[0]);
      return split && address ? { ok: true, value: { kind: 'ipv6', address, prefix: split[1] } } : { ok: false, key: 'filter.error.notIpv6' };
    }
    case 'ether': {
      const bytes = parseEther(text);
      return bytes ? { ok: true, value: { kind: 'bytes', bytes } } : { ok: false, key: 'filter.error.notEther' };
    }
    case 'bytes':
    case 'protocol': {
      const bytes = parseBytes(text);
      return bytes ? { ok: true, value: { kind: 'bytes', bytes } } : { ok: false, key: 'filter.error.notBytes' };
    }
    case 'string':
      return { ok: true, value: { kind: 'string', text } };
    case 'label':
      return { ok: false, key: 'filter.error.label' };
  }
}
