import { Kind } from 'graphql';
import { DateTime } from './scalars';

describe('DateTime', () => {
  test('serializes dates as ISO 8601 in UTC', () => {
    expect(DateTime.serialize(new Date('2026-11-23T09:30:00.000Z'))).toBe('2026-11-23T09:30:00.000Z');
    expect(DateTime.serialize('2026-11-23T10:30:00+01:00')).toBe('2026-11-23T09:30:00.000Z');
  });

  test('parses ISO 8601 strings with a time zone, from variables and literals', () => {
    expect(DateTime.parseValue('2026-11-23T09:30:00Z')).toEqual(new Date('2026-11-23T09:30:00Z'));
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: '2026-11-23T09:30:00.5+02:00' })).toEqual(
      new Date('2026-11-23T07:30:00.500Z'),
    );
  });

  test.each(['2026-11-23', '2026-11-23T09:30:00', 'yesterday', 42])('rejects %j', (value) => {
    expect(() => DateTime.parseValue(value)).toThrow(TypeError);
  });

  test('rejects non-string literals', () => {
    expect(() => DateTime.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(TypeError);
  });
});
