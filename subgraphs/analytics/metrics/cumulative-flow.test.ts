import { cumulativeFlowFromDeltas, cumulativeFlowFromTimelines, orderWorkflowStates } from './cumulative-flow';
import type { ItemTimeline } from './types';

describe('cumulative flow', () => {
  const window = { from: '2026-03-01', to: '2026-03-03' };

  it('orders states by category, then by when they were first seen', () => {
    const seen = (stateId: string, category: string, day: string) => ({
      stateId,
      category,
      firstSeen: new Date(`2026-01-${day}T00:00Z`),
    });
    const ordered = orderWorkflowStates([
      seen('done', 'DONE', '01'),
      seen('review', 'IN_PROGRESS', '05'),
      seen('doing', 'IN_PROGRESS', '02'),
      seen('todo', 'TODO', '03'),
      seen('odd', 'SOMETHING', '01'),
    ]);
    expect(ordered.map((s) => s.stateId)).toEqual(['todo', 'doing', 'review', 'done', 'odd']);
  });

  it('drops a deleted item on its deletion day and appends a state the list lacks', () => {
    const timeline: ItemTimeline = {
      id: 'x',
      archivedAt: null,
      deletedAt: new Date('2026-03-03T08:00Z'),
      entries: [
        { at: new Date('2026-02-20T08:00Z'), toStateId: 'todo', toCategory: 'TODO' },
        { at: new Date('2026-03-02T08:00Z'), toStateId: 'qa', toCategory: 'IN_PROGRESS' },
      ],
    };
    const days = cumulativeFlowFromTimelines([timeline], window, [{ stateId: 'todo', category: 'TODO' }]);
    expect(days.map((d) => d.states.map((s) => [s.stateId, s.category, s.count]))).toEqual([
      [
        ['todo', 'TODO', 1],
        ['qa', 'IN_PROGRESS', 0],
      ],
      [
        ['todo', 'TODO', 0],
        ['qa', 'IN_PROGRESS', 1],
      ],
      [
        ['todo', 'TODO', 0],
        ['qa', 'IN_PROGRESS', 0],
      ],
    ]);
  });

  it('runs per-day deltas from a base, accepting the days as the rows’ Dates', () => {
    const days = cumulativeFlowFromDeltas(
      [
        { day: new Date('2026-03-01T00:00Z'), stateId: 'todo', delta: 2 },
        { day: new Date('2026-03-03T00:00Z'), stateId: 'todo', delta: -1 },
        { day: new Date('2026-03-03T00:00Z'), stateId: 'done', delta: 1 },
      ],
      new Map([
        ['todo', 3],
        ['gone', 4],
      ]),
      window,
      [
        { stateId: 'todo', category: 'TODO' },
        { stateId: 'done', category: 'DONE' },
      ],
    );
    // todo 3 + 2 = 5, 5, 5 − 1 = 4; done 0, 0, 1; a state only in the base comes last, UNKNOWN
    expect(days.map((d) => d.states.map((s) => s.count))).toEqual([
      [5, 0, 4],
      [5, 0, 4],
      [4, 1, 4],
    ]);
    expect(days[0]!.states[2]).toEqual({ stateId: 'gone', category: 'UNKNOWN', count: 4 });
  });
});
