import type { FilterNode, FilterValue } from './ast';

function ipv4Text(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

/** RFC 5952 text: lower case, the longest run of two or more zero groups as "::". */
function ipv6Text(bytes: Uint8Array): string {
  const words = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (list: number[]) => list.map((w) => w.toString(16)).join(':');
  if (bestStart < 0) return hex(words);
  return `${hex(words.slice(0, bestStart))}::${hex(words.slice(bestStart + bestLength))}`;
}

export function valueText(value: FilterValue): string {
  switch (value.kind) {
    case 'number':
      return String(value.value);
    case 'ipv4':
      return ipv4Text(value.address) + (value.prefix < 32 ? `/${value.prefix}` : '');
    case 'ipv6':
      return ipv6Text(value.address) + (value.prefix < 128 ? `/${value.prefix}` : '');
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
