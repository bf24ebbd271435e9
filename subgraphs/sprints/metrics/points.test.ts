import { isDone, isUnfinished, pointsOf, totalsOf, withoutNoise } from './points';

describe('points', () => {
  it('counts the estimate, 0 when unestimated, unknown or canceled', () => {
    expect(pointsOf({ estimate: 5, stateCategory: 'TODO' })).toBe(5);
    expect(pointsOf({ estimate: null, stateCategory: 'DONE' })).toBe(0);
    expect(pointsOf({ estimate: 8, stateCategory: 'CANCELED' })).toBe(0);
    expect(pointsOf(null)).toBe(0);
  });

  it('tells done, canceled and unfinished items apart', () => {
    expect(isDone({ estimate: 1, stateCategory: 'DONE' })).toBe(true);
    expect(isUnfinished({ estimate: 1, stateCategory: 'CANCELED' })).toBe(false);
    expect(isUnfinished({ estimate: 1, stateCategory: 'IN_PROGRESS' })).toBe(true);
    expect(isUnfinished(null)).toBe(true);
  });

  it('drops floating-point noise only', () => {
    expect(withoutNoise(0.1 + 0.2)).toBe(0.3);
    expect(withoutNoise(1 / 3)).toBe(0.333333333333333);
    expect(Object.is(withoutNoise(-0), 0)).toBe(true);
  });

  it('totals items: all, done and remaining points', () => {
    expect(
      totalsOf([
        { estimate: 3, stateCategory: 'DONE' },
        { estimate: 0.1, stateCategory: 'TODO' },
        { estimate: 0.2, stateCategory: 'IN_PROGRESS' },
        { estimate: 8, stateCategory: 'CANCELED' },
        { estimate: null, stateCategory: 'DONE' },
        null,
      ]),
    ).toEqual({ itemCount: 6, points: 3.3, completedItemCount: 2, completedPoints: 3, remainingPoints: 0.3 });
  });
});
