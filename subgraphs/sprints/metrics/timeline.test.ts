import { at, point } from './test-fixtures';
import { byOccurrence, membersAt, stateAt, timelineOf } from './timeline';

describe('sprint timeline', () => {
  const timeline = timelineOf(
    [
      { workItemId: 'b', kind: 'ADDED', actorId: null, at: at('2026-03-02T10:00:00Z') },
      { workItemId: 'a', kind: 'ADDED', actorId: null, at: at('2026-03-01T10:00:00Z') },
      { workItemId: 'a', kind: 'REMOVED', actorId: null, at: at('2026-03-03T10:00:00Z') },
      { workItemId: 'c', kind: 'ADDED', actorId: null, at: at('2026-03-03T10:00:00Z') },
    ],
    [
      point('a', 3, '2026-03-02T12:00:00Z', 5, { id: 'h3', stateCategory: 'DONE' }),
      point('a', 1, '2026-03-01T08:00:00Z', 3, { id: 'h1' }),
      point('a', 2, '2026-03-02T12:00:00Z', 4, { id: 'h2' }),
    ],
    new Map([
      ['b', { estimate: 2, stateCategory: 'IN_PROGRESS' }],
      ['x', { estimate: 9, stateCategory: 'TODO' }],
    ]),
  );

  it('orders history by time, then version, then id', () => {
    const ordered = [
      point('a', 2, '2026-03-02T00:00:00Z', 1, { id: 'z' }),
      point('a', 2, '2026-03-02T00:00:00Z', 1, { id: 'y' }),
      point('a', 1, '2026-03-02T00:00:00Z', 1, { id: 'x' }),
    ].sort(byOccurrence);
    expect(ordered.map((p) => p.id)).toEqual(['x', 'y', 'z']);
  });

  it('finds the latest state by a moment, the first one before it, the current row without history', () => {
    expect(stateAt(timeline, 'a', at('2026-03-01T09:00:00Z'))).toMatchObject({ estimate: 3 });
    expect(stateAt(timeline, 'a', at('2026-02-01T00:00:00Z'))).toMatchObject({ estimate: 3 });
    expect(stateAt(timeline, 'a', at('2026-03-02T12:00:00Z'))).toMatchObject({ estimate: 5, stateCategory: 'DONE' });
    expect(stateAt(timeline, 'b', at('2026-03-02T12:00:00Z'))).toEqual({ estimate: 2, stateCategory: 'IN_PROGRESS' });
    expect(stateAt(timeline, 'c', at('2026-03-04T00:00:00Z'))).toBeNull();
  });

  it('keeps the current rows of the sprint’s items only', () => {
    expect([...timeline.current.keys()]).toEqual(['b']);
  });

  it('replays membership up to a moment, inclusive', () => {
    expect(membersAt(timeline, at('2026-03-01T09:59:59Z'))).toEqual([]);
    expect(membersAt(timeline, at('2026-03-02T10:00:00Z')).sort()).toEqual(['a', 'b']);
    expect(membersAt(timeline, at('2026-03-03T10:00:00Z')).sort()).toEqual(['b', 'c']);
  });
});
