import { Kind } from 'graphql';
import { DateTime } from './scalars';

describe('DateTime', () => {
  it('serialises dates as ISO 8601 in UTC', () => {
    expect(DateTime.serialize(new Date('2026-11-23T09:30:00+01:00'))).toBe('2026-11-23T08:30:00.000Z');
  });

  it('parses ISO strings with a time zone, from variables and literals', () => {
    expect(DateTime.parseValue('2026-11-23T09:30:00.000Z')).toEqual(new Date('2026-11-23T09:30:00.000Z'));
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: '2026-11-23T09:30:00+02:00' })).toEqual(
      new Date('2026-11-23T07:30:00.000Z'),
    );
  });

  it.each(['2026-11-23', '2026-11-23T09:30:00', 'yesterday', '2026-13-45T99:99:99Z', 42])('rejects %j', (value) => {
    expect(() => DateTime.parseValue(value)).toThrow(/ISO 8601/);
  });

  it('refuses to serialise what is not a date', () => {
    expect(() => DateTime.serialize({})).toThrow();
    expect(() => DateTime.serialize(new Date('invalid'))).toThrow();
  });
});
