import { burndown } from './burndown';
import { at, point } from './test-fixtures';
import { timelineOf } from './timeline';

// Mon 2 – Fri 6 March 2026, started Monday 09:00, looked at Wednesday noon: a (3) re-estimated to 4
// on Wednesday morning, b (5) done Tuesday, c (2) created and added Tuesday, d (1) removed Tuesday.
const timeline = timelineOf(
  [
    { workItemId: 'a', kind: 'ADDED', actorId: null, at: at('2026-02-27T10:00:00Z') },
    { workItemId: 'b', kind: 'ADDED', actorId: null, at: at('2026-02-27T10:00:00Z') },
    { workItemId: 'd', kind: 'ADDED', actorId: null, at: at('2026-02-27T10:00:00Z') },
    { workItemId: 'c', kind: 'ADDED', actorId: null, at: at('2026-03-03T11:00:00Z') },
    { workItemId: 'd', kind: 'REMOVED', actorId: null, at: at('2026-03-03T15:00:00Z') },
  ],
  [
    point('a', 1, '2026-02-20T10:00:00Z', 3),
    point('a', 2, '2026-03-04T08:00:00Z', 4),
    point('b', 1, '2026-02-20T10:00:00Z', 5, { stateCategory: 'IN_PROGRESS' }),
    point('b', 2, '2026-03-03T10:00:00Z', 5, { stateCategory: 'DONE' }),
    point('c', 1, '2026-03-03T10:30:00Z', 2),
    point('d', 1, '2026-02-20T10:00:00Z', 1),
  ],
  new Map(),
);
const sprint = {
  startDate: at('2026-03-02'),
  endDate: at('2026-03-06'),
  startedAt: at('2026-03-02T09:00:00Z'),
  completedAt: null,
};
const day = (
  date: string,
  remainingPoints: number | null,
  completedPoints: number | null,
  scopePoints: number | null,
  idealRemainingPoints: number,
) => ({
  date: at(date),
  remainingPoints,
  completedPoints,
  scopePoints,
  idealRemainingPoints,
});

describe('burndown', () => {
  it('replays each day up to its end or now, with nothing for days to come', () => {
    expect(burndown(sprint, 9, timeline, at('2026-03-04T12:00:00Z'))).toEqual([
      day('2026-03-02', 9, 0, 9, 9),
      day('2026-03-03', 5, 5, 10, 6.75),
      day('2026-03-04', 6, 5, 11, 4.5),
      day('2026-03-05', null, null, null, 2.25),
      day('2026-03-06', null, null, null, 0),
    ]);
  });

  it('stops at completion', () => {
    const completed = { ...sprint, completedAt: at('2026-03-03T12:00:00Z') };
    expect(burndown(completed, 9, timeline, at('2026-03-10T00:00:00Z')).map((d) => d.remainingPoints)).toEqual([
      9,
      6,
      null,
      null,
      null,
    ]);
  });

  it('has no figures before the start, only the ideal line', () => {
    expect(burndown({ ...sprint, startedAt: null }, 4, timeline, at('2026-03-04T12:00:00Z'))).toEqual([
      day('2026-03-02', null, null, null, 4),
      day('2026-03-03', null, null, null, 3),
      day('2026-03-04', null, null, null, 2),
      day('2026-03-05', null, null, null, 1),
      day('2026-03-06', null, null, null, 0),
    ]);
  });

  it('draws a one-day sprint’s ideal at 0', () => {
    const oneDay = { ...sprint, endDate: sprint.startDate };
    expect(burndown(oneDay, 9, timeline, at('2026-03-02T12:00:00Z'))).toEqual([day('2026-03-02', 9, 0, 9, 0)]);
  });
});
