import { daysBetween, isWorkingDay } from './sprint-days';

describe('sprint days', () => {
  it('lists every calendar day inclusive', () => {
    expect(
      daysBetween(new Date('2026-02-27'), new Date('2026-03-02')).map((d) => d.toISOString().slice(0, 10)),
    ).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('counts Monday to Friday as working days', () => {
    expect(daysBetween(new Date('2026-03-02'), new Date('2026-03-08')).map(isWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
