import { ipv6Text } from '../decode/address';
import type { FilterNode, FilterValue } from './ast';

function ipv4Text(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

export function valueText(value: FilterValue): string {
  switch (value.kind) {
    case 'number':
      return String(value.value);
    case 'ipv4':
      return ipv4Text(value.address) + (value.prefix < 32 ? `/${value.prefix}` : '');
    case 'ipv6':
      return ipv6Text(value.address, 0) + (value.prefix < 128 ? `/${value.prefix}` : '');
    case 'mac':
      return Array.from(value.address, (b) => b.toString(16).padStart(2, '0')).join(':');
  }
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
      return node.field;
    case 'compare':
      return `${node.field} ${node.operator} ${valueText(node.value)}`;
  }
}
