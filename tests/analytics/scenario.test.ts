import { archiveItem, runAs, updateItem, type StateName } from '../sprints/support';
import {
  createWorkItem,
  dataOf,
  seedProjectTeam,
  untilAnalyticsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { encodeCursor } from '../../lib/relay';
import { fakeDateFrom } from '../testkit/fake-date';
import { personOnClock, type PersonOnClock } from './support';

// Flow figures depend on the day: only Date is faked, moving forward as the test says; the whole
// stack runs in this process, so event times follow it.
fakeDateFrom(new Date('2026-03-01T08:00:00Z'));

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads arbitrary selections
type Json = any;

const window = { from: '2026-03-02', to: '2026-03-11' };

const metricsQuery = `query ($id: ID!, $window: FlowWindowInput) {
  project(id: $id) {
    flowMetrics(window: $window) {
      window { from to }
      wip { date count }
      throughput { start end count workItems(first: 10) { totalCount edges { node { id } } } }
      weekly: throughput(interval: WEEK) { start end count }
      leadTime { count mean standardDeviation min p50 p85 p95 max histogram { days count } }
      leadBuckets: leadTime { histogram { days workItems { totalCount edges { node { id } } } } }
      cycleTime { count mean standardDeviation min p50 p85 p95 max histogram { days count workItems { edges { node { id } } } } }
      aging { thresholdDays count agingCount items { edges { node { workItem { id } ageDays aging startedAt } } } }
      cumulativeFlow { date states { category count workItems(first: 20) { totalCount } } }
      createdVsResolved { date created resolved createdItems { totalCount edges { node { id } } } resolvedItems { edges { node { id } } } }
      controlChart(rollingWindow: 2) { totalCount edges { node { workItem { id } cycleTimeDays rollingAverageDays } } }
    }
  }
}`;

const drilled = 'workItems(first: 10) { totalCount edges { node { id } } }';
const statistics = 'count mean standardDeviation min p50 p85 p95 max';
const distribution = `${statistics} histogram { days count ${drilled} }`;
const fewDrilled = 'workItems(first: 2) { totalCount edges { node { id } } }';
/** Every figure and drill-down, one field a request (the router's cost limit), on a population. */
const everyFigure = [
  `wip { date count ${drilled} }`,
  `throughput { start end count ${drilled} }`,
  `throughput(interval: WEEK) { start end count ${drilled} }`,
  `leadTime { ${distribution} }`,
  `cycleTime { ${distribution} }`,
  'aging { thresholdDays count agingCount items { edges { node { workItem { id } ageDays aging } } } }',
  `cumulativeFlow { date states { category count ${fewDrilled} } }`,
  'createdVsResolved { date created resolved createdItems(first: 10) { totalCount edges { node { id } } } }',
  'createdVsResolved { date resolvedItems(first: 10) { totalCount edges { node { id } } } }',
  'controlChart(rollingWindow: 3) { totalCount edges { node { workItem { id } cycleTimeDays rollingAverageDays } } }',
  // A group's buckets are drilled into through a narrowed population: groups × buckets × items costs too much.
  `groups(by: ASSIGNEE) { key throughput wip cycleTime { ${statistics} histogram { days count } } }`,
  `groups(by: ASSIGNEE) { key leadTime { ${statistics} histogram { days count } } }`,
  `groups(by: TYPE) { key throughput wip cycleTime { ${statistics} histogram { days count } } }`,
  'groups(by: LABEL) { key throughput wip }',
  'groups(by: TEAM) { key throughput wip }',
];
const figureQuery = (selection: string) => `query ($id: ID!, $window: FlowWindowInput, $filter: FlowFilterInput) {
  project(id: $id) { flowMetrics(window: $window, filter: $filter) { ${selection} } }
}`;

// Eight items over ten days (Mon 2 March - Wed 11 March 2026), moved through the default workflow
// (new items are in Backlog; In progress and In review are both IN_PROGRESS): every figure below is
// worked out by hand from this table.
//   A created 02, In progress 02, Done 04                 lead 3 (02..04), cycle 3
//   B created 02, In progress 03, Done 03                 lead 2, cycle 1
//   C created 02, In progress 04, In review 05, Done 09   lead 8, cycle 6
//   D created 03, In progress 05, Done 06, In progress 09 (reopened), Done 10
//                                                         lead 8 (03..10), cycle 6 (05..10)
//   E created 03, In progress 03, still in progress       age 9 on the 11th (03..11)
//   F created 04, In progress 10, still in progress       age 2
//   G created 04, Canceled 06                             discarded: never in progress, not throughput
//   H created 05, In progress 06, archived 08             leaves the flow on the 8th
describe('flow metrics of a project over ten days, every figure worked out by hand', () => {
  let team: ProjectTeam;
  let member: PersonOnClock;
  const ids: Record<string, string> = {};

  const create = async (name: string, day: string) => {
    await member.at(`2026-03-${day}T08:00:00Z`);
    ids[name] = (await createWorkItem(stack, member.token, { projectId: team.project.id, title: `Item ${name}` })).id;
  };
  const move = (name: string, day: string, hour: number, state: StateName) =>
    member.moveAt(`2026-03-${day}T${String(hour).padStart(2, '0')}:00:00Z`, ids[name]!, state);

  let metrics: Json;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    member = personOnClock(stack, team.member.userId);
    await create('A', '02');
    await create('B', '02');
    await create('C', '02');
    await move('A', '02', 10, 'In progress');
    await create('D', '03');
    await create('E', '03');
    await move('B', '03', 9, 'In progress');
    await move('B', '03', 15, 'Done');
    await move('E', '03', 10, 'In progress');
    await create('F', '04');
    await create('G', '04');
    await move('A', '04', 11, 'Done');
    await move('C', '04', 12, 'In progress');
    await create('H', '05');
    await move('C', '05', 9, 'In review');
    await move('D', '05', 10, 'In progress');
    await move('D', '06', 9, 'Done');
    await move('G', '06', 10, 'Canceled');
    await move('H', '06', 11, 'In progress');
    await member.at('2026-03-08T12:00:00Z');
    await archiveItem(stack, member.token, ids.H!);
    await move('C', '09', 9, 'Done');
    await move('D', '09', 10, 'In progress');
    await move('D', '10', 9, 'Done');
    await move('F', '10', 10, 'In progress');
    await member.at('2026-03-11T18:00:00Z');
    // Assignees change no figure above; they give the groups something to tell apart.
    for (const name of ['A', 'C', 'E']) {
      await updateItem(stack, member.token, ids[name]!, { assigneeId: team.member.userId });
    }
    await untilAnalyticsCaughtUp(stack);
    metrics = dataOf(await runAs(stack, member.token, metricsQuery, { id: team.project.id, window })).project
      .flowMetrics;
  }, 120_000);

  it('counts work in progress at the end of each day: started, not finished, discarded or archived', () => {
    // 02: A | 03: A E | 04: C E | 05: C D E | 06: C E H | 07: C E H | 08: C E (H archived)
    // 09: D E (D reopened) | 10: E F | 11: E F
    expect(metrics.wip.map((point: { count: number }) => point.count)).toEqual([1, 2, 2, 3, 3, 3, 2, 2, 2, 2]);
  });

  it('counts throughput on the day of the last finish, per day and per ISO week, with the items behind it', () => {
    // B on the 3rd, A on the 4th, C on the 9th, D on the 10th (its first finish on the 6th was undone).
    expect(metrics.throughput.map((point: { count: number }) => point.count)).toEqual([0, 1, 1, 0, 0, 0, 0, 1, 1, 0]);
    expect(metrics.throughput[1].workItems.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      ids.B,
    ]);
    expect(metrics.weekly).toEqual([
      { start: '2026-03-02', end: '2026-03-08', count: 2 },
      { start: '2026-03-09', end: '2026-03-15', count: 2 },
    ]);
  });

  it('gives lead times with nearest-rank percentiles, the mean and the sample standard deviation', () => {
    // [2, 3, 8, 8]: mean 21 / 4 = 5.25; squared deviations 10.5625 + 5.0625 + 7.5625 + 7.5625 = 30.75,
    // / 3 = 10.25, sd = 3.2016; p50 = 2nd of 4 = 3; p85 and p95 = 4th = 8.
    expect(metrics.leadTime).toEqual({
      count: 4,
      mean: 5.25,
      standardDeviation: expect.closeTo(Math.sqrt(10.25), 10),
      min: 2,
      p50: 3,
      p85: 8,
      p95: 8,
      max: 8,
      histogram: [
        { days: 2, count: 1 },
        { days: 3, count: 1 },
        { days: 8, count: 2 },
      ],
    });
  });

  it('gives cycle times from the first start, with the items of each bar', () => {
    // [1, 3, 6, 6]: mean 4; squared deviations 9 + 1 + 4 + 4 = 18, / 3 = 6, sd = 2.449; p50 3; p85, p95 6.
    const { histogram, ...stats } = metrics.cycleTime;
    expect(stats).toEqual({
      count: 4,
      mean: 4,
      standardDeviation: expect.closeTo(Math.sqrt(6), 10),
      min: 1,
      p50: 3,
      p85: 6,
      p95: 6,
      max: 6,
    });
    expect(histogram.map((bar: { days: number; count: number }) => [bar.days, bar.count])).toEqual([
      [1, 1],
      [3, 1],
      [6, 2],
    ]);
    expect(histogram[2].workItems.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual(
      [ids.C, ids.D].sort(),
    );
  });

  it('flags items in progress longer than the 85th percentile cycle time, oldest first', () => {
    expect(metrics.aging).toMatchObject({ thresholdDays: 6, count: 2, agingCount: 1 });
    expect(
      metrics.aging.items.edges.map(({ node }: { node: Json }) => [node.workItem.id, node.ageDays, node.aging]),
    ).toEqual([
      [ids.E, 9, true],
      [ids.F, 2, false],
    ]);
  });

  it('counts each state at the end of each day, without the archived item from its archiving on', () => {
    const byCategory = (date: string) => {
      const totals: Record<string, number> = {};
      const day = metrics.cumulativeFlow.find((candidate: { date: string }) => candidate.date === date);
      for (const state of day.states as { category: string; count: number }[]) {
        if (state.count) totals[state.category] = (totals[state.category] ?? 0) + state.count;
      }
      return totals;
    };
    // 02: A in progress; B and C in Backlog.
    expect(byCategory('2026-03-02')).toEqual({ BACKLOG: 2, IN_PROGRESS: 1 });
    // 07: C (In review), E, H in progress; A, B, D done; F in Backlog; G canceled.
    expect(byCategory('2026-03-07')).toEqual({ BACKLOG: 1, IN_PROGRESS: 3, DONE: 3, CANCELED: 1 });
    // 11: A, B, C, D done; E, F in progress; G canceled; H archived, gone.
    expect(byCategory('2026-03-11')).toEqual({ IN_PROGRESS: 2, DONE: 4, CANCELED: 1 });
  });

  it('counts items created and finished each day', () => {
    expect(
      metrics.createdVsResolved.map((point: { created: number; resolved: number }) => [point.created, point.resolved]),
    ).toEqual([
      [3, 0],
      [2, 1],
      [2, 1],
      [1, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('lists the items behind each day of created vs resolved and each lead time bucket', () => {
    const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
    const third = metrics.createdVsResolved[1];
    expect(third.createdItems.totalCount).toBe(2);
    expect(idsOf(third.createdItems).sort()).toEqual([ids.D, ids.E].sort());
    expect(idsOf(third.resolvedItems)).toEqual([ids.B]);
    const eightDays = metrics.leadBuckets.histogram.find((bucket: { days: number }) => bucket.days === 8);
    expect(eightDays.workItems.totalCount).toBe(2);
    expect(idsOf(eightDays.workItems).sort()).toEqual([ids.C, ids.D].sort());
  });

  it('draws the control chart in order of finishing with a rolling average', () => {
    // B 1 (avg 1), A 3 (avg (1+3)/2 = 2), C 6 (avg 4.5), D 6 (avg 6).
    expect(
      metrics.controlChart.edges.map(({ node }: { node: Json }) => [
        node.workItem.id,
        node.cycleTimeDays,
        node.rollingAverageDays,
      ]),
    ).toEqual([
      [ids.B, 1, 1],
      [ids.A, 3, 2],
      [ids.C, 6, 4.5],
      [ids.D, 6, 6],
    ]);
  });

  it('measures a population narrowed to every item exactly as the whole project, from items instead of daily counts', async () => {
    const measure = async (filter: Json) => {
      const figures = [];
      for (const selection of everyFigure) {
        const variables = { id: team.project.id, window, filter };
        figures.push(dataOf(await runAs(stack, member.token, figureQuery(selection), variables)).project.flowMetrics);
      }
      return figures;
    };
    const whole = await measure(null);
    expect(await measure({ types: ['EPIC', 'STORY', 'TASK', 'BUG', 'SUBTASK'] })).toEqual(whole);
    const byAssignee = whole[10].groups;
    expect(byAssignee.map((group: Json) => [group.throughput, group.wip])).toEqual([
      [2, 1],
      [2, 1],
    ]);
    expect(byAssignee[0].cycleTime.histogram.map((bucket: Json) => bucket.count)).toEqual([1, 1]);
  });

  it('pages the control chart, the rolling average counting the points of earlier pages', async () => {
    const pageQuery = `query ($id: ID!, $window: FlowWindowInput, $after: String) {
      project(id: $id) { flowMetrics(window: $window) {
        controlChart(rollingWindow: 2, first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { workItem { id } rollingAverageDays } }
        }
      } }
    }`;
    const pageOf = async (after: string | null) =>
      dataOf(await runAs(stack, member.token, pageQuery, { id: team.project.id, window, after })).project.flowMetrics
        .controlChart;
    const first = await pageOf(null);
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await pageOf(first.pageInfo.endCursor);
    expect(second.edges.map(({ node }: { node: Json }) => [node.workItem.id, node.rollingAverageDays])).toEqual([
      [ids.C, 4.5],
      [ids.D, 6],
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Not a cursor; a time PostgreSQL cannot hold; a time that is not the ISO instant a cursor carries.
    const anId = '00000000-0000-4000-8000-000000000000';
    for (const after of [
      'bm90IGEgY3Vyc29y',
      encodeCursor(['-271821-04-20T00:00:00.000Z', anId]),
      encodeCursor(['1', anId]),
    ]) {
      const bad = await runAs(stack, member.token, pageQuery, { id: team.project.id, window, after });
      expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('pages the control chart backward with the same points and rolling averages as forward', async () => {
    const pageQuery = `query ($id: ID!, $window: FlowWindowInput, $first: Int, $after: String, $last: Int, $before: String) {
      project(id: $id) { flowMetrics(window: $window) {
        controlChart(rollingWindow: 2, first: $first, after: $after, last: $last, before: $before) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { node { workItem { id } rollingAverageDays } }
        }
      } }
    }`;
    const pageOf = async (page: Record<string, unknown>) =>
      dataOf(await runAs(stack, member.token, pageQuery, { id: team.project.id, window, ...page })).project.flowMetrics
        .controlChart;
    const points = (page: Json) =>
      page.edges.map(({ node }: { node: Json }) => [node.workItem.id, node.rollingAverageDays]);
    const forward = await pageOf({ first: 4 });
    const end = await pageOf({ last: 2 });
    expect(points(end)).toEqual(points(forward).slice(2));
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const start = await pageOf({ last: 2, before: end.pageInfo.startCursor });
    expect(points(start)).toEqual(points(forward).slice(0, 2));
    expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });
});
