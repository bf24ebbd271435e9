import { currentTimeZoneName } from './time-zones';

describe('currentTimeZoneName', () => {
  it.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['America/Nuuk', 'America/Nuuk'],
    ['Pacific/Kanton', 'Pacific/Kanton'],
  ])('keeps the current name %s, which Intl would spell the old way', (chosen, stored) => {
    expect(currentTimeZoneName(chosen)).toBe(stored);
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ])('turns the renamed %s into its current name', (chosen, stored) => {
    expect(currentTimeZoneName(chosen)).toBe(stored);
  });

  it('spells names as IANA does, whatever the case given', () => {
    expect(currentTimeZoneName('asia/kolkata')).toBe('Asia/Kolkata');
    expect(currentTimeZoneName('europe/berlin')).toBe('Europe/Berlin');
  });

  it('keeps a zone IANA still lists even where it shares another zone’s rules', () => {
    expect(currentTimeZoneName('Europe/Bratislava')).toBe('Europe/Bratislava');
    expect(currentTimeZoneName('Arctic/Longyearbyen')).toBe('Arctic/Longyearbyen');
  });

  it('turns other aliases into the zone they stand for', () => {
    expect(currentTimeZoneName('US/Pacific')).toBe('America/Los_Angeles');
    expect(currentTimeZoneName('Etc/UTC')).toBe('UTC');
  });

  it('answers null for what is no time zone', () => {
    for (const value of ['Mars/Olympus', '', 'Asia/', '+01:00']) expect(currentTimeZoneName(value)).toBeNull();
  });

  it('gives a name every current runtime accepts', () => {
    for (const name of ['Asia/Kolkata', 'Europe/Kyiv', 'Pacific/Chuuk', 'Africa/Asmara', 'America/Atikokan']) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: name })).not.toThrow();
    }
  });
});
