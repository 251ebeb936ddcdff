import type { FilterValue } from './ast';
import type { FieldType } from './fields';

// Literals in the forms Wireshark accepts for the field types ProxLab filters on.

function parseInteger(text: string): number | null {
  if (/^0x[0-9a-f]+$/i.test(text)) return parseInt(text.slice(2), 16);
  if (/^[0-9]+$/.test(text)) return Number(text);
  return null;
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
  const headGroups = groups(head);
  const tailGroups = tail === null ? [] : groups(tail);
  const words: number[] = [];
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
  const tailWords: number[] = [];
  if (!pushGroups(headGroups, words) || !pushGroups(tailGroups, tailWords)) return null;
  if (tail === null ? words.length !== 8 : words.length + tailWords.length > 7) return null;
  const all = [...words, ...new Array(8 - words.length - tailWords.length).fill(0), ...tailWords];
  const bytes = new Uint8Array(16);
  all.forEach((w, i) => {
    bytes[2 * i] = w >> 8;
    bytes[2 * i + 1] = w & 0xff;
  });
  return bytes;
}

function parseMac(text: string): Uint8Array | null {
  const parts = text.split(/[:-]/);
  if (parts.length !== 6 || !parts.every((p) => /^[0-9a-f]{2}$/i.test(p))) return null;
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)));
}

function withPrefix(text: string, max: number): [string, number] | null {
  const slash = text.indexOf('/');
  if (slash < 0) return [text, max];
  const prefix = text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefix) || Number(prefix) > max) return null;
  return [text.slice(0, slash), Number(prefix)];
}

/** The literal as a value of the field's type, or null when it is not one. */
export function parseValue(text: string, type: FieldType): FilterValue | null {
  switch (type) {
    case 'integer': {
      const value = parseInteger(text);
      return value === null ? null : { kind: 'number', value };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      const value = lower === 'true' ? 1 : lower === 'false' ? 0 : parseInteger(text);
      return value === 0 || value === 1 ? { kind: 'number', value } : null;
    }
    case 'ipv4': {
      const split = withPrefix(text, 32);
      const address = split && parseIpv4(split[0]);
      return split && address !== null ? { kind: 'ipv4', address, prefix: split[1] } : null;
    }
    case 'ipv6': {
      const split = withPrefix(text, 128);
      const address = split && parseIpv6(split[0]);
      return split && address ? { kind: 'ipv6', address, prefix: split[1] } : null;
    }
    case 'mac': {
      const address = parseMac(text);
      return address ? { kind: 'mac', address } : null;
    }
    case 'protocol':
      return null;
  }
}
