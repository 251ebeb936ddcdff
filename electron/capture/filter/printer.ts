import { ipv6Text } from '../decode/address';
import type { FilterNode, FilterValue, SetMember } from './ast';
import { refText } from './functions';

function ipv4Text(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

/** A string literal with every byte Wireshark would not read back as itself escaped. */
function quoted(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (code < 0x20 || code > 0x7e) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

export function valueText(value: FilterValue): string {
  switch (value.kind) {
    case 'number':
      return String(value.value);
    case 'time':
      return `${value.s < 0 || value.n < 0 ? '-' : ''}${Math.abs(value.s)}.${String(Math.abs(value.n)).padStart(9, '0')}`;
    case 'ipv4':
      return ipv4Text(value.address) + (value.prefix < 32 ? `/${value.prefix}` : '');
    case 'ipv6':
      return ipv6Text(value.address, 0) + (value.prefix < 128 ? `/${value.prefix}` : '');
    case 'bytes':
      return Array.from(value.bytes, (b) => b.toString(16).padStart(2, '0')).join(':');
    case 'string':
      return quoted(value.text);
  }
}

function memberText(member: SetMember): string {
  return member.kind === 'value' ? valueText(member.value) : `${valueText(member.low)}..${valueText(member.high)}`;
}

/** Canonical text of a filter; nested binary operators are parenthesised so it parses back the same. */
export function printFilter(node: FilterNode): string {
  const operand = (child: FilterNode) => (child.type === 'and' || child.type === 'or' ? `(${printFilter(child)})` : printFilter(child));
  switch (node.type) {
    case 'or':
      return `${operand(node.left)} || ${operand(node.right)}`;
    case 'and':
      return `${operand(node.left)} && ${operand(node.right)}`;
    case 'not':
      return `!${operand(node.operand)}`;
    case 'exists':
      return refText(node);
    case 'compare':
      return `${refText(node)} ${node.operator} ${valueText(node.value)}`;
    case 'relate':
      return `${refText(node)} ${node.operator} ${refText(node.other)}`;
    case 'contains':
      return `${refText(node)} contains ${valueText(node.value)}`;
    case 'matches':
      return `${refText(node)} matches ${quoted(node.pattern)}`;
    case 'in':
      return `${refText(node)} in {${node.members.map(memberText).join(', ')}}`;
  }
}
