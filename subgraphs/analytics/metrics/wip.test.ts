import { defaultClassifier } from './flow-dates';
import { wipFromCumulativeFlow } from './wip';

describe('wipFromCumulativeFlow', () => {
  it('sums the started states and has no items behind a point counted from deltas', () => {
    const day = {
      date: '2026-03-01',
      states: [
        { stateId: 'todo', category: 'TODO', count: 4 },
        { stateId: 'doing', category: 'IN_PROGRESS', count: 2 },
        { stateId: 'review', category: 'IN_PROGRESS', count: 1 },
        { stateId: 'done', category: 'DONE', count: 9 },
      ],
    };
    expect(wipFromCumulativeFlow([day], defaultClassifier)).toEqual([{ date: '2026-03-01', count: 3 }]);
  });
});
