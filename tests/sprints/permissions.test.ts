import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import {
  dataOf,
  errorOf,
  graphql,
  querySql,
  seedProjectTeam,
  signUpUser,
  useTestStack,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { addItemsToSprint, createItems, createSprint, runAs, sprintOps, startSprint } from './support';

const stack = useTestStack();

interface Seeded {
  team: ProjectTeam;
  stranger: TestUser;
  planned: string;
  active: string;
  items: string[];
}

/** An active sprint holding the first item, a planned one holding the second; the third is in the backlog. */
async function seed(): Promise<Seeded> {
  const team = await seedProjectTeam(stack);
  const stranger = await signUpUser(stack);
  const items = await createItems(stack, team.member.token, team.project.id, [3, 5, 1]);
  const active = await createSprint(stack, team.member.token, team.project.id, { name: 'Active' });
  await addItemsToSprint(stack, team.member.token, active, [items[0]!]);
  await startSprint(stack, team.member.token, active);
  const planned = await createSprint(stack, team.member.token, team.project.id, {
    name: 'Planned',
    startDate: '2030-04-01',
    endDate: '2030-04-12',
  });
  await addItemsToSprint(stack, team.member.token, planned, [items[1]!]);
  return { team, stranger, planned, active, items };
}

/** One valid input per mutation: each would succeed for a MEMBER (complete last, start and delete instead of it). */
function inputs({ team, planned, active, items }: Seeded): [keyof typeof sprintOps, Record<string, unknown>][] {
  return [
    ['create', { projectId: team.project.id, name: 'New', startDate: '2030-05-01', endDate: '2030-05-14' }],
    ['update', { id: planned, name: 'Renamed' }],
    ['add', { sprintId: planned, workItemIds: [items[2]] }],
    ['remove', { sprintId: active, workItemIds: [items[0]] }],
    ['capacity', { sprintId: planned, members: [{ userId: team.member.userId, pointsPerDay: 1 }] }],
    ['complete', { id: active, carryOverTo: planned }],
    ['delete', { id: planned }],
    ['start', { id: planned }],
  ];
}

async function sprintTableCounts(): Promise<unknown> {
  return querySql(
    stack,
    `SELECT (SELECT count(*)::int FROM sprints.sprint) AS sprints, (SELECT count(*)::int FROM sprints.sprint_item) AS items,
            (SELECT count(*)::int FROM sprints.outbox) AS events, (SELECT max(updated_at) FROM sprints.sprint) AS updated`,
  );
}

const readQuery = `query ($sprint: ID!, $project: ID!, $item: ID!) {
  sprint(id: $sprint) { id name state }
  project(id: $project) { activeSprint { id } sprints(filter: { states: [PLANNED] }) { totalCount edges { node { id } } } }
  workItem(id: $item) { id sprint { id name } }
}`;

describe('people outside the project', () => {
  test('get NOT_FOUND from every mutation, with the same message as for a sprint or project that does not exist', async () => {
    const seeded = await seed();
    const before = await sprintTableCounts();
    const missingSprint = toGlobalId('Sprint', randomUUID());
    const missing = {
      sprint: errorOf(await runAs(stack, seeded.team.member.token, sprintOps.start, { input: { id: missingSprint } })),
      project: errorOf(
        await runAs(stack, seeded.team.member.token, sprintOps.create, {
          input: {
            projectId: toGlobalId('Project', randomUUID()),
            name: 'x',
            startDate: '2030-05-01',
            endDate: '2030-05-14',
          },
        }),
      ),
    };
    expect(missing.sprint).toEqual({ code: 'NOT_FOUND', field: undefined, message: 'Sprint not found.' });
    expect(missing.project).toEqual({ code: 'NOT_FOUND', field: undefined, message: 'Project not found.' });
    for (const user of [seeded.team.outsider, seeded.stranger]) {
      for (const [op, input] of inputs(seeded)) {
        const error = errorOf(await runAs(stack, user.token, sprintOps[op], { input }));
        expect({ op, error }).toEqual({ op, error: op === 'create' ? missing.project : missing.sprint });
      }
    }
    expect(await sprintTableCounts()).toEqual(before);
  });

  test('get NOT_FOUND reading a sprint, the project and its items', async () => {
    const seeded = await seed();
    for (const user of [seeded.team.outsider, seeded.stranger]) {
      const sprint = await runAs(stack, user.token, `query ($id: ID!) { sprint(id: $id) { id } }`, {
        id: seeded.active,
      });
      expect(errorOf(sprint)).toEqual({ code: 'NOT_FOUND', field: undefined, message: 'Sprint not found.' });
      const project = await runAs(
        stack,
        user.token,
        `query ($id: ID!) { project(id: $id) { sprints { totalCount } activeSprint { id } } }`,
        { id: seeded.team.project.id },
      );
      expect(errorOf(project).code).toBe('NOT_FOUND');
      const item = await runAs(stack, user.token, `query ($id: ID!) { workItem(id: $id) { sprint { id } } }`, {
        id: seeded.items[0],
      });
      expect(errorOf(item).code).toBe('NOT_FOUND');
    }
  });

  test('anonymous callers are asked to sign in', async () => {
    const seeded = await seed();
    const res = await graphql(stack.routerUrl, sprintOps.start, { input: { id: seeded.planned } });
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
  });
});

describe('project viewers', () => {
  test('read sprints, the active sprint and the sprint of an item', async () => {
    const seeded = await seed();
    const data = dataOf(
      await runAs(stack, seeded.team.viewer.token, readQuery, {
        sprint: seeded.active,
        project: seeded.team.project.id,
        item: seeded.items[1],
      }),
    );
    expect(data).toEqual({
      sprint: { id: seeded.active, name: 'Active', state: 'ACTIVE' },
      project: {
        activeSprint: { id: seeded.active },
        sprints: { totalCount: 1, edges: [{ node: { id: seeded.planned } }] },
      },
      workItem: { id: seeded.items[1], sprint: { id: seeded.planned, name: 'Planned' } },
    });
  });

  test('get FORBIDDEN from every mutation and change nothing', async () => {
    const seeded = await seed();
    const before = await sprintTableCounts();
    for (const [op, input] of inputs(seeded)) {
      const error = errorOf(await runAs(stack, seeded.team.viewer.token, sprintOps[op], { input }));
      expect({ op, code: error.code }).toEqual({ op, code: 'FORBIDDEN' });
    }
    expect(await sprintTableCounts()).toEqual(before);
  });
});

describe('project admins and members', () => {
  test('may make every change', async () => {
    const seeded = await seed();
    for (const [op, input] of inputs(seeded).slice(0, 6)) {
      const res = await runAs(stack, seeded.team.admin.token, sprintOps[op], { input });
      expect({ op, errors: res.body.errors }).toEqual({ op, errors: undefined });
    }
    const started = await runAs(stack, seeded.team.member.token, sprintOps.start, { input: { id: seeded.planned } });
    expect(dataOf(started).startSprint.sprint).toMatchObject({ state: 'ACTIVE', committedItemCount: 2 });
    const other = await createSprint(stack, seeded.team.admin.token, seeded.team.project.id, {
      name: 'Other',
      startDate: '2030-06-01',
      endDate: '2030-06-14',
    });
    const deleted = await runAs(stack, seeded.team.admin.token, sprintOps.delete, { input: { id: other } });
    expect(dataOf(deleted).deleteSprint.deletedSprintId).toBe(other);
  });
});
