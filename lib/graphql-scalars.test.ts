import { Kind } from 'graphql';
import { CalendarDate, DateTime } from './graphql-scalars';

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

  it.each(['2026-11-23', '2026-11-23T09:30:00', 'yesterday', '2026-13-45T99:99:99Z', '2026-02-30T00:00:00Z', 42])(
    'rejects %j',
    (value) => {
      expect(() => DateTime.parseValue(value)).toThrow(/ISO 8601/);
    },
  );

  it('refuses to serialise what is not a date', () => {
    expect(() => DateTime.serialize({})).toThrow();
    expect(() => DateTime.serialize(new Date('invalid'))).toThrow();
  });
});

describe('Date', () => {
  it('serialises dates and date strings as YYYY-MM-DD', () => {
    expect(CalendarDate.serialize(new Date('2026-12-24T00:00:00.000Z'))).toBe('2026-12-24');
    expect(CalendarDate.serialize('2026-12-24')).toBe('2026-12-24');
  });

  it('parses calendar dates to midnight UTC, from variables and literals', () => {
    expect(CalendarDate.parseValue('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00.000Z'));
    expect(CalendarDate.parseLiteral({ kind: Kind.STRING, value: '2026-01-31' })).toEqual(
      new Date('2026-01-31T00:00:00.000Z'),
    );
  });

  it.each(['2026-02-30', '2025-02-29', '0000-01-01', '2026-1-5', '2026-11-23T00:00:00Z', 'tomorrow', 20261224])(
    'rejects %j',
    (value) => {
      expect(() => CalendarDate.parseValue(value)).toThrow(/YYYY-MM-DD/);
    },
  );

  it('refuses a literal that is not a string and a value that is not a date', () => {
    expect(() => CalendarDate.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(/string/);
    expect(() => CalendarDate.serialize({})).toThrow();
  });
});
