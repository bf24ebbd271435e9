import { isIPv6 } from 'node:net';

/** The first four groups of an IPv6 address, `::` expanded; null when it is not one. */
function ipv6Prefix64(address: string): string | null {
  if (!isIPv6(address)) return null;
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string) => (part ? part.split(':') : []);
  // An embedded IPv4 tail (::ffff:192.0.2.1) takes two groups' room.
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...Array<string>(8 - width(left) - width(right)).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':');
}

/**
 * What a per-address limit counts a client by: the address itself, but for IPv6 its /64, the block
 * one subscriber usually gets whole (any of its 2^64 addresses would otherwise be a fresh budget).
 * IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
export function addressKeyOf(address: string | null): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const prefix = ipv6Prefix64(address);
  return prefix === null ? address : `${prefix}::/64`;
}
