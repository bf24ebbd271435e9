import {
  addProjectMember,
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const link = `mutation ($input: LinkWorkItemsInput!) {
  linkWorkItems(input: $input) { type source { id } target { id } }
}`;
const unlink = `mutation ($input: UnlinkWorkItemsInput!) {
  unlinkWorkItems(input: $input) { source { id } target { id } }
}`;
const relationsQuery = `query ($id: ID!) {
  workItem(id: $id) { isBlocked relations { type workItem { id key } createdBy { id } createdAt } }
}`;

interface Relation {
  type: string;
  workItem: { id: string };
  createdBy: { id: string };
}

async function relationsOf(token: string, id: string): Promise<{ isBlocked: boolean; relations: Relation[] }> {
  return dataOf(await run(relationsQuery, { id }, token)).workItem;
}

const seen = (relations: Relation[]) => relations.map((r) => [r.type, r.workItem.id]);

async function twoItems(team: ProjectTeam) {
  const a = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'A' });
  const b = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'B' });
  return { a, b };
}

async function linkItems(token: string, sourceId: string, targetId: string, type: string) {
  return dataOf(await run(link, { input: { sourceId, targetId, type } }, token)).linkWorkItems;
}

describe('linkWorkItems', () => {
  test('a link shows on both items, the other item seeing the inverse type', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    const payload = await linkItems(team.member.token, a.id, b.id, 'BLOCKS');
    expect(payload).toEqual({ type: 'BLOCKS', source: { id: a.id }, target: { id: b.id } });

    const fromA = await relationsOf(team.viewer.token, a.id);
    const fromB = await relationsOf(team.viewer.token, b.id);
    expect(seen(fromA.relations)).toEqual([['BLOCKS', b.id]]);
    expect(seen(fromB.relations)).toEqual([['BLOCKED_BY', a.id]]);
    expect(fromA.relations[0]?.createdBy.id).toBe(team.member.userId);
  });

  test.each([
    ['BLOCKED_BY', 'BLOCKS'],
    ['DUPLICATES', 'DUPLICATED_BY'],
    ['DUPLICATED_BY', 'DUPLICATES'],
    ['CLONES', 'CLONED_BY'],
    ['CLONED_BY', 'CLONES'],
  ])('a %s link shows as %s on the target', async (type, inverse) => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    await linkItems(team.member.token, a.id, b.id, type);
    expect(seen((await relationsOf(team.member.token, a.id)).relations)).toEqual([[type, b.id]]);
    expect(seen((await relationsOf(team.member.token, b.id)).relations)).toEqual([[inverse, a.id]]);
  });

  test('RELATES_TO is stored once: linking it again from the other side is a CONFLICT', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    await linkItems(team.member.token, b.id, a.id, 'RELATES_TO');
    const again = await run(link, { input: { sourceId: a.id, targetId: b.id, type: 'RELATES_TO' } }, team.admin.token);
    expect(errorOf(again).code).toBe('CONFLICT');
    expect(seen((await relationsOf(team.member.token, a.id)).relations)).toEqual([['RELATES_TO', b.id]]);
    expect(seen((await relationsOf(team.member.token, b.id)).relations)).toEqual([['RELATES_TO', a.id]]);
  });

  test('the same link given as its inverse from the other item is a duplicate (CONFLICT)', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    await linkItems(team.member.token, a.id, b.id, 'BLOCKS');
    const same = await run(link, { input: { sourceId: a.id, targetId: b.id, type: 'BLOCKS' } }, team.member.token);
    expect(errorOf(same).code).toBe('CONFLICT');
    const inverse = await run(
      link,
      { input: { sourceId: b.id, targetId: a.id, type: 'BLOCKED_BY' } },
      team.member.token,
    );
    expect(errorOf(inverse).code).toBe('CONFLICT');
  });

  test('relations are listed oldest first, each from the item’s own side', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    const c = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'C' });
    await linkItems(team.member.token, a.id, b.id, 'BLOCKS');
    await linkItems(team.member.token, c.id, a.id, 'DUPLICATES');
    await linkItems(team.member.token, a.id, c.id, 'RELATES_TO');
    expect(seen((await relationsOf(team.member.token, a.id)).relations)).toEqual([
      ['BLOCKS', b.id],
      ['DUPLICATED_BY', c.id],
      ['RELATES_TO', c.id],
    ]);
  });

  test('linking an item to itself is BAD_USER_INPUT on input.targetId', async () => {
    const team = await seedProjectTeam(stack);
    const { a } = await twoItems(team);
    const res = await run(link, { input: { sourceId: a.id, targetId: a.id, type: 'RELATES_TO' } }, team.member.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetId' });
  });

  test.each([
    ['sourceId', { sourceId: 'nope' }, 'input.sourceId'],
    ['targetId', { targetId: 'bm9wZQ' }, 'input.targetId'],
  ])('a malformed %s is BAD_USER_INPUT naming the field', async (_case, override, field) => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    const res = await run(
      link,
      { input: { sourceId: a.id, targetId: b.id, type: 'BLOCKS', ...override } },
      team.member.token,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('items of another organization cannot be linked (BAD_USER_INPUT on input.targetId)', async () => {
    const team = await seedProjectTeam(stack);
    const { a } = await twoItems(team);
    const otherOrg = await createOrganization(stack, team.admin.token);
    const otherProject = await createProject(stack, team.admin.token, otherOrg.id);
    const far = await createWorkItem(stack, team.admin.token, { projectId: otherProject.id, title: 'Far away' });
    const res = await run(link, { input: { sourceId: a.id, targetId: far.id, type: 'RELATES_TO' } }, team.admin.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetId' });
  });

  test('items of another project of the same organization can be linked; readers of one side only see nothing', async () => {
    const team = await seedProjectTeam(stack);
    const { a } = await twoItems(team);
    const otherProject = await createProject(stack, team.admin.token, team.organizationId);
    const other = await createWorkItem(stack, team.admin.token, { projectId: otherProject.id, title: 'Other' });
    await linkItems(team.admin.token, a.id, other.id, 'BLOCKS');
    expect(seen((await relationsOf(team.admin.token, a.id)).relations)).toEqual([['BLOCKS', other.id]]);
    // The member cannot read the other project: the relation is hidden from them.
    expect((await relationsOf(team.member.token, a.id)).relations).toEqual([]);
  });

  test('a VIEWER cannot link (FORBIDDEN); an outsider gets NOT_FOUND; an unreadable target is NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    const input = { sourceId: a.id, targetId: b.id, type: 'BLOCKS' };
    expect(errorOf(await run(link, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(link, { input }, team.outsider.token)).code).toBe('NOT_FOUND');

    const otherProject = await createProject(stack, team.outsider.token, team.organizationId);
    const hidden = await createWorkItem(stack, team.outsider.token, { projectId: otherProject.id, title: 'Hidden' });
    const res = await run(link, { input: { ...input, targetId: hidden.id } }, team.member.token);
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });
});

describe('isBlocked', () => {
  const workflowQuery = `query ($id: ID!) { workItem(id: $id) { project { workflow { states { id category } } } } }`;
  const transition = `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }`;

  // The blocker is moved with the transitionWorkItem mutation (the default workflow allows every move).
  test('an item is blocked until its blocker reaches a DONE state', async () => {
    const team = await seedProjectTeam(stack);
    const { a: blocker, b: blocked } = await twoItems(team);
    expect((await relationsOf(team.member.token, blocked.id)).isBlocked).toBe(false);
    await linkItems(team.member.token, blocked.id, blocker.id, 'BLOCKED_BY');
    expect((await relationsOf(team.member.token, blocked.id)).isBlocked).toBe(true);
    expect((await relationsOf(team.member.token, blocker.id)).isBlocked).toBe(false);

    const states: { id: string; category: string }[] = dataOf(
      await run(workflowQuery, { id: blocker.id }, team.member.token),
    ).workItem.project.workflow.states;
    const done = states.find((s) => s.category === 'DONE');
    dataOf(await run(transition, { input: { id: blocker.id, toStateId: done?.id } }, team.member.token));
    expect((await relationsOf(team.member.token, blocked.id)).isBlocked).toBe(false);
  });

  test('a blocker in a project the reader cannot see does not show as blocking them', async () => {
    const team = await seedProjectTeam(stack);
    const { a: blocked } = await twoItems(team);
    const hiddenProject = await createProject(stack, team.admin.token, team.organizationId);
    const blocker = await createWorkItem(stack, team.admin.token, { projectId: hiddenProject.id, title: 'Secret' });
    await linkItems(team.admin.token, blocker.id, blocked.id, 'BLOCKS');
    expect((await relationsOf(team.admin.token, blocked.id)).isBlocked).toBe(true);
    expect(await relationsOf(team.member.token, blocked.id)).toEqual({ isBlocked: false, relations: [] });
  });

  test('an archived blocker does not block', async () => {
    const team = await seedProjectTeam(stack);
    const { a: blocker, b: blocked } = await twoItems(team);
    await linkItems(team.member.token, blocker.id, blocked.id, 'BLOCKS');
    const archive = `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`;
    dataOf(await run(archive, { input: { id: blocker.id } }, team.member.token));
    expect((await relationsOf(team.member.token, blocked.id)).isBlocked).toBe(false);
  });

  test('relations and isBlocked of many items take a fixed number of SQL statements', async () => {
    const team = await seedProjectTeam(stack);
    const listQuery = `query ($id: ID!, $first: Int) {
      workItem(id: $id) { project { workItems(first: $first) { edges { node {
        isBlocked relations { type workItem { key } }
      } } } } }
    }`;
    const head = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Head' });
    const measure = async (first: number) => {
      await untilWorkItemReadModelsFollowed(stack);
      const before = sqlStatementCount('work_items');
      dataOf(await run(listQuery, { id: head.id, first }, team.member.token));
      return sqlStatementCount('work_items') - before;
    };
    const items = [];
    for (let i = 0; i < 6; i += 1)
      items.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id }));
    for (const item of items) await linkItems(team.member.token, head.id, item.id, 'BLOCKS');
    const few = await measure(2);
    const many = await measure(7);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('unlinkWorkItems', () => {
  test('removes a link given from either side, with either type name', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    await linkItems(team.member.token, a.id, b.id, 'BLOCKS');
    const res = await run(unlink, { input: { sourceId: b.id, targetId: a.id, type: 'BLOCKED_BY' } }, team.member.token);
    expect(dataOf(res).unlinkWorkItems).toEqual({ source: { id: b.id }, target: { id: a.id } });
    expect((await relationsOf(team.member.token, a.id)).relations).toEqual([]);
    expect((await relationsOf(team.member.token, b.id)).relations).toEqual([]);

    await linkItems(team.member.token, a.id, b.id, 'RELATES_TO');
    dataOf(await run(unlink, { input: { sourceId: b.id, targetId: a.id, type: 'RELATES_TO' } }, team.member.token));
    expect((await relationsOf(team.member.token, a.id)).relations).toEqual([]);
  });

  test('unlinking a link that does not exist is NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const { a, b } = await twoItems(team);
    await linkItems(team.member.token, a.id, b.id, 'BLOCKS');
    const res = await run(unlink, { input: { sourceId: a.id, targetId: b.id, type: 'BLOCKED_BY' } }, team.member.token);
    expect(errorOf(res).code).toBe('NOT_FOUND');
  });

  test('a MEMBER of either project who can read both items may unlink; a VIEWER may not; others get NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const { a } = await twoItems(team);
    const otherProject = await createProject(stack, team.admin.token, team.organizationId);
    const other = await createWorkItem(stack, team.admin.token, { projectId: otherProject.id, title: 'Other' });
    await linkItems(team.admin.token, other.id, a.id, 'DUPLICATES');
    const input = { sourceId: a.id, targetId: other.id, type: 'DUPLICATED_BY' };
    expect(errorOf(await run(unlink, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
    // A viewer of both projects reads the link but may not remove it.
    expect(errorOf(await run(unlink, { input }, team.viewer.token)).code).toBe('NOT_FOUND');
    await addProjectMember(stack, team.admin.token, otherProject.id, team.viewer.userId, 'VIEWER');
    expect(errorOf(await run(unlink, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    // The member cannot read the other project's item: for them the link does not exist.
    expect(errorOf(await run(unlink, { input }, team.member.token)).code).toBe('NOT_FOUND');
    await addProjectMember(stack, team.admin.token, otherProject.id, team.member.userId, 'VIEWER');
    dataOf(await run(unlink, { input }, team.member.token));
    expect((await relationsOf(team.admin.token, other.id)).relations).toEqual([]);
  });

  test('bad input to unlink is BAD_USER_INPUT naming the field', async () => {
    const team = await seedProjectTeam(stack);
    const { a } = await twoItems(team);
    const self = await run(unlink, { input: { sourceId: a.id, targetId: a.id, type: 'BLOCKS' } }, team.member.token);
    expect(errorOf(self)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetId' });
    const bad = await run(unlink, { input: { sourceId: 'x', targetId: a.id, type: 'BLOCKS' } }, team.member.token);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sourceId' });
  });
});
