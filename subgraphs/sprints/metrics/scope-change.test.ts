import { scopeChangeOf } from './scope-change';
import { at, point } from './test-fixtures';
import { timelineOf } from './timeline';

// Started Monday 09:00. Before the start: a planned and re-estimated. After: c added by ann at 2, d
// re-estimated 8 → 5 and removed by bob, a re-estimated 3 → 5 by bob, f added unestimated by the
// system and estimated 0.5 by ann; e re-estimated while out of the sprint and b's change keeping
// its estimate are no scope change.
const timeline = timelineOf(
  [
    { workItemId: 'a', kind: 'ADDED', actorId: 'ann', at: at('2026-02-27T10:00:00Z') },
    { workItemId: 'b', kind: 'ADDED', actorId: 'ann', at: at('2026-02-27T10:00:00Z') },
    { workItemId: 'd', kind: 'ADDED', actorId: 'ann', at: at('2026-02-27T10:00:00Z') },
    { workItemId: 'c', kind: 'ADDED', actorId: 'ann', at: at('2026-03-03T11:00:00Z') },
    { workItemId: 'd', kind: 'REMOVED', actorId: 'bob', at: at('2026-03-03T15:00:00Z') },
    { workItemId: 'f', kind: 'ADDED', actorId: null, at: at('2026-03-04T09:00:00Z') },
  ],
  [
    point('a', 1, '2026-02-20T10:00:00Z', 2),
    point('a', 2, '2026-02-28T10:00:00Z', 3, { actorId: 'ann' }),
    point('a', 3, '2026-03-04T08:00:00Z', 5, { actorId: 'bob' }),
    point('b', 1, '2026-02-20T10:00:00Z', 1),
    point('b', 2, '2026-03-03T10:00:00Z', 1, { actorId: 'bob' }),
    point('c', 1, '2026-03-03T10:30:00Z', 2),
    point('d', 1, '2026-02-20T10:00:00Z', 8, { stateCategory: 'IN_PROGRESS' }),
    point('d', 2, '2026-03-03T14:00:00Z', 5, { actorId: 'bob', stateCategory: 'IN_PROGRESS' }),
    point('e', 1, '2026-02-20T10:00:00Z', 8),
    point('e', 2, '2026-03-03T14:00:00Z', 13, { actorId: 'bob' }),
    point('f', 1, '2026-02-20T10:00:00Z', null),
    point('f', 2, '2026-03-04T10:00:00Z', 0.5, { actorId: 'ann' }),
  ],
  new Map(),
);
const started = { startedAt: at('2026-03-02T09:00:00Z'), completedAt: null };

describe('scope change', () => {
  it('lists additions, removals and re-estimates after the start with their actors, oldest first', () => {
    expect(scopeChangeOf(started, timeline, at('2026-03-04T09:30:00Z'))).toEqual({
      addedPoints: 2,
      removedPoints: 5,
      reestimatedPoints: -1,
      addedItemCount: 2,
      removedItemCount: 1,
      changes: [
        { kind: 'ADDED', workItemId: 'c', points: 2, actorId: 'ann', at: at('2026-03-03T11:00:00Z') },
        { kind: 'REESTIMATED', workItemId: 'd', points: -3, actorId: 'bob', at: at('2026-03-03T14:00:00Z') },
        { kind: 'REMOVED', workItemId: 'd', points: -5, actorId: 'bob', at: at('2026-03-03T15:00:00Z') },
        { kind: 'REESTIMATED', workItemId: 'a', points: 2, actorId: 'bob', at: at('2026-03-04T08:00:00Z') },
        { kind: 'ADDED', workItemId: 'f', points: 0, actorId: null, at: at('2026-03-04T09:00:00Z') },
      ],
    });
  });

  it('runs up to completion', () => {
    const scope = scopeChangeOf(
      { ...started, completedAt: at('2026-03-05T00:00:00Z') },
      timeline,
      at('2026-03-20T00:00:00Z'),
    );
    expect(scope).toMatchObject({ addedPoints: 2, removedPoints: 5, reestimatedPoints: -0.5, addedItemCount: 2 });
    expect(scope.changes.at(-1)).toEqual({
      kind: 'REESTIMATED',
      workItemId: 'f',
      points: 0.5,
      actorId: 'ann',
      at: at('2026-03-04T10:00:00Z'),
    });
  });

  it('ends at completion, before later changes', () => {
    const scope = scopeChangeOf(
      { ...started, completedAt: at('2026-03-04T08:30:00Z') },
      timeline,
      at('2026-03-20T00:00:00Z'),
    );
    expect(scope.changes.map((c) => `${c.kind} ${c.workItemId}`)).toEqual([
      'ADDED c',
      'REESTIMATED d',
      'REMOVED d',
      'REESTIMATED a',
    ]);
  });

  it('is empty before the start', () => {
    expect(scopeChangeOf({ startedAt: null, completedAt: null }, timeline, at('2026-03-20T00:00:00Z'))).toEqual({
      addedPoints: 0,
      removedPoints: 0,
      reestimatedPoints: 0,
      addedItemCount: 0,
      removedItemCount: 0,
      changes: [],
    });
  });
});
