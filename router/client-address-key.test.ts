import { addressKeyOf } from './client-address-key';

describe('the key a per-address limit counts a client by', () => {
  it('is an IPv4 address itself, an IPv4-mapped one as IPv4, and unknown without one', () => {
    expect(addressKeyOf('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKeyOf('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKeyOf(null)).toBe('unknown');
    expect(addressKeyOf('')).toBe('unknown');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const key = '2001:db8:0:1::/64';
    expect(addressKeyOf('2001:db8:0:1::1')).toBe(key);
    expect(addressKeyOf('2001:0DB8:0000:0001:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressKeyOf('2001:db8:0:1:1:2:3:4')).toBe(key);
    expect(addressKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(addressKeyOf('2001:db8:0:2::1')).not.toBe(key);
  });
});
