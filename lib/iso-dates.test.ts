import { parseIsoDate, parseIsoDateTime } from './iso-dates';

describe('ISO dates and times', () => {
  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2024-02-29T23:59:59.999+05:30', '2024-02-29T18:29:59.999Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
  ])('reads the date and time %s as the instant %s', (text, instant) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(instant);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T23:60:00Z',
    '2026-01-01T23:59:60Z',
    '2026-01-01T00:00:00+24:00',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+01:00',
    '2026-01-01T00:00:00',
    '2026-01-01',
  ])('refuses %s, which is not a real instant of years 0001-9999 with a zone', (text) => {
    expect(parseIsoDateTime(text)).toBeNull();
  });

  it.each(['2024-02-29', '0001-01-01', '9999-12-31'])('reads the calendar date %s as 00:00 UTC of that day', (text) => {
    expect(parseIsoDate(text)?.toISOString()).toBe(`${text}T00:00:00.000Z`);
  });

  it.each(['2026-02-30', '2025-02-29', '0000-01-01', '2026-00-10', '2026-1-5', '10000-01-01'])(
    'refuses the calendar date %s',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );
});
