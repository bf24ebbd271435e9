import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '../../../lib/db/prisma';
import { applySprintPlacement } from '../../../subgraphs/work-items/data/apply-sprint-placement';
import { applyWatchChange } from '../../../subgraphs/work-items/data/apply-watch-change';
import { PrismaClient } from '../../../subgraphs/work-items/generated/prisma/client';
import { createWorkItem, rawId, seedProjectTeam, useSubgraph } from '../../testkit';

// watch.changed and sprint_placement.changed may arrive twice, late or out of order (several
// consumers share a group): each read model keeps the highest version whatever the order.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

describe('the read model of watchers', () => {
  let prisma: PrismaClient;
  let workItemId: string;
  const userId = randomUUID();

  beforeAll(async () => {
    const team = await seedProjectTeam(workItems);
    prisma = createPrismaClient(PrismaClient, { url: workItems.databaseUrl, domain: 'work_items', poolSize: 2 });
    workItemId = rawId((await createWorkItem(workItems, team.member.token, { projectId: team.project.id })).id);
  });

  afterAll(() => prisma.$disconnect());

  const row = () => prisma.workItemWatcher.findUnique({ where: { workItemId_userId: { workItemId, userId } } });

  it('keeps the newest version of a watch, whatever order the changes arrive in', async () => {
    expect(await applyWatchChange(prisma, { workItemId, userId, watching: true, version: 3 })).toBe(true);
    expect(await applyWatchChange(prisma, { workItemId, userId, watching: false, version: 2 })).toBe(false);
    expect(await applyWatchChange(prisma, { workItemId, userId, watching: true, version: 3 })).toBe(false);
    expect(await row()).toMatchObject({ watching: true, version: 3 });
    expect(await applyWatchChange(prisma, { workItemId, userId, watching: false, version: 4 })).toBe(true);
    expect(await row()).toMatchObject({ watching: false, version: 4 });
  });

  it('drops a change to an item this service does not have', async () => {
    const unknown = randomUUID();
    expect(await applyWatchChange(prisma, { workItemId: unknown, userId, watching: true, version: 1 })).toBe(false);
    expect(await prisma.workItemWatcher.count({ where: { workItemId: unknown } })).toBe(0);
  });

  it('removes the watches of an item deleted here, with the item', async () => {
    await applyWatchChange(prisma, { workItemId, userId: randomUUID(), watching: true, version: 1 });
    await prisma.workItem.delete({ where: { id: workItemId } });
    expect(await prisma.workItemWatcher.count({ where: { workItemId } })).toBe(0);
  });
});

describe('the read model of sprints', () => {
  let prisma: PrismaClient;
  let workItemId: string;

  beforeAll(async () => {
    const team = await seedProjectTeam(workItems);
    prisma = createPrismaClient(PrismaClient, { url: workItems.databaseUrl, domain: 'work_items', poolSize: 2 });
    workItemId = rawId((await createWorkItem(workItems, team.member.token, { projectId: team.project.id })).id);
  });

  afterAll(() => prisma.$disconnect());

  const row = () => prisma.workItemSprint.findUnique({ where: { workItemId } });

  it('keeps the newest placement, the backlog included, whatever order they arrive in', async () => {
    const [planned, next] = [randomUUID(), randomUUID()];
    expect(await applySprintPlacement(prisma, { workItemId, sprintId: planned, version: 10 })).toBe(true);
    expect(await applySprintPlacement(prisma, { workItemId, sprintId: null, version: 12 })).toBe(true);
    expect(await applySprintPlacement(prisma, { workItemId, sprintId: next, version: 11 })).toBe(false);
    expect(await row()).toMatchObject({ sprintId: null, version: 12 });
    expect(await applySprintPlacement(prisma, { workItemId, sprintId: next, version: 13 })).toBe(true);
    expect(await row()).toMatchObject({ sprintId: next, version: 13 });
  });

  it('drops a placement of an item this service does not have, and removes one with its item', async () => {
    const unknown = randomUUID();
    expect(await applySprintPlacement(prisma, { workItemId: unknown, sprintId: randomUUID(), version: 1 })).toBe(false);
    await prisma.workItem.delete({ where: { id: workItemId } });
    expect(await prisma.workItemSprint.count({ where: { workItemId: { in: [unknown, workItemId] } } })).toBe(0);
  });
});
