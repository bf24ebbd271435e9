import { createWorkItem, dataOf, errorOf, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import {
  addItemsToSprint,
  archiveItem,
  completeSprint,
  createItems,
  createSprint,
  runAs,
  startSprint,
  transitionItem,
  untilSprintsCaughtUp,
} from './support';

const stack = useTestStack();

const forecastQuery = `query ($id: ID!, $remainingPoints: Float, $epicId: ID, $lastSprints: Int, $percentiles: [Int!]) {
  project(id: $id) {
    forecast(remainingPoints: $remainingPoints, epicId: $epicId, lastSprints: $lastSprints, percentiles: $percentiles) {
      remainingPoints sampleSize percentiles { percentile velocity sprints }
    }
  }
}`;

const velocityQuery = `query ($id: ID!, $lastSprints: Int) {
  project(id: $id) { velocity(lastSprints: $lastSprints) { sprints { completedPoints } mean median standardDeviation } }
}`;

describe('velocity and forecast', () => {
  let team: ProjectTeam;
  let other: ProjectTeam;

  const forecast = (token: string, variables: Record<string, unknown>) =>
    runAs(stack, token, forecastQuery, { id: team.project.id, ...variables });

  beforeAll(async () => {
    [team, other] = await Promise.all([seedProjectTeam(stack), seedProjectTeam(stack)]);
  });

  describe('without completed sprints', () => {
    it('has no velocity figures', async () => {
      const res = await runAs(stack, team.viewer.token, velocityQuery, { id: team.project.id });
      expect(dataOf(res).project.velocity).toEqual({ sprints: [], mean: null, median: null, standardDeviation: null });
    });

    it('cannot tell how many sprints work takes, except when nothing remains', async () => {
      expect(dataOf(await forecast(team.viewer.token, { remainingPoints: 10 })).project.forecast).toEqual({
        remainingPoints: 10,
        sampleSize: 0,
        percentiles: [
          { percentile: 50, velocity: null, sprints: null },
          { percentile: 85, velocity: null, sprints: null },
        ],
      });
      expect(
        dataOf(await forecast(team.viewer.token, { remainingPoints: 0, percentiles: [70] })).project.forecast,
      ).toEqual({ remainingPoints: 0, sampleSize: 0, percentiles: [{ percentile: 70, velocity: null, sprints: 0 }] });
    });
  });

  it('sums the unfinished estimates under an epic at every depth', async () => {
    const { member } = team;
    const create = async (type: string, estimate: number | null, parentId?: string) =>
      (await createWorkItem(stack, member.token, { projectId: team.project.id, type, title: type, estimate, parentId }))
        .id;
    const epic = await create('EPIC', 100);
    const story = await create('STORY', 5, epic);
    await create('SUBTASK', 3, story);
    const doneSubtask = await create('SUBTASK', 2, story);
    const archivedSubtask = await create('SUBTASK', 8, story);
    const canceledStory = await create('STORY', 13, epic);
    await create('SUBTASK', 1, canceledStory);
    await create('TASK', null, epic);
    await create('BUG', 0.5, epic);
    const otherEpic = await create('EPIC', null);
    await create('STORY', 40, otherEpic);
    await transitionItem(stack, member.token, doneSubtask, 'Done');
    await transitionItem(stack, member.token, canceledStory, 'Canceled');
    await archiveItem(stack, member.token, archivedSubtask);
    await untilSprintsCaughtUp(stack);

    // 5 (story) + 3 (subtask) + 1 (subtask of the canceled story) + 0.5 (bug); the epic's own 100 is no descendant.
    expect(dataOf(await forecast(team.viewer.token, { epicId: epic })).project.forecast).toEqual({
      remainingPoints: 9.5,
      sampleSize: 0,
      percentiles: [
        { percentile: 50, velocity: null, sprints: null },
        { percentile: 85, velocity: null, sprints: null },
      ],
    });
    expect(dataOf(await forecast(team.viewer.token, { epicId: otherEpic })).project.forecast.remainingPoints).toBe(40);
  });

  it('needs no sprint for an epic with nothing left', async () => {
    const epic = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      type: 'EPIC',
      title: 'E',
    });
    await untilSprintsCaughtUp(stack);
    expect(dataOf(await forecast(team.viewer.token, { epicId: epic.id })).project.forecast).toEqual({
      remainingPoints: 0,
      sampleSize: 0,
      percentiles: [
        { percentile: 50, velocity: null, sprints: 0 },
        { percentile: 85, velocity: null, sprints: 0 },
      ],
    });
  });

  it('cannot forecast at a velocity of 0', async () => {
    const { member, viewer, project } = other;
    const [four, six, one] = await createItems(stack, member.token, project.id, [4, 6, 1]);
    // Three sprints in January: nothing done in the first two, 4 points in the last.
    for (const [i, item] of [six, one, four].entries()) {
      const sprintId = await createSprint(stack, member.token, project.id, {
        name: `Sprint ${i + 1}`,
        startDate: `2026-01-${String(5 + 7 * i).padStart(2, '0')}`,
        endDate: `2026-01-${String(9 + 7 * i).padStart(2, '0')}`,
      });
      await addItemsToSprint(stack, member.token, sprintId, [item!]);
      await startSprint(stack, member.token, sprintId);
      if (item === four) {
        await transitionItem(stack, member.token, item!, 'Done');
        await untilSprintsCaughtUp(stack);
      }
      await completeSprint(stack, member.token, sprintId);
    }
    const res = await runAs(stack, viewer.token, forecastQuery, {
      id: project.id,
      remainingPoints: 6,
      percentiles: [50, 25, 1],
    });
    // Velocities 0, 0 and 4: the 50th percentile is 0, the 25th 2 (the 75th percentile), the 1st 3.92.
    expect(dataOf(res).project.forecast).toEqual({
      remainingPoints: 6,
      sampleSize: 3,
      percentiles: [
        { percentile: 50, velocity: 0, sprints: null },
        { percentile: 25, velocity: 2, sprints: 3 },
        { percentile: 1, velocity: 3.92, sprints: 2 },
      ],
    });
    const lastOne = await runAs(stack, viewer.token, forecastQuery, {
      id: project.id,
      remainingPoints: 6,
      lastSprints: 1,
      percentiles: [50],
    });
    expect(dataOf(lastOne).project.forecast.percentiles).toEqual([{ percentile: 50, velocity: 4, sprints: 2 }]);
    const velocity = await runAs(stack, viewer.token, velocityQuery, { id: project.id, lastSprints: 50 });
    expect(dataOf(velocity).project.velocity).toEqual({
      sprints: [{ completedPoints: 4 }, { completedPoints: 0 }, { completedPoints: 0 }],
      mean: 1.33333333333333, // 4 / 3
      median: 0,
      standardDeviation: 1.88561808316413, // √(32 / 9)
    });
  });

  describe('refuses', () => {
    it.each([
      ['neither remaining points nor an epic', {}, 'remainingPoints'],
      ['both remaining points and an epic', { remainingPoints: 3, epicId: 'epic' }, 'epicId'],
      ['negative remaining points', { remainingPoints: -1 }, 'remainingPoints'],
      ['no sprints to sample', { remainingPoints: 3, lastSprints: 0 }, 'lastSprints'],
      ['more than 50 sprints to sample', { remainingPoints: 3, lastSprints: 51 }, 'lastSprints'],
      ['a percentile of 0', { remainingPoints: 3, percentiles: [50, 0] }, 'percentiles'],
      ['a percentile of 100', { remainingPoints: 3, percentiles: [100] }, 'percentiles'],
      [
        'more than 10 percentiles',
        { remainingPoints: 3, percentiles: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
        'percentiles',
      ],
      ['a malformed epic ID', { epicId: 'not-an-id' }, 'epicId'],
    ])('a forecast with %s', async (_case, variables, field) => {
      expect(errorOf(await forecast(team.viewer.token, variables))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('a forecast for an item that is no epic of the project', async () => {
      const task = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Task' });
      const foreignEpic = await createWorkItem(stack, other.member.token, {
        projectId: other.project.id,
        type: 'EPIC',
        title: 'Foreign',
      });
      await untilSprintsCaughtUp(stack);
      for (const epicId of [task.id, foreignEpic.id]) {
        expect(errorOf(await forecast(team.viewer.token, { epicId }))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'epicId',
        });
      }
    });

    it.each([0, 51])('a velocity of %p sprints', async (lastSprints) => {
      const res = await runAs(stack, team.viewer.token, velocityQuery, { id: team.project.id, lastSprints });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastSprints' });
    });

    it('velocity and forecast to people outside the project', async () => {
      const res = await runAs(
        stack,
        team.outsider.token,
        `query ($id: ID!) { project(id: $id) { velocity { mean } forecast(remainingPoints: 5) { sampleSize } } }`,
        { id: team.project.id },
      );
      expect(res.body.data?.project ?? null).toBeNull();
      expect(errorOf(res).code).toBe('NOT_FOUND');
    });
  });
});
