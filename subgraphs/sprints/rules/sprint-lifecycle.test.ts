import { committedScope, completionFigures, finalOutcomes, outcomeOf, sumPoints } from './sprint-lifecycle';

const item = (stateCategory: string, estimate: number | null = 3) => ({ estimate, stateCategory });

describe('sprint lifecycle rules', () => {
  it('sums points without floating-point noise', () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints([])).toBe(0);
  });

  it('counts a done item completed, a canceled one canceled and anything else carried over', () => {
    expect(outcomeOf(item('DONE'))).toBe('COMPLETED');
    expect(outcomeOf(item('CANCELED'))).toBe('CANCELED');
    expect(outcomeOf(item('IN_PROGRESS'))).toBe('CARRIED_OVER');
    expect(outcomeOf(null)).toBe('CARRIED_OVER');
  });

  it('commits every member at its points, unknown and unestimated items at 0', () => {
    const scope = committedScope([
      { workItemId: 'a', item: item('TODO', 5) },
      { workItemId: 'b', item: item('TODO', null) },
      { workItemId: 'c', item: null },
      { workItemId: 'd', item: item('CANCELED', 8) },
    ]);
    expect(scope).toEqual({ committedPoints: 5, committedItemCount: 4, workItemIds: ['a', 'b', 'c', 'd'] });
  });

  it('gives each member its outcome and final points in the members’ order', () => {
    expect(
      finalOutcomes([
        { workItemId: 'a', item: item('DONE', 2) },
        { workItemId: 'b', item: item('CANCELED', 8) },
        { workItemId: 'c', item: item('TODO', 1.5) },
      ]),
    ).toEqual([
      { workItemId: 'a', outcome: 'COMPLETED', finalPoints: 2 },
      { workItemId: 'b', outcome: 'CANCELED', finalPoints: 0 },
      { workItemId: 'c', outcome: 'CARRIED_OVER', finalPoints: 1.5 },
    ]);
  });

  it('records completed and carried-over figures and leaves canceled items out of both', () => {
    expect(
      completionFigures([
        { workItemId: 'a', outcome: 'COMPLETED', finalPoints: 0.1 },
        { workItemId: 'b', outcome: 'COMPLETED', finalPoints: 0.2 },
        { workItemId: 'c', outcome: 'CANCELED', finalPoints: 0 },
        { workItemId: 'd', outcome: 'CARRIED_OVER', finalPoints: 5 },
      ]),
    ).toEqual({
      completedWorkItemIds: ['a', 'b'],
      completedPoints: 0.3,
      carriedOverWorkItemIds: ['d'],
      carriedOverPoints: 5,
    });
  });
});
