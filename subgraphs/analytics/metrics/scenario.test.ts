/**
 * Eleven items of one project over a ten-day window, every figure worked out by hand below. The
 * window runs from Monday 2026-03-02 to Wednesday 2026-03-11 (two ISO weeks, the second cut short).
 *
 * Timelines (UTC; T09 means 09:00):
 *   A  todo 02-27, doing 03-02 T10, done 03-04 T15             u1  labels l1 l2  STORY
 *   B  todo 03-02, doing 03-03, review 03-05 T10, done 03-05 T16 u1  label l1     BUG
 *   C  backlog 03-01, doing 03-06 T09, done 03-06 T17          u2                STORY
 *   D  todo 02-25, doing 02-26, done 03-03, doing 03-05, done 03-09 (reopened)  u2  STORY
 *   E  todo 03-02 T11, doing 03-03 T11, done 03-04 T11, review 03-07 T11 (reopened, open)  u1  BUG
 *   F  todo 02-28, doing 03-04, archived 03-08 T12             u2                TASK
 *   G  todo 03-03, doing 03-05, canceled 03-08                 -                 TASK
 *   H  todo 02-20, doing 02-23 (open)                          u1                STORY
 *   J  todo 03-09, done 03-10 (never in progress)              -                 BUG
 *   L  todo 02-20, doing 02-21, done 02-27 (before the window) -                 STORY
 *   M  todo 02-25, doing 02-28 (open)                          -                 TASK
 */
import { agingWip } from './aging';
import { controlChart } from './control-chart';
import { createdVsResolved } from './created-resolved';
import { cumulativeFlowFromDeltas, cumulativeFlowFromTimelines, type StateDayDelta } from './cumulative-flow';
import { defaultClassifier, deriveFlowDates } from './flow-dates';
import { groupFlowMetrics } from './groups';
import { leadCycleTimes } from './lead-cycle-times';
import { dailyThroughput, throughputByDay, throughputByWeek } from './throughput';
import type { FlowItem, ItemTimeline, Window, WorkflowStateRef } from './types';
import { wipFromCumulativeFlow } from './wip';

const window: Window = { from: '2026-03-02', to: '2026-03-11' };
const states: WorkflowStateRef[] = [
  { stateId: 'backlog', category: 'BACKLOG' },
  { stateId: 'todo', category: 'TODO' },
  { stateId: 'doing', category: 'IN_PROGRESS' },
  { stateId: 'review', category: 'IN_PROGRESS' },
  { stateId: 'done', category: 'DONE' },
  { stateId: 'canceled', category: 'CANCELED' },
];
const categoryOf = new Map(states.map((s) => [s.stateId, s.category]));

interface Spec {
  steps: [string, string][];
  assigneeId?: string;
  labelIds?: string[];
  type: string;
  archivedAt?: string;
}
const specs: Record<string, Spec> = {
  A: {
    steps: [
      ['02-27T09', 'todo'],
      ['03-02T10', 'doing'],
      ['03-04T15', 'done'],
    ],
    assigneeId: 'u1',
    labelIds: ['l1', 'l2'],
    type: 'STORY',
  },
  B: {
    steps: [
      ['03-02T09', 'todo'],
      ['03-03T09', 'doing'],
      ['03-05T10', 'review'],
      ['03-05T16', 'done'],
    ],
    assigneeId: 'u1',
    labelIds: ['l1'],
    type: 'BUG',
  },
  C: {
    steps: [
      ['03-01T09', 'backlog'],
      ['03-06T09', 'doing'],
      ['03-06T17', 'done'],
    ],
    assigneeId: 'u2',
    type: 'STORY',
  },
  D: {
    steps: [
      ['02-25T09', 'todo'],
      ['02-26T09', 'doing'],
      ['03-03T09', 'done'],
      ['03-05T09', 'doing'],
      ['03-09T09', 'done'],
    ],
    assigneeId: 'u2',
    type: 'STORY',
  },
  E: {
    steps: [
      ['03-02T11', 'todo'],
      ['03-03T11', 'doing'],
      ['03-04T11', 'done'],
      ['03-07T11', 'review'],
    ],
    assigneeId: 'u1',
    type: 'BUG',
  },
  F: {
    steps: [
      ['02-28T09', 'todo'],
      ['03-04T09', 'doing'],
    ],
    assigneeId: 'u2',
    type: 'TASK',
    archivedAt: '03-08T12',
  },
  G: {
    steps: [
      ['03-03T09', 'todo'],
      ['03-05T09', 'doing'],
      ['03-08T09', 'canceled'],
    ],
    type: 'TASK',
  },
  H: {
    steps: [
      ['02-20T09', 'todo'],
      ['02-23T09', 'doing'],
    ],
    assigneeId: 'u1',
    type: 'STORY',
  },
  J: {
    steps: [
      ['03-09T09', 'todo'],
      ['03-10T09', 'done'],
    ],
    type: 'BUG',
  },
  L: {
    steps: [
      ['02-20T09', 'todo'],
      ['02-21T09', 'doing'],
      ['02-27T09', 'done'],
    ],
    type: 'STORY',
  },
  M: {
    steps: [
      ['02-25T09', 'todo'],
      ['02-28T09', 'doing'],
    ],
    type: 'TASK',
  },
};

const at = (short: string) => new Date(`2026-${short}:00:00.000Z`);
const timelines: ItemTimeline[] = Object.entries(specs).map(([id, spec]) => ({
  id,
  archivedAt: spec.archivedAt ? at(spec.archivedAt) : null,
  deletedAt: null,
  entries: spec.steps.map(([when, stateId]) => ({
    at: at(when),
    toStateId: stateId,
    toCategory: categoryOf.get(stateId)!,
  })),
}));
const items: FlowItem[] = timelines.map((timeline) => {
  const spec = specs[timeline.id]!;
  const { startedAt, finishedAt, discardedAt } = deriveFlowDates(timeline.entries, defaultClassifier);
  return {
    id: timeline.id,
    projectId: 'p1',
    type: spec.type,
    assigneeId: spec.assigneeId ?? null,
    labelIds: spec.labelIds ?? [],
    createdAt: timeline.entries[0]!.at,
    startedAt,
    finishedAt,
    discardedAt,
    archivedAt: timeline.archivedAt,
    deletedAt: null,
    stateId: timeline.entries[timeline.entries.length - 1]!.toStateId,
  };
});
const cfd = cumulativeFlowFromTimelines(timelines, window, states);

describe('a hand-computed ten-day scenario', () => {
  it('derives start, finish, discard and reopenings from the timelines', () => {
    const summary = (id: string) => {
      const timeline = timelines.find((t) => t.id === id)!;
      const d = deriveFlowDates(timeline.entries, defaultClassifier);
      const short = (date: Date | null) => date?.toISOString().slice(5, 13) ?? null;
      return [short(d.startedAt), short(d.finishedAt), short(d.discardedAt), d.reopenedCount];
    };
    expect(summary('A')).toEqual(['03-02T10', '03-04T15', null, 0]);
    expect(summary('B')).toEqual(['03-03T09', '03-05T16', null, 0]); // review and done the same day
    expect(summary('D')).toEqual(['02-26T09', '03-09T09', null, 1]); // first start kept, last finish taken
    expect(summary('E')).toEqual(['03-03T11', null, null, 1]); // reopened and still open
    expect(summary('G')).toEqual(['03-05T09', null, '03-08T09', 0]);
    expect(summary('J')).toEqual(['03-10T09', '03-10T09', null, 0]); // started by its entry into done
  });

  it('counts items finished per day, only the last finish of a reopened item', () => {
    // A 03-04, B 03-05, C 03-06, D 03-09 (not 03-03: it was reopened), J 03-10; E reopened, L before.
    expect(throughputByDay(items, window).map((p) => [p.start, p.count, p.itemIds])).toEqual([
      ['2026-03-02', 0, []],
      ['2026-03-03', 0, []],
      ['2026-03-04', 1, ['A']],
      ['2026-03-05', 1, ['B']],
      ['2026-03-06', 1, ['C']],
      ['2026-03-07', 0, []],
      ['2026-03-08', 0, []],
      ['2026-03-09', 1, ['D']],
      ['2026-03-10', 1, ['J']],
      ['2026-03-11', 0, []],
    ]);
    expect(dailyThroughput(items, window)).toEqual([0, 0, 1, 1, 1, 0, 0, 1, 1, 0]);
  });

  it('counts items finished per ISO week, the second week cut by the window', () => {
    expect(throughputByWeek(items, window)).toEqual([
      { start: '2026-03-02', end: '2026-03-08', count: 3, itemIds: ['A', 'B', 'C'] }, // 1 + 1 + 1
      { start: '2026-03-09', end: '2026-03-15', count: 2, itemIds: ['D', 'J'] }, // 1 + 1
    ]);
  });

  it('measures lead times from creation to finish, counting both days', () => {
    const { leadTime } = leadCycleTimes(items, window);
    // A 02-27..03-04 = 6, B 03-02..03-05 = 4, C 03-01..03-06 = 6, D 02-25..03-09 = 4 + 9 = 13, J 03-09..03-10 = 2
    // sorted 2 4 6 6 13; mean 31 / 5 = 6.2; squares 17.64 + 4.84 + 0.04 + 0.04 + 46.24 = 68.8; √(68.8 / 4) = 4.1472883
    // p50 rank ⌈2.5⌉ = 3 → 6; p85 rank ⌈4.25⌉ = 5 → 13; p95 rank ⌈4.75⌉ = 5 → 13
    expect(leadTime).toMatchObject({ count: 5, min: 2, p50: 6, p85: 13, p95: 13, max: 13 });
    expect(leadTime.mean).toBeCloseTo(6.2, 10);
    expect(leadTime.standardDeviation).toBeCloseTo(4.1472883, 6);
    expect(leadTime.histogram).toEqual([
      { days: 2, count: 1, itemIds: ['J'] },
      { days: 4, count: 1, itemIds: ['B'] },
      { days: 6, count: 2, itemIds: ['A', 'C'] },
      { days: 13, count: 1, itemIds: ['D'] },
    ]);
  });

  it('measures cycle times from the first start to the last finish, counting both days', () => {
    const { cycleTime } = leadCycleTimes(items, window);
    // A 03-02..03-04 = 3, B 03-03..03-05 = 3, C 03-06 = 1, D 02-26..03-09 = 3 + 9 = 12, J 03-10 = 1
    // sorted 1 1 3 3 12; mean 20 / 5 = 4; squares 9 + 9 + 1 + 1 + 64 = 84; √(84 / 4) = √21 = 4.5825757
    // p50 rank 3 → 3; p85 rank 5 → 12; p95 rank 5 → 12
    expect(cycleTime).toMatchObject({ count: 5, mean: 4, min: 1, p50: 3, p85: 12, p95: 12, max: 12 });
    expect(cycleTime.standardDeviation).toBeCloseTo(4.5825757, 6);
    expect(cycleTime.histogram).toEqual([
      { days: 1, count: 2, itemIds: ['C', 'J'] },
      { days: 3, count: 2, itemIds: ['A', 'B'] },
      { days: 12, count: 1, itemIds: ['D'] },
    ]);
  });

  it('counts each item in its state at the end of each day, the archived one gone from its archive day', () => {
    // backlog, todo, doing, review, done, canceled
    const expected: [string, number[], string[][]][] = [
      ['2026-03-02', [1, 3, 4, 0, 1, 0], [['C'], ['B', 'E', 'F'], ['A', 'D', 'H', 'M'], [], ['L'], []]], // G, J not created
      ['2026-03-03', [1, 2, 5, 0, 2, 0], [['C'], ['F', 'G'], ['A', 'B', 'E', 'H', 'M'], [], ['D', 'L'], []]],
      ['2026-03-04', [1, 1, 4, 0, 4, 0], [['C'], ['G'], ['B', 'F', 'H', 'M'], [], ['A', 'D', 'E', 'L'], []]],
      ['2026-03-05', [1, 0, 5, 0, 4, 0], [['C'], [], ['D', 'F', 'G', 'H', 'M'], [], ['A', 'B', 'E', 'L'], []]], // B: review then done
      ['2026-03-06', [0, 0, 5, 0, 5, 0], [[], [], ['D', 'F', 'G', 'H', 'M'], [], ['A', 'B', 'C', 'E', 'L'], []]],
      ['2026-03-07', [0, 0, 5, 1, 4, 0], [[], [], ['D', 'F', 'G', 'H', 'M'], ['E'], ['A', 'B', 'C', 'L'], []]], // F's last day
      ['2026-03-08', [0, 0, 3, 1, 4, 1], [[], [], ['D', 'H', 'M'], ['E'], ['A', 'B', 'C', 'L'], ['G']]], // F archived
      ['2026-03-09', [0, 1, 2, 1, 5, 1], [[], ['J'], ['H', 'M'], ['E'], ['A', 'B', 'C', 'D', 'L'], ['G']]],
      ['2026-03-10', [0, 0, 2, 1, 6, 1], [[], [], ['H', 'M'], ['E'], ['A', 'B', 'C', 'D', 'J', 'L'], ['G']]],
      ['2026-03-11', [0, 0, 2, 1, 6, 1], [[], [], ['H', 'M'], ['E'], ['A', 'B', 'C', 'D', 'J', 'L'], ['G']]],
    ];
    expect(cfd.map((day) => [day.date, day.states.map((s) => s.count), day.states.map((s) => s.itemIds)])).toEqual(
      expected,
    );
    expect(cfd[0]!.states.map((s) => [s.stateId, s.category])).toEqual(states.map((s) => [s.stateId, s.category]));
  });

  it('rebuilds the same daily counts from a base before the window and per-day deltas', () => {
    // At the end of 03-01: C backlog; A, F todo; D, H, M doing; L done.
    const base = new Map([
      ['backlog', 1],
      ['todo', 2],
      ['doing', 3],
      ['done', 1],
    ]);
    const deltas: StateDayDelta[] = [
      // 03-02: A todo→doing; B, E created in todo
      { day: '2026-03-02', stateId: 'todo', delta: 1 },
      { day: '2026-03-02', stateId: 'doing', delta: 1 },
      // 03-03: B, E todo→doing; D doing→done; G created in todo
      { day: '2026-03-03', stateId: 'todo', delta: -1 },
      { day: '2026-03-03', stateId: 'doing', delta: 1 },
      { day: '2026-03-03', stateId: 'done', delta: 1 },
      // 03-04: A, E doing→done; F todo→doing
      { day: '2026-03-04', stateId: 'todo', delta: -1 },
      { day: '2026-03-04', stateId: 'doing', delta: -1 },
      { day: '2026-03-04', stateId: 'done', delta: 2 },
      // 03-05: B doing→review→done, D done→doing, G todo→doing
      { day: '2026-03-05', stateId: 'todo', delta: -1 },
      { day: '2026-03-05', stateId: 'doing', delta: 1 },
      { day: '2026-03-05', stateId: 'review', delta: 0 },
      // 03-06: C backlog→doing→done
      { day: '2026-03-06', stateId: 'backlog', delta: -1 },
      { day: '2026-03-06', stateId: 'done', delta: 1 },
      // 03-07: E done→review
      { day: '2026-03-07', stateId: 'done', delta: -1 },
      { day: '2026-03-07', stateId: 'review', delta: 1 },
      // 03-08: F archived out of doing; G doing→canceled
      { day: '2026-03-08', stateId: 'doing', delta: -2 },
      { day: '2026-03-08', stateId: 'canceled', delta: 1 },
      // 03-09: D doing→done; J created in todo
      { day: '2026-03-09', stateId: 'doing', delta: -1 },
      { day: '2026-03-09', stateId: 'done', delta: 1 },
      { day: '2026-03-09', stateId: 'todo', delta: 1 },
      // 03-10: J todo→done
      { day: '2026-03-10', stateId: 'todo', delta: -1 },
      { day: '2026-03-10', stateId: 'done', delta: 1 },
      // outside the window: ignored
      { day: '2026-03-01', stateId: 'done', delta: 5 },
      { day: '2026-03-12', stateId: 'done', delta: 5 },
    ];
    const fromDeltas = cumulativeFlowFromDeltas(deltas, base, window, states);
    expect(fromDeltas).toEqual(
      cfd.map((day) => ({ date: day.date, states: day.states.map(({ itemIds: _ids, ...count }) => count) })),
    );
  });

  it('counts work in progress at the end of each day from the started states, reopened work included', () => {
    // doing + review of the CFD rows above
    expect(wipFromCumulativeFlow(cfd, defaultClassifier).map((p) => [p.date, p.count, p.itemIds])).toEqual([
      ['2026-03-02', 4, ['A', 'D', 'H', 'M']], // 4 + 0
      ['2026-03-03', 5, ['A', 'B', 'E', 'H', 'M']], // 5 + 0 (D finished, for now)
      ['2026-03-04', 4, ['B', 'F', 'H', 'M']], // 4 + 0
      ['2026-03-05', 5, ['D', 'F', 'G', 'H', 'M']], // 5 + 0 (D reopened)
      ['2026-03-06', 5, ['D', 'F', 'G', 'H', 'M']], // 5 + 0
      ['2026-03-07', 6, ['D', 'E', 'F', 'G', 'H', 'M']], // 5 + 1 (E reopened)
      ['2026-03-08', 4, ['D', 'E', 'H', 'M']], // 3 + 1 (F archived, G canceled)
      ['2026-03-09', 3, ['E', 'H', 'M']], // 2 + 1
      ['2026-03-10', 3, ['E', 'H', 'M']], // 2 + 1
      ['2026-03-11', 3, ['E', 'H', 'M']], // 2 + 1
    ]);
  });

  it('lists the items in progress at the end of the window oldest first, flagging those above p85 cycle time', () => {
    const threshold = leadCycleTimes(items, window).cycleTime.p85; // 12
    const aging = agingWip(items, window, threshold);
    // H 02-23..03-11 = 6 + 11 = 17 > 12; M 02-28..03-11 = 1 + 11 = 12, not above; E 03-03..03-11 = 9.
    // F (archived), G (canceled) and the finished items are out.
    expect(aging).toMatchObject({ thresholdDays: 12, count: 3, agingCount: 1 });
    expect(aging.items.map((i) => [i.id, i.ageDays, i.aging, i.stateId])).toEqual([
      ['H', 17, true, 'doing'],
      ['M', 12, false, 'doing'],
      ['E', 9, false, 'review'],
    ]);
  });

  it('counts items created and finished on each day', () => {
    expect(createdVsResolved(items, window).map((p) => [p.date, p.created, p.resolved, p.createdItemIds])).toEqual([
      ['2026-03-02', 2, 0, ['B', 'E']],
      ['2026-03-03', 1, 0, ['G']],
      ['2026-03-04', 0, 1, []],
      ['2026-03-05', 0, 1, []],
      ['2026-03-06', 0, 1, []],
      ['2026-03-07', 0, 0, []],
      ['2026-03-08', 0, 0, []],
      ['2026-03-09', 1, 1, ['J']],
      ['2026-03-10', 0, 1, []],
      ['2026-03-11', 0, 0, []],
    ]);
  });

  it('puts finished items on the control chart in order of finishing with a rolling mean of three', () => {
    const points = controlChart(items, window, 3);
    expect(points.map((p) => [p.id, p.cycleTimeDays])).toEqual([
      ['A', 3],
      ['B', 3],
      ['C', 1],
      ['D', 12],
      ['J', 1],
    ]);
    const averages = points.map((p) => p.rollingAverageDays);
    // 3 / 1, (3 + 3) / 2, (3 + 3 + 1) / 3, (3 + 1 + 12) / 3, (1 + 12 + 1) / 3
    [3, 3, 2.3333333, 5.3333333, 4.6666667].forEach((expected, i) => expect(averages[i]).toBeCloseTo(expected, 6));
  });

  it('groups by assignee, unassigned items in none, leaving out items neither finished nor in progress', () => {
    const groups = groupFlowMetrics(items, window, 'ASSIGNEE');
    // u1: A, B finished; E, H open. u2: C, D finished; F archived (out). none: J finished; M open; G, L out.
    expect(groups.map((g) => [g.key, g.throughput, g.wip])).toEqual([
      ['u1', 2, 2],
      ['u2', 2, 0],
      ['none', 1, 1],
    ]);
    const [u1, u2, none] = groups;
    // u1 cycle 3, 3; lead 6, 4: mean 5, √((1 + 1) / 1) = 1.4142136, p50 rank 1 → 4, p85 rank ⌈1.7⌉ = 2 → 6
    expect(u1!.cycleTime).toMatchObject({ count: 2, mean: 3, standardDeviation: 0, p50: 3, p85: 3 });
    expect(u1!.leadTime).toMatchObject({ count: 2, mean: 5, p50: 4, p85: 6, p95: 6 });
    expect(u1!.leadTime.standardDeviation).toBeCloseTo(1.4142136, 6);
    // u2 cycle 1, 12: mean 6.5, √(5.5² · 2) = 7.7781746
    expect(u2!.cycleTime).toMatchObject({ mean: 6.5, p50: 1, p85: 12 });
    expect(u2!.cycleTime.standardDeviation).toBeCloseTo(7.7781746, 6);
    expect(none!.cycleTime).toMatchObject({ count: 1, mean: 1, standardDeviation: null });
  });

  it('groups by label, an item with two labels in both groups', () => {
    // l1: A, B finished. l2: A finished. none: C, D, J finished; E, H, M open.
    expect(groupFlowMetrics(items, window, 'LABEL').map((g) => [g.key, g.throughput, g.wip])).toEqual([
      ['l1', 2, 0],
      ['l2', 1, 0],
      ['none', 3, 3],
    ]);
  });

  it('groups by type and by the teams of the project', () => {
    // BUG: B, J finished, E open. STORY: A, C, D finished, H open. TASK: M open.
    expect(groupFlowMetrics(items, window, 'TYPE').map((g) => [g.key, g.throughput, g.wip])).toEqual([
      ['BUG', 2, 1],
      ['STORY', 3, 1],
      ['TASK', 0, 1],
    ]);
    const teamIdsByProject = new Map([['p1', ['t2', 't1']]]);
    expect(
      groupFlowMetrics(items, window, 'TEAM', { teamIdsByProject }).map((g) => [g.key, g.throughput, g.wip]),
    ).toEqual([
      ['t1', 5, 3],
      ['t2', 5, 3],
    ]);
  });
});
