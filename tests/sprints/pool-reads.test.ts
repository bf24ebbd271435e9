import { createPrismaClient } from '../../lib/db/prisma';
import {
  activeSprintsOfProjects,
  capacitiesOfSprints,
  itemsOverTime,
  lastCompletedSprints,
  scopeChangesOfSprints,
  sprintsByIds,
  workItemsByIds,
} from '../../subgraphs/sprints/data/metric-reads';
import { PrismaClient } from '../../subgraphs/sprints/generated/prisma/client';
import { rawId, seedProjectTeam, useTestStack } from '../testkit';
import {
  addItemsToSprint,
  completeSprint,
  createItems,
  createSprint,
  removeItemsFromSprint,
  setSprintCapacity,
  startSprint,
  transitionItem,
  untilSprintsCaughtUp,
} from './support';

// The sprint page's reads answer from the pg pool, not through Prisma: each must give what Prisma's
// own query gives for the same rows (calendar dates, int8 sequence numbers, nulls, order).
const stack = useTestStack();

describe('sprint reads straight from the pool', () => {
  let prisma: PrismaClient;
  let projectId: string;
  let sprintIds: { completed: string; active: string };
  let itemIds: string[];

  beforeAll(async () => {
    prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'sprints', poolSize: 2 });
    const team = await seedProjectTeam(stack);
    projectId = rawId(team.project.id);
    const token = team.admin.token;
    const items = await createItems(stack, token, team.project.id, [3, null, 5, 2]);
    const completed = await createSprint(stack, token, team.project.id, {
      name: 'Done sprint',
      startDate: '2030-01-07',
      endDate: '2030-01-18',
    });
    await addItemsToSprint(stack, token, completed, [items[0]!, items[1]!]);
    await startSprint(stack, token, completed);
    await transitionItem(stack, token, items[0]!, 'Done');
    await completeSprint(stack, token, completed);
    const active = await createSprint(stack, token, team.project.id, {
      name: 'Current sprint',
      startDate: '2030-02-04',
      endDate: '2030-02-15',
    });
    await addItemsToSprint(stack, token, active, [items[1]!, items[2]!, items[3]!]);
    await removeItemsFromSprint(stack, token, active, [items[3]!]);
    await setSprintCapacity(stack, token, active, [
      { userId: team.admin.userId, pointsPerDay: 1.5, daysOff: ['2030-02-06', '2030-02-09'] },
      { userId: team.member.userId, pointsPerDay: 2, focusFactor: 0.5 },
    ]);
    await startSprint(stack, token, active);
    await transitionItem(stack, token, items[2]!, 'In progress');
    await untilSprintsCaughtUp(stack);
    sprintIds = { completed: rawId(completed), active: rawId(active) };
    itemIds = items.map(rawId);
  });

  afterAll(() => prisma.$disconnect());

  const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const unknown = '00000000-0000-4000-8000-000000000000';

  it('answers sprints by id and the active sprint as Prisma does, calendar dates at midnight UTC', async () => {
    const ids = [sprintIds.completed, sprintIds.active];
    const fromPool = await sprintsByIds(prisma, [...ids, unknown]);
    expect(sorted(fromPool)).toEqual(sorted(await prisma.sprint.findMany({ where: { id: { in: ids } } })));
    expect(fromPool.find((sprint) => sprint.id === sprintIds.active)!.startDate).toEqual(
      new Date('2030-02-04T00:00:00.000Z'),
    );
    expect(await activeSprintsOfProjects(prisma, [projectId, unknown])).toEqual(
      await prisma.sprint.findMany({ where: { projectId, state: 'ACTIVE' } }),
    );
    expect(await lastCompletedSprints(prisma, projectId, 5)).toEqual(
      await prisma.sprint.findMany({
        where: { projectId, state: 'COMPLETED' },
        orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
        take: 5,
      }),
    );
  });

  it('answers scope changes in time order with their sequence numbers as bigints', async () => {
    const ids = [sprintIds.completed, sprintIds.active];
    const fromPool = await scopeChangesOfSprints(prisma, ids);
    expect(fromPool.length).toBeGreaterThanOrEqual(6);
    expect(typeof fromPool[0]!.seq).toBe('bigint');
    expect(fromPool).toEqual(
      await prisma.scopeChange.findMany({
        where: { sprintId: { in: ids } },
        orderBy: [{ at: 'asc' }, { seq: 'asc' }],
      }),
    );
  });

  it('answers the items’ history and current rows as Prisma does, unestimated items included', async () => {
    const { history, current } = await itemsOverTime(prisma, [...itemIds, unknown]);
    expect(sorted(history)).toEqual(
      sorted(await prisma.workItemHistory.findMany({ where: { workItemId: { in: itemIds } } })),
    );
    expect(sorted(current)).toEqual(sorted(await prisma.workItem.findMany({ where: { id: { in: itemIds } } })));
    expect(current.find((item) => item.id === itemIds[1])!.estimate).toBeNull();
    expect(await workItemsByIds(prisma, [])).toEqual([]);
  });

  it('answers member capacities in their given order with their days off as dates', async () => {
    const fromPool = await capacitiesOfSprints(prisma, [sprintIds.active, sprintIds.completed]);
    expect(fromPool).toEqual(
      await prisma.memberCapacity.findMany({
        where: { sprintId: { in: [sprintIds.active, sprintIds.completed] } },
        orderBy: [{ sprintId: 'asc' }, { position: 'asc' }],
      }),
    );
    expect(fromPool[0]!.daysOff).toEqual([new Date('2030-02-06T00:00:00.000Z'), new Date('2030-02-09T00:00:00.000Z')]);
  });

  it('answers through Prisma inside a transaction, with the same rows', async () => {
    const ids = [sprintIds.completed, sprintIds.active];
    const [viaTransaction, viaPool] = await Promise.all([
      prisma.$transaction(async (tx) => ({
        sprints: sorted(await sprintsByIds(tx as unknown as PrismaClient, ids)),
        changes: await scopeChangesOfSprints(tx as unknown as PrismaClient, ids),
        capacities: await capacitiesOfSprints(tx as unknown as PrismaClient, ids),
      })),
      (async () => ({
        sprints: sorted(await sprintsByIds(prisma, ids)),
        changes: await scopeChangesOfSprints(prisma, ids),
        capacities: await capacitiesOfSprints(prisma, ids),
      }))(),
    ]);
    expect(viaTransaction).toEqual(viaPool);
  });
});
