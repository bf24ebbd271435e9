import { createPrismaClient } from '../../../lib/db/prisma';
import {
  customFieldsOfProjects,
  projectSettingsOf,
  statesOfProjects,
} from '../../../subgraphs/work-items/data/project-reads';
import { labelsOfItems, workItemsByIds } from '../../../subgraphs/work-items/data/items';
import { PrismaClient } from '../../../subgraphs/work-items/generated/prisma/client';
import { createWorkItem, dataOf, rawId, seedProjectTeam, useSubgraph, type ProjectTeam } from '../../testkit';

// The hot reads answer from the pg pool, not through Prisma: each must give what Prisma's own
// query gives for the same rows (types, nulls, dates, order), archived items included.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

describe('reads straight from the pool', () => {
  let team: ProjectTeam;
  let prisma: PrismaClient;
  let projectId: string;
  let itemIds: string[];

  beforeAll(async () => {
    team = await seedProjectTeam(workItems);
    projectId = rawId(team.project.id);
    prisma = createPrismaClient(PrismaClient, { url: workItems.databaseUrl, domain: 'work_items', poolSize: 2 });
    const { createLabel } = dataOf(
      await workItems.execute(
        team.member,
        'mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } } }',
        { i: { projectId: team.project.id, name: 'bug', color: '#dc2626' } },
      ),
    );
    const dated = await createWorkItem(workItems, team.member.token, {
      projectId: team.project.id,
      type: 'TASK',
      title: 'Dated and labelled',
      dueDate: '2026-02-28',
      estimate: 3,
      assigneeId: team.member.userId,
      labelIds: [createLabel.label.id],
    });
    const plain = await createWorkItem(workItems, team.member.token, {
      projectId: team.project.id,
      type: 'BUG',
      title: 'Plain',
    });
    const archived = await createWorkItem(workItems, team.member.token, {
      projectId: team.project.id,
      type: 'TASK',
      title: 'Archived',
    });
    dataOf(
      await workItems.execute(
        team.member,
        'mutation($i: ArchiveWorkItemInput!) { archiveWorkItem(input: $i) { workItem { id } } }',
        { i: { id: archived.id } },
      ),
    );
    itemIds = [dated.id, plain.id, archived.id].map(rawId);
  });

  afterAll(() => prisma.$disconnect());

  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  it('answers items by id as Prisma does, due dates, nulls and archived items included, and leaves out unknown ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const fromPool = await workItemsByIds(prisma, [...itemIds, unknown]);
    const fromPrisma = await prisma.workItem.findMany({ where: { id: { in: itemIds } } });
    expect(fromPool).toHaveLength(3);
    expect(byId(fromPool)).toEqual(byId(fromPrisma));
    expect(fromPool.find((item) => item.id === itemIds[0])!.dueDate).toEqual(new Date('2026-02-28T00:00:00.000Z'));
  });

  it('answers a project’s settings (without its item counter), states in position order and field definitions as Prisma does', async () => {
    const settings = await prisma.projectSettings.findMany({ where: { projectId } });
    expect(await projectSettingsOf(prisma, [projectId])).toEqual(
      settings.map(({ nextNumber: _nextNumber, updatedAt: _updatedAt, ...cacheable }) => cacheable),
    );
    expect(await statesOfProjects(prisma, [projectId], 50)).toEqual(
      await prisma.workflowState.findMany({
        where: { projectId },
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      }),
    );
    expect(await customFieldsOfProjects(prisma, [projectId], 50)).toEqual([]);
  });

  it('answers each item’s labels with the item they belong to, and none for an item without labels', async () => {
    const labels = await labelsOfItems(prisma, itemIds);
    expect(labels).toEqual([expect.objectContaining({ workItemId: itemIds[0], name: 'bug', color: '#dc2626' })]);
    expect(labels[0]!.createdAt).toBeInstanceOf(Date);
  });
});
