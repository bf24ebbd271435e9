import { capacityOf, isOvercommitted } from './capacity';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('capacity', () => {
  // Wed 4 – Tue 17 March 2026: ten working days.
  const sprint = { startDate: day('2026-03-04'), endDate: day('2026-03-17') };

  it('counts working days, days off on them once, and points per member in the given order', () => {
    expect(
      capacityOf(sprint, [
        {
          userId: 'bo',
          daysOff: [day('2026-03-09'), day('2026-03-06'), day('2026-03-07'), day('2026-03-09'), day('2026-03-20')],
          focusFactor: 0.7,
          pointsPerDay: 1.5,
        },
        { userId: 'al', daysOff: [], focusFactor: 1, pointsPerDay: 2 },
      ]),
    ).toEqual({
      workingDays: 10,
      availableDays: 18,
      points: 28.4,
      members: [
        {
          userId: 'bo',
          daysOff: [day('2026-03-06'), day('2026-03-09')],
          availableDays: 8,
          focusFactor: 0.7,
          pointsPerDay: 1.5,
          points: 8.4,
        },
        { userId: 'al', daysOff: [], availableDays: 10, focusFactor: 1, pointsPerDay: 2, points: 20 },
      ],
    });
  });

  it('is empty without members', () => {
    expect(capacityOf(sprint, [])).toEqual({ workingDays: 10, availableDays: 0, points: 0, members: [] });
  });

  it('is overcommitted only beyond a capacity that is set', () => {
    expect(isOvercommitted(28.5, 28.4)).toBe(true);
    expect(isOvercommitted(28.4, 28.4)).toBe(false);
    expect(isOvercommitted(5, 0)).toBe(false);
  });
});
