import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createPrismaClient } from '../../../lib/db/prisma';
import { toGlobalId } from '../../../lib/ids';
import { itemPages } from '../../../subgraphs/work-items/data/work-item-lists';
import { PrismaClient, type CustomField } from '../../../subgraphs/work-items/generated/prisma/client';
import type { CustomFieldFilter, WorkItemFilter } from '../../../subgraphs/work-items/generated/resolvers-types';
import { priorities } from '../../../subgraphs/work-items/priority';
import { toItemFilter } from '../../../subgraphs/work-items/rules/item-filter';
import { matchesItemFilter, type FilterSubject } from '../../../subgraphs/work-items/rules/item-filter-match';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import { createWorkItem, dataOf, rawId, seedProjectTeam, useSubgraph, type ProjectTeam } from '../../testkit';

// The filter language has one meaning: random filter trees run as SQL over a seeded project select
// exactly the items the in-memory reading of the same filter (rules/item-filter-match.ts) selects.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

const words = ['deploy', 'billing', 'login', 'Report', 'cache', 'search'];
const types = ['STORY', 'TASK', 'BUG'] as const;
const days = ['2026-03-01', '2026-03-15', '2026-04-01', '2026-05-20'];

describe('the filter language', () => {
  let team: ProjectTeam;
  let prisma: PrismaClient;
  let projectId: string;
  let subjects: (FilterSubject & { id: string })[];
  let fields: CustomField[];
  let ids: {
    states: string[];
    labels: string[];
    users: string[];
    epics: string[];
    releases: string[];
    sprints: string[];
  };

  beforeAll(async () => {
    team = await seedProjectTeam(workItems);
    projectId = rawId(team.project.id);
    prisma = createPrismaClient(PrismaClient, { url: workItems.databaseUrl, domain: 'work_items', poolSize: 2 });
    const labels: string[] = [];
    for (const name of ['bug', 'ui', 'infra']) {
      const { createLabel } = dataOf(
        await workItems.execute(
          team.member,
          'mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } } }',
          { i: { projectId: team.project.id, name, color: '#dc2626' } },
        ),
      );
      labels.push(createLabel.label.id);
    }
    const epics = [];
    for (const title of ['Epic one', 'Epic two']) {
      epics.push(
        await createWorkItem(workItems, team.member.token, { projectId: team.project.id, type: 'EPIC', title }),
      );
    }
    const users = [team.member.userId, team.admin.userId];
    // A deterministic spread of every field, nulls included.
    for (let i = 0; i < 36; i++) {
      await createWorkItem(workItems, team.member.token, {
        projectId: team.project.id,
        type: types[i % 3],
        title: `${words[i % words.length]} ${words[(i * 5 + 1) % words.length]} ${i}`,
        description: i % 4 === 0 ? 'needs a cache warmup' : '',
        priority: priorities[i % 5],
        assigneeId: i % 3 === 2 ? null : users[i % 2],
        estimate: i % 4 === 3 ? null : (i % 7) * 0.5,
        dueDate: i % 5 === 4 ? null : days[i % days.length],
        labelIds: labels.filter((_, l) => (i >> l) % 2 === 1),
        parentId: i % 6 < 2 ? epics[i % 2]!.id : null,
      });
    }
    const states = await prisma.workflowState.findMany({ where: { projectId }, orderBy: { position: 'asc' } });
    const items = await prisma.workItem.findMany({
      where: { projectId },
      include: { labels: true },
      orderBy: { number: 'asc' },
    });
    // Spread the items over the states and over time, and archive a few: the filters' other dimensions.
    for (const [i, item] of items.entries()) {
      await prisma.workItem.update({
        where: { id: item.id },
        data: {
          stateId: states[i % states.length]!.id,
          createdAt: new Date(Date.UTC(2026, 0, 1 + (i % 9))),
          updatedAt: new Date(Date.UTC(2026, 1, 1 + (i % 11), 12)),
          archivedAt: i % 10 === 9 ? new Date() : null,
        },
      });
    }
    // Two releases, and every third item planned for none.
    const releases = [];
    for (const name of ['1.0', '2.0']) releases.push(await prisma.release.create({ data: { projectId, name } }));
    for (const [i, item] of items.entries()) {
      if (i % 3 !== 2)
        await prisma.workItem.update({ where: { id: item.id }, data: { releaseId: releases[i % 3]!.id } });
    }
    // One custom field of each type, and a spread of values (none on some items) over the items.
    const fieldTypes = ['TEXT', 'NUMBER', 'DATE', 'SELECT', 'MULTI_SELECT', 'USER'] as const;
    fields = [];
    for (const [position, type] of fieldTypes.entries()) {
      const options = type === 'SELECT' ? ['a', 'b', 'c'] : type === 'MULTI_SELECT' ? ['x', 'y', 'z'] : [];
      fields.push(await prisma.customField.create({ data: { projectId, name: type, type, options, position } }));
    }
    const [text, number, date, select, multi, user] = fields.map((field) => field.id);
    for (const [i, item] of items.entries()) {
      const chosen = ['x', 'y', 'z'].filter((_, bit) => ((i >> 1) >> bit) % 2 === 1);
      const values = {
        ...(i % 4 !== 0 && { [text!]: `${words[i % words.length]} note ${i % 3}` }),
        ...(i % 5 !== 1 && { [number!]: (i % 7) - 2.5 }),
        ...(i % 3 !== 0 && { [date!]: days[i % days.length] }),
        ...(i % 4 !== 2 && { [select!]: ['a', 'b', 'c'][i % 3] }),
        ...(chosen.length > 0 && { [multi!]: chosen }),
        ...(i % 3 !== 1 && { [user!]: rawId(users[i % 2]!) }),
      };
      await prisma.workItem.update({ where: { id: item.id }, data: { customFields: values } });
    }
    const categoryOf = new Map(states.map((state) => [state.id, state.category]));
    // Every fourth item is blocked by the next one, whatever that one's state, every fifth by the ninth
    // after it (archived ones among them), every sixth by a canceled one, every seventh by an epic:
    // blockers in every category, some items with two.
    const links: { sourceId: string; targetId: string }[] = [];
    for (const [i, item] of items.entries()) {
      if (i % 4 === 1) links.push({ sourceId: items[(i + 1) % items.length]!.id, targetId: item.id });
      if (i % 6 === 4) links.push({ sourceId: items[(i + 1) % items.length]!.id, targetId: item.id });
      if (i % 5 === 0) links.push({ sourceId: items[(i + 9) % items.length]!.id, targetId: item.id });
      if (i % 7 === 3) links.push({ sourceId: rawId(epics[i % 2]!.id), targetId: item.id });
    }
    await prisma.workItemLink.createMany({
      data: links.map((link) => ({ ...link, type: 'BLOCKS', createdBy: rawId(team.member.userId) })),
    });
    // A RELATES_TO link never blocks.
    await prisma.workItemLink.create({
      data: {
        sourceId: items[0]!.id,
        targetId: items[2]!.id,
        type: 'RELATES_TO',
        createdBy: rawId(team.member.userId),
      },
    });
    // Watchers as the read model holds them: rows of people who stopped watching stay, with watching false.
    const watchers = [...users, team.viewer.userId].map(rawId);
    await prisma.workItemWatcher.createMany({
      data: items.flatMap((item, i) =>
        watchers
          .map((userId, u) => ({
            workItemId: item.id,
            userId,
            projectId,
            watching: (i + u) % 3 !== 0,
            version: 1 + (i % 2),
          }))
          .filter((_, u) => (i >> u) % 2 === 1),
      ),
    });
    // Placements as the read model holds them: none (never in a sprint), one of two sprints, or null
    // (back in the backlog).
    const sprints = [randomUUID(), randomUUID()];
    await prisma.workItemSprint.createMany({
      data: items
        .filter((_, i) => i % 4 !== 0)
        .map((item, i) => ({ workItemId: item.id, sprintId: i % 3 === 2 ? null : sprints[i % 3]!, version: 1 })),
    });
    const after = await prisma.workItem.findMany({ where: { projectId } });
    const stillBlocks = new Set(
      after
        .filter((item) => item.archivedAt === null && !['DONE', 'CANCELED'].includes(categoryOf.get(item.stateId)!))
        .map((item) => item.id),
    );
    const blockedIds = new Set(links.filter((link) => stillBlocks.has(link.sourceId)).map((link) => link.targetId));
    const withWatchers = { labels: true, watchers: { where: { watching: true } }, sprint: true } as const;
    subjects = (await prisma.workItem.findMany({ where: { projectId }, include: withWatchers })).map((item) => ({
      id: item.id,
      stateId: item.stateId,
      stateCategory: categoryOf.get(item.stateId)!,
      type: item.type,
      priority: item.priority,
      assigneeId: item.assigneeId,
      reporterId: item.reporterId,
      parentId: item.parentId,
      releaseId: item.releaseId,
      labelIds: item.labels.map((label) => label.labelId),
      watcherIds: item.watchers.map((watcher) => watcher.userId),
      sprintId: item.sprint?.sprintId ?? null,
      estimate: item.estimate,
      dueDate: item.dueDate ? formatCalendarDate(item.dueDate) : null,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      archived: item.archivedAt !== null,
      title: item.title,
      description: item.description,
      customFields: item.customFields as Record<string, unknown>,
      blocked: blockedIds.has(item.id),
    }));
    ids = {
      states: states.map((state) => toGlobalId('WorkflowState', state.id)),
      labels,
      users: [...users, team.viewer.userId],
      epics: epics.map((epic) => epic.id),
      releases: releases.map((release) => toGlobalId('Release', release.id)),
      sprints: [...sprints, randomUUID()].map((id) => toGlobalId('Sprint', id)),
    };
  });

  afterAll(() => prisma.$disconnect());

  const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
  const someOf = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
  const times = [1, 3, 5, 8].map((d) => new Date(Date.UTC(2026, 0, d)));

  /** One comparator of each kind, on values the seeded items hold (and one they don't). */
  const comparator = (): fc.Arbitrary<WorkItemFilter> =>
    fc.oneof(
      fc.record({ state: fc.oneof(fc.record({ eq: pick(ids.states) }), fc.record({ nin: someOf(ids.states) })) }),
      fc.record({
        stateCategory: fc.oneof(
          fc.record({ eq: pick(['TODO', 'IN_PROGRESS', 'DONE'] as const) }),
          fc.record({ nin: someOf(['BACKLOG', 'DONE', 'CANCELED'] as const) }),
        ),
      }),
      fc.record({ type: fc.oneof(fc.record({ in: someOf(types) }), fc.record({ neq: pick(types) })) }),
      fc.record({
        priority: fc.oneof(
          fc.record({ gte: pick(priorities) }),
          fc.record({ lt: pick(priorities) }),
          fc.record({ in: someOf(priorities) }),
        ),
      }),
      fc.record({
        assignee: fc.oneof(
          fc.record({ eq: pick(ids.users) }),
          fc.record({ neq: pick(ids.users) }),
          fc.record({ nin: someOf(ids.users) }),
          fc.record({ null: fc.boolean() }),
          fc.record({ isMe: fc.boolean() }),
        ),
      }),
      fc.record({ reporter: fc.oneof(fc.record({ eq: pick(ids.users) }), fc.record({ isMe: fc.boolean() })) }),
      fc.record({
        parent: fc.oneof(
          fc.record({ eq: pick(ids.epics) }),
          fc.record({ neq: pick(ids.epics) }),
          fc.record({ null: fc.boolean() }),
        ),
      }),
      fc.record({
        release: fc.oneof(
          fc.record({ eq: pick(ids.releases) }),
          fc.record({ neq: pick(ids.releases) }),
          fc.record({ in: someOf(ids.releases) }),
          fc.record({ null: fc.boolean() }),
        ),
      }),
      fc.record({
        labels: fc.oneof(
          fc.record({ eq: pick(ids.labels) }),
          fc.record({ in: someOf(ids.labels) }),
          fc.record({ nin: someOf(ids.labels) }),
          fc.record({ null: fc.boolean() }),
        ),
      }),
      fc.record({
        watcher: fc.oneof(
          fc.record({ eq: pick(ids.users) }),
          fc.record({ in: someOf(ids.users) }),
          fc.record({ neq: pick(ids.users) }),
          fc.record({ nin: someOf(ids.users) }),
          fc.record({ null: fc.boolean() }),
          fc.record({ isMe: fc.boolean() }),
        ),
      }),
      fc.record({
        sprint: fc.oneof(
          fc.record({ eq: pick(ids.sprints) }),
          fc.record({ in: someOf(ids.sprints) }),
          fc.record({ neq: pick(ids.sprints) }),
          fc.record({ nin: someOf(ids.sprints) }),
          fc.record({ null: fc.boolean() }),
        ),
      }),
      fc.record({
        estimate: fc.oneof(
          fc.record({ gt: pick([0, 1, 2.5]) }),
          fc.record({ lte: pick([0.5, 1.5]) }),
          fc.record({ eq: pick([0, 1.5, 3]) }),
          fc.record({ neq: pick([0, 1.5]) }),
          fc.record({ null: fc.boolean() }),
        ),
      }),
      fc.record({
        dueDate: fc.oneof(
          fc.record({ gte: pick(days).map((d) => new Date(d)) }),
          fc.record({ lt: pick(days).map((d) => new Date(d)) }),
          fc.record({ neq: pick(days).map((d) => new Date(d)) }),
          fc.record({ null: fc.boolean() }),
        ),
      }),
      fc.record({
        createdAt: fc.oneof(
          fc.record({ gte: pick(times) }),
          fc.record({ lt: pick(times) }),
          fc.record({ eq: pick(times) }),
        ),
      }),
      fc.record({ updatedAt: fc.record({ gt: pick([new Date(Date.UTC(2026, 1, 5, 12))]) }) }),
      fc.record({
        title: fc.oneof(
          fc.record({ contains: pick(['DEPLOY', 'port', 'ing 1', '_', 'x%']) }),
          fc.record({ notContains: pick(['cache', 'e']) }),
        ),
      }),
      fc.record({ customFields: customCondition().map((condition) => [condition]) }),
      fc.record({ types: someOf(types) }),
      fc.record({ unassigned: fc.boolean() }),
      fc.record({ labelIds: someOf(ids.labels) }),
      fc.record({ search: pick(['dep', 'cache warm', 'report 1']) }),
      fc.record({ blocked: fc.boolean() }),
      fc.record({ archived: pick(['ANY', 'ONLY', 'EXCLUDE'] as const) }),
    );

  /** A condition on one of the custom fields, with each of its comparators. */
  const customCondition = (): fc.Arbitrary<CustomFieldFilter> => {
    const id = (type: string) => toGlobalId('CustomField', fields.find((field) => field.type === type)!.id);
    const on = <T>(type: string, condition: fc.Arbitrary<T>) => condition.map((c) => ({ fieldId: id(type), ...c }));
    const day = pick(days).map((d) => new Date(d));
    return fc.oneof(
      on(
        'TEXT',
        fc.oneof(
          fc.record({ text: pick(['deploy note 1', 'x']) }),
          fc.record({
            textValue: fc.oneof(
              fc.record({ contains: pick(['NOTE 2', 'ing', 'e']) }),
              fc.record({ notContains: pick(['cache', 'note 0']) }),
              fc.record({ neq: pick(['login note 2']) }),
            ),
          }),
        ),
      ),
      on(
        'NUMBER',
        fc.oneof(
          fc.record({ number: pick([-0.5, 1.5]) }),
          fc.record({
            numberValue: fc.oneof(
              fc.record({ gt: pick([-1, 0, 1.5]) }),
              fc.record({ lte: pick([-2.5, 0.5]) }),
              fc.record({ in: someOf([-2.5, 0.5, 3.5]) }),
              fc.record({ nin: someOf([-1.5, 1.5]) }),
              fc.record({ neq: pick([0.5]) }),
              fc.record({ null: fc.boolean() }),
            ),
          }),
        ),
      ),
      on(
        'DATE',
        fc.oneof(
          fc.record({ date: day }),
          fc.record({ dateValue: fc.oneof(fc.record({ gte: day }), fc.record({ lt: day }), fc.record({ neq: day })) }),
        ),
      ),
      on(
        'SELECT',
        fc.oneof(
          fc.record({ option: pick(['a', 'c']) }),
          fc.record({
            optionValue: fc.oneof(
              fc.record({ in: someOf(['a', 'b', 'c']) }),
              fc.record({ nin: someOf(['a', 'b']) }),
              fc.record({ neq: pick(['b']) }),
            ),
          }),
        ),
      ),
      on(
        'MULTI_SELECT',
        fc.oneof(
          fc.record({ option: pick(['x', 'z']) }),
          fc.record({
            optionValue: fc.oneof(
              fc.record({ eq: pick(['x', 'y']) }),
              fc.record({ neq: pick(['z']) }),
              fc.record({ in: someOf(['x', 'y', 'z']) }),
              fc.record({ nin: someOf(['y', 'z']) }),
              fc.record({ null: fc.boolean() }),
            ),
          }),
        ),
      ),
      on(
        'USER',
        fc.oneof(
          fc.record({ userId: pick(ids.users) }),
          fc.record({
            userValue: fc.oneof(
              fc.record({ eq: pick(ids.users) }),
              fc.record({ nin: someOf(ids.users) }),
              fc.record({ isMe: fc.boolean() }),
              fc.record({ null: fc.boolean() }),
            ),
          }),
        ),
      ),
      pick(['TEXT', 'DATE', 'SELECT', 'USER']).chain((type) => on(type, fc.record({ null: fc.boolean() }))),
    );
  };

  const tree: fc.Memo<WorkItemFilter> = fc.memo((depth) =>
    depth <= 1
      ? comparator()
      : fc.oneof(
          { depthSize: 'small' },
          comparator(),
          fc.record({ and: fc.array(tree(depth - 1), { maxLength: 3 }) }),
          fc.record({ or: fc.array(tree(depth - 1), { maxLength: 3 }) }),
          fc.record({ not: tree(depth - 1) }),
          fc.tuple(comparator(), tree(depth - 1)).map(([a, b]) => ({ ...a, ...b })),
        ),
  );

  /**
   * Runs 300 random filters in SQL and in memory and expects the same items; the filters must
   * discriminate (select some items but not all) often, or the agreement would say little.
   */
  async function expectAgreement(filters: fc.Arbitrary<WorkItemFilter>): Promise<void> {
    const viewers = [team.member.userId, team.admin.userId].map(rawId);
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filters, pick(viewers), async (input, viewerId) => {
        const filter = toItemFilter(input, 'filter', fields, 'input', viewerId);
        const [rows] = await itemPages(prisma, [
          {
            projectId,
            filter,
            order: { field: 'CREATED_AT', direction: 'DESC' },
            cursor: null,
            take: 100,
            backward: false,
          },
        ]);
        const expected = subjects.filter((item) => matchesItemFilter(item, filter)).map((item) => item.id);
        if (expected.length > 0 && expected.length < subjects.length) nonEmpty++;
        expect(rows!.map((row) => row.id).sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
    expect(nonEmpty).toBeGreaterThan(100);
  }

  it('selects in SQL exactly the items the in-memory reading selects, for random and/or/not trees of every comparator', async () => {
    await expectAgreement(tree(4));
  });

  it('selects in SQL exactly the items the in-memory reading selects, for random trees of custom field conditions', async () => {
    const customOnly: fc.Memo<WorkItemFilter> = fc.memo((depth) => {
      const leaf = fc
        .array(customCondition(), { minLength: 1, maxLength: 2 })
        .map((customFields) => ({ customFields }));
      return depth <= 1
        ? leaf
        : fc.oneof(
            { depthSize: 'small' },
            leaf,
            fc.record({ or: fc.array(customOnly(depth - 1), { maxLength: 3 }) }),
            fc.record({ not: customOnly(depth - 1) }),
          );
    });
    await expectAgreement(customOnly(3));
  });
});
