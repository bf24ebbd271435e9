import { issueAccessToken } from '../../lib/auth/access-token';
import {
  createWorkItem,
  dataOf,
  errorOf,
  rawId,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import {
  addItemsToSprint,
  completeSprint,
  createItems,
  createSprint,
  estimateItem,
  removeItemsFromSprint,
  runAs,
  setSprintCapacity,
  startSprint,
  transitionItem,
  untilSprintsCaughtUp,
  type StateName,
} from './support';
import { fakeDateFrom } from '../testkit/fake-date';

// Sprint figures depend on the day: only Date is faked, it keeps running from wherever the test
// moves it (always forward), and the whole stack runs in this process, so event times, sprint
// writes and "now" all follow it.
fakeDateFrom(new Date('2026-02-02T08:00:00Z'));

const stack = useTestStack();

const figuresQuery = `query ($id: ID!) {
  sprint(id: $id) {
    state committedPoints committedItemCount completedPoints completedItemCount remainingPoints overcommitted
    capacity {
      workingDays availableDays points
      members { user { id } daysOff availableDays focusFactor pointsPerDay points }
    }
    scopeChange {
      addedPoints removedPoints reestimatedPoints addedItemCount removedItemCount
      changes { totalCount edges { node { kind workItem { id } points actor { id } at } } }
    }
    burndown { date remainingPoints completedPoints idealRemainingPoints }
    burnup { date scopePoints completedPoints }
  }
}`;

interface Figures {
  state: string;
  committedPoints: number;
  committedItemCount: number;
  completedPoints: number;
  completedItemCount: number;
  remainingPoints: number;
  overcommitted: boolean;
  capacity: unknown;
  scopeChange: {
    addedPoints: number;
    removedPoints: number;
    reestimatedPoints: number;
    addedItemCount: number;
    removedItemCount: number;
    changes: { totalCount: number; edges: { node: Change }[] };
  };
  burndown: {
    date: string;
    remainingPoints: number | null;
    completedPoints: number | null;
    idealRemainingPoints: number;
  }[];
  burnup: { date: string; scopePoints: number | null; completedPoints: number | null }[];
}

interface Change {
  kind: string;
  workItem: { id: string };
  points: number;
  actor: { id: string } | null;
  at: string;
}

const days = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
  '2026-03-08',
  '2026-03-09',
  '2026-03-10',
  '2026-03-11',
];

/** Rows of [remaining, completed, scope, ideal], one per day of the main sprint; null: not reached. */
type Row = [number | null, number | null, number | null, number];

/** Rows of days not reached yet: only the ideal line. */
const unreached = (...ideals: number[]): Row[] => ideals.map((ideal) => [null, null, null, ideal]);

function expectDays(figures: Figures, rows: Row[]): void {
  expect(figures.burndown).toEqual(
    rows.map(([remaining, completed, , ideal], i) => ({
      date: days[i],
      remainingPoints: remaining,
      completedPoints: completed,
      idealRemainingPoints: ideal,
    })),
  );
  expect(figures.burnup).toEqual(
    rows.map(([, completed, scope], i) => ({ date: days[i], scopePoints: scope, completedPoints: completed })),
  );
}

// A team runs three short sprints in February, then a ten-day sprint in March (Mon 2 – Wed 11) with
// ten estimated items and three members' capacities: seven items get done (one of them reopened on
// the way), one is re-estimated, one added and one removed mid-sprint, and the rest carries over.
describe('a sprint from planning to completion, day by day', () => {
  let team: ProjectTeam;
  const tokens = { admin: '', member: '', viewer: '' };

  /** Moves the clock forward to `iso` and signs fresh access tokens (they last 15 minutes). */
  async function clockAt(iso: string): Promise<void> {
    jest.setSystemTime(new Date(iso));
    for (const role of ['admin', 'member', 'viewer'] as const) {
      tokens[role] = (await issueAccessToken(stack.jwtSecret, rawId(team[role].userId))).token;
    }
  }

  const figuresOf = async (sprintId: string): Promise<Figures> =>
    dataOf(await runAs(stack, tokens.viewer, figuresQuery, { id: sprintId })).sprint;

  /** At `iso`, the member moves the items to the state; returns once the read model has them. */
  async function moveItemsAt(iso: string, ids: string[], state: StateName): Promise<void> {
    await clockAt(iso);
    for (const id of ids) await transitionItem(stack, tokens.member, id, state);
    await untilSprintsCaughtUp(stack);
  }

  /** A short sprint of the given items, of which those at `doneIndexes` get done. */
  async function pastSprint(name: string, monday: string, friday: string, estimates: number[], done: number[]) {
    await clockAt(`${monday}T08:00:00Z`);
    const items = await createItems(stack, tokens.member, team.project.id, estimates);
    const sprintId = await createSprint(stack, tokens.member, team.project.id, {
      name,
      startDate: monday,
      endDate: friday,
    });
    await addItemsToSprint(stack, tokens.member, sprintId, items);
    await clockAt(`${monday}T09:00:00Z`);
    await startSprint(stack, tokens.member, sprintId);
    await moveItemsAt(
      `${friday}T12:00:00Z`,
      done.map((i) => items[i]!),
      'Done',
    );
    await clockAt(`${friday}T17:00:00Z`);
    await completeSprint(stack, tokens.member, sprintId);
    return sprintId;
  }

  let past: string[];
  let epicId: string;
  let items: string[];
  let added: string;
  let sprintId: string;
  let nextSprintId: string;

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    past = [
      await pastSprint('Sprint 1', '2026-02-02', '2026-02-06', [8, 8, 5], [0, 1]),
      await pastSprint('Sprint 2', '2026-02-09', '2026-02-13', [13, 8, 7], [0, 1, 2]),
      await pastSprint('Sprint 3', '2026-02-16', '2026-02-20', [5, 5, 5, 5, 3], [0, 1, 2, 3]),
    ];

    // Friday before: the epic and its eleven tasks (ten planned, one added later), the sprint and
    // its capacity. Ada is off on Friday 6 and Monday 9 (Saturday 7 is no working day), Vi on the 11th.
    await clockAt('2026-02-27T10:00:00Z');
    epicId = (
      await createWorkItem(stack, tokens.member, { projectId: team.project.id, type: 'EPIC', title: 'Checkout' })
    ).id;
    items = [];
    for (const [i, estimate] of [1, 2, 3, 3, 5, 5, 5, 8, 8, 5, 3].entries()) {
      const item = await createWorkItem(stack, tokens.member, {
        projectId: team.project.id,
        title: `Checkout step ${i + 1}`,
        parentId: epicId,
        estimate,
      });
      items.push(item.id);
    }
    added = items.pop()!;
    await untilSprintsCaughtUp(stack);
    sprintId = await createSprint(stack, tokens.member, team.project.id, {
      name: 'Sprint 4',
      startDate: '2026-03-02',
      endDate: '2026-03-11',
    });
    await addItemsToSprint(stack, tokens.member, sprintId, items);
    await setSprintCapacity(stack, tokens.member, sprintId, [
      {
        userId: team.admin.userId,
        daysOff: ['2026-03-09', '2026-03-07', '2026-03-06'],
        focusFactor: 0.5,
        pointsPerDay: 4,
      },
      { userId: team.member.userId, focusFactor: 0.75, pointsPerDay: 4 },
      { userId: team.viewer.userId, daysOff: ['2026-03-11'], pointsPerDay: 1 },
    ]);
  }, 120_000);

  const capacity = () => ({
    workingDays: 8,
    availableDays: 21,
    points: 43,
    members: [
      {
        user: { id: team.admin.userId },
        daysOff: ['2026-03-06', '2026-03-09'],
        availableDays: 6,
        focusFactor: 0.5,
        pointsPerDay: 4,
        points: 12,
      },
      {
        user: { id: team.member.userId },
        daysOff: [],
        availableDays: 8,
        focusFactor: 0.75,
        pointsPerDay: 4,
        points: 24,
      },
      {
        user: { id: team.viewer.userId },
        daysOff: ['2026-03-11'],
        availableDays: 7,
        focusFactor: 1,
        pointsPerDay: 1,
        points: 7,
      },
    ],
  });

  it('shows the plan before the start: the planned points, the capacity, no figures yet', async () => {
    const figures = await figuresOf(sprintId);
    expect(figures).toMatchObject({
      state: 'PLANNED',
      committedPoints: 45,
      committedItemCount: 10,
      completedPoints: 0,
      completedItemCount: 0,
      remainingPoints: 45,
      overcommitted: true,
      capacity: capacity(),
      scopeChange: {
        addedPoints: 0,
        removedPoints: 0,
        reestimatedPoints: 0,
        addedItemCount: 0,
        removedItemCount: 0,
        changes: { totalCount: 0, edges: [] },
      },
    });
    expectDays(figures, unreached(45, 40, 35, 30, 25, 20, 15, 10, 5, 0));
  });

  it('follows the running sprint up to the current moment', async () => {
    const [i1, i2, i3, i4, i5, , , i8] = items;
    await clockAt('2026-03-02T09:00:00Z');
    expect(await startSprint(stack, tokens.member, sprintId)).toMatchObject({
      committedPoints: 45,
      committedItemCount: 10,
    });
    await moveItemsAt('2026-03-02T15:00:00Z', [i1!, i2!], 'Done');
    await moveItemsAt('2026-03-03T10:00:00Z', [i3!], 'Done');
    await moveItemsAt('2026-03-03T14:00:00Z', [i4!], 'Done');
    // Wednesday: 8 → 13 on one item, and a done one reopened.
    await clockAt('2026-03-04T11:00:00Z');
    await estimateItem(stack, tokens.member, i8!, 13);
    await moveItemsAt('2026-03-04T16:00:00Z', [i4!], 'In progress');
    // Thursday: the admin adds a 3-point item, and one more gets done.
    await clockAt('2026-03-05T10:00:00Z');
    await addItemsToSprint(stack, tokens.admin, sprintId, [added]);
    await moveItemsAt('2026-03-05T15:00:00Z', [i5!], 'Done');

    await clockAt('2026-03-05T16:00:00Z');
    const figures = await figuresOf(sprintId);
    expect(figures).toMatchObject({
      state: 'ACTIVE',
      committedPoints: 45,
      committedItemCount: 10,
      completedPoints: 11,
      completedItemCount: 4,
      remainingPoints: 42,
      overcommitted: true,
      scopeChange: {
        addedPoints: 3,
        removedPoints: 0,
        reestimatedPoints: 5,
        addedItemCount: 1,
        removedItemCount: 0,
      },
    });
    expectDays(figures, [
      [42, 3, 45, 45],
      [36, 9, 45, 40],
      [44, 6, 50, 35],
      [42, 11, 53, 30],
      ...unreached(25, 20, 15, 10, 5, 0),
    ]);
  });

  it('records the completed sprint and replays every day of it', async () => {
    const [, , , i4, , i6, i7, i8, , i10] = items;
    await moveItemsAt('2026-03-06T12:00:00Z', [i6!], 'Done');
    // Monday: an item leaves the sprint, the reopened one is done again.
    await clockAt('2026-03-09T10:00:00Z');
    await removeItemsFromSprint(stack, tokens.member, sprintId, [i10!]);
    await moveItemsAt('2026-03-09T11:00:00Z', [i4!], 'Done');
    await moveItemsAt('2026-03-10T13:00:00Z', [i7!], 'Done');
    await clockAt('2026-03-11T16:00:00Z');
    nextSprintId = await createSprint(stack, tokens.member, team.project.id, {
      name: 'Sprint 5',
      startDate: '2026-03-12',
      endDate: '2026-03-18',
    });
    await clockAt('2026-03-11T17:00:00Z');
    expect(await completeSprint(stack, tokens.member, sprintId, nextSprintId)).toMatchObject({
      carriedOverItemCount: 3,
      carriedOverTo: { id: nextSprintId },
    });

    // Looked at a week later: nothing after the completion counts.
    await moveItemsAt('2026-03-18T09:00:00Z', [i8!], 'Done');
    const figures = await figuresOf(sprintId);
    expect(figures).toMatchObject({
      state: 'COMPLETED',
      committedPoints: 45,
      committedItemCount: 10,
      completedPoints: 24,
      completedItemCount: 7,
      remainingPoints: 24,
      overcommitted: true,
      capacity: capacity(),
      scopeChange: {
        addedPoints: 3,
        removedPoints: 5,
        reestimatedPoints: 5,
        addedItemCount: 1,
        removedItemCount: 1,
      },
    });
    expect(figures.scopeChange.changes.totalCount).toBe(3);
    expect(figures.scopeChange.changes.edges.map(({ node }) => node)).toEqual([
      {
        kind: 'REESTIMATED',
        workItem: { id: i8 },
        points: 5,
        actor: { id: team.member.userId },
        at: expect.stringMatching(/^2026-03-04T11:00:/),
      },
      {
        kind: 'ADDED',
        workItem: { id: added },
        points: 3,
        actor: { id: team.admin.userId },
        at: expect.stringMatching(/^2026-03-05T10:00:/),
      },
      {
        kind: 'REMOVED',
        workItem: { id: i10 },
        points: -5,
        actor: { id: team.member.userId },
        at: expect.stringMatching(/^2026-03-09T10:00:/),
      },
    ]);
    // remaining, completed, scope, ideal
    expectDays(figures, [
      [42, 3, 45, 45], // 1 and 2 done
      [36, 9, 45, 40], // 3 and 4 done
      [44, 6, 50, 35], // 8 re-estimated to 13, 4 reopened
      [42, 11, 53, 30], // the 3-point item added, 5 done
      [37, 16, 53, 25], // 6 done
      [37, 16, 53, 20],
      [37, 16, 53, 15],
      [29, 19, 48, 10], // 10 removed, 4 done again
      [24, 24, 48, 5], // 7 done
      [24, 24, 48, 0], // completed at 17:00
    ]);
  });

  it('pages through the scope changes, oldest first', async () => {
    const page = async (variables: Record<string, unknown>) =>
      runAs(
        stack,
        tokens.viewer,
        `query ($id: ID!, $first: Int, $after: String) {
          sprint(id: $id) { scopeChange { changes(first: $first, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { kind } }
          } } }
        }`,
        { id: sprintId, ...variables },
      );
    const first = dataOf(await page({ first: 2 })).sprint.scopeChange.changes;
    expect(first).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      edges: [{ node: { kind: 'REESTIMATED' } }, { node: { kind: 'ADDED' } }],
    });
    const second = dataOf(await page({ first: 2, after: first.pageInfo.endCursor })).sprint.scopeChange.changes;
    expect(second).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      edges: [{ node: { kind: 'REMOVED' } }],
    });
    expect(errorOf(await page({ after: 'bogus' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('plans the next sprint with what was carried over', async () => {
    const figures = await figuresOf(nextSprintId);
    expect(figures).toMatchObject({
      state: 'PLANNED',
      committedPoints: 24,
      committedItemCount: 3,
      completedPoints: 13,
      completedItemCount: 1,
      remainingPoints: 11,
      overcommitted: false,
      capacity: { workingDays: 5, availableDays: 0, points: 0, members: [] },
      scopeChange: { addedPoints: 0, removedPoints: 0, reestimatedPoints: 0, addedItemCount: 0, removedItemCount: 0 },
    });
    expect(figures.burndown.map((day) => [day.date, day.remainingPoints, day.idealRemainingPoints])).toEqual([
      ['2026-03-12', null, 24],
      ['2026-03-13', null, 20],
      ['2026-03-14', null, 16],
      ['2026-03-15', null, 12],
      ['2026-03-16', null, 8],
      ['2026-03-17', null, 4],
      ['2026-03-18', null, 0],
    ]);
  });

  it('reports the velocity of the completed sprints, most recent first', async () => {
    const res = await runAs(
      stack,
      tokens.viewer,
      `query ($id: ID!) {
        project(id: $id) {
          all: velocity { sprints { sprint { id name } committedPoints completedPoints } mean median standardDeviation }
          lastTwo: velocity(lastSprints: 2) { sprints { sprint { name } } mean median standardDeviation }
        }
      }`,
      { id: team.project.id },
    );
    const { all, lastTwo } = dataOf(res).project;
    expect(all).toEqual({
      sprints: [
        { sprint: { id: sprintId, name: 'Sprint 4' }, committedPoints: 45, completedPoints: 24 },
        { sprint: { id: past[2], name: 'Sprint 3' }, committedPoints: 23, completedPoints: 20 },
        { sprint: { id: past[1], name: 'Sprint 2' }, committedPoints: 28, completedPoints: 28 },
        { sprint: { id: past[0], name: 'Sprint 1' }, committedPoints: 21, completedPoints: 16 },
      ],
      mean: 22,
      median: 22,
      standardDeviation: 4.47213595499958, // √20
    });
    expect(lastTwo).toEqual({
      sprints: [{ sprint: { name: 'Sprint 4' } }, { sprint: { name: 'Sprint 3' } }],
      mean: 22,
      median: 22,
      standardDeviation: 2,
    });
  });

  it('forecasts from the velocities 16, 20, 24 and 28', async () => {
    const res = await runAs(
      stack,
      tokens.viewer,
      `query ($id: ID!, $epicId: ID!) {
        project(id: $id) {
          byPoints: forecast(remainingPoints: 100) { remainingPoints sampleSize percentiles { percentile velocity sprints } }
          wide: forecast(remainingPoints: 100, percentiles: [95, 50, 10]) { percentiles { percentile velocity sprints } }
          recent: forecast(remainingPoints: 100, lastSprints: 2) { sampleSize percentiles { percentile velocity sprints } }
          epic: forecast(epicId: $epicId) { remainingPoints sampleSize percentiles { percentile velocity sprints } }
        }
      }`,
      { id: team.project.id, epicId },
    );
    const { byPoints, wide, recent, epic } = dataOf(res).project;
    expect(byPoints).toEqual({
      remainingPoints: 100,
      sampleSize: 4,
      percentiles: [
        { percentile: 50, velocity: 22, sprints: 5 }, // 20 + 0.5 × 4
        { percentile: 85, velocity: 17.8, sprints: 6 }, // 16 + 0.45 × 4
      ],
    });
    expect(wide.percentiles).toEqual([
      { percentile: 95, velocity: 16.6, sprints: 7 }, // 16 + 0.15 × 4
      { percentile: 50, velocity: 22, sprints: 5 },
      { percentile: 10, velocity: 26.8, sprints: 4 }, // 24 + 0.7 × 4
    ]);
    expect(recent).toEqual({
      sampleSize: 2,
      percentiles: [
        { percentile: 50, velocity: 22, sprints: 5 },
        { percentile: 85, velocity: 20.6, sprints: 5 }, // 20 + 0.15 × 4
      ],
    });
    // Still open under the epic: 9 (8), 10 (5) and the added item (3); 8 is done by now.
    expect(epic).toEqual({
      remainingPoints: 16,
      sampleSize: 4,
      percentiles: [
        { percentile: 50, velocity: 22, sprints: 1 },
        { percentile: 85, velocity: 17.8, sprints: 1 },
      ],
    });
  });

  it('answers the figures and items of a page of sprints in as many statements as those of one sprint', async () => {
    const query = `query ($id: ID!, $first: Int!, $states: [SprintState!]) {
      project(id: $id) {
        sprints(first: $first, filter: { states: $states }) {
          edges { node {
            committedPoints completedPoints remainingPoints overcommitted
            capacity { points members { user { id } } }
            scopeChange { addedPoints changes { totalCount } }
            workItems { totalCount edges { workItemId outcome } }
            burndown { remainingPoints } burnup { scopePoints }
          } }
        }
      }
    }`;
    const statementsFor = async (first: number, states: string[] | null) => {
      const before = sqlStatementCount('sprints');
      const res = await runAs(stack, tokens.viewer, query, { id: team.project.id, first, states });
      expect(dataOf(res).project.sprints.edges).toHaveLength(first);
      return sqlStatementCount('sprints') - before;
    };
    // The planned sprint alone reads everything a page of planned and completed sprints does.
    expect(await statementsFor(5, null)).toBe(await statementsFor(1, ['PLANNED']));
  });
});
