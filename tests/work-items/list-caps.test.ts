import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import { defaultLimits } from '../../router/config';
import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  useTestStack,
  type CreatedWorkItem,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const link = `mutation ($input: LinkWorkItemsInput!) { linkWorkItems(input: $input) { type } }`;
const unlink = `mutation ($input: UnlinkWorkItemsInput!) { unlinkWorkItems(input: $input) { source { id } } }`;
const linkCount = async (item: CreatedWorkItem) => {
  const [row] = await querySql<{ count: number }>(
    stack,
    'SELECT count(*)::int AS count FROM work_items.work_item_link WHERE source_id = $1 OR target_id = $1',
    [rawId(item.id)],
  );
  return row!.count;
};

async function items(team: ProjectTeam, count: number): Promise<CreatedWorkItem[]> {
  const created: CreatedWorkItem[] = [];
  for (let i = 0; i < count; i += 1) {
    created.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `Item ${i}` }));
  }
  return created;
}

/** Gives `item` `count` links to `others` (up to 7 per other item: each stored type, both directions). */
async function seedLinks(team: ProjectTeam, item: CreatedWorkItem, others: CreatedWorkItem[], count: number) {
  const ends: [string, string, string][] = [];
  const a = rawId(item.id);
  for (const other of others.map((o) => rawId(o.id))) {
    for (const type of ['BLOCKS', 'DUPLICATES', 'CLONES']) ends.push([a, other, type], [other, a, type]);
    ends.push([a < other ? a : other, a < other ? other : a, 'RELATES_TO']);
  }
  const chosen = ends.slice(0, count);
  expect(chosen).toHaveLength(count);
  await querySql(
    stack,
    `INSERT INTO work_items.work_item_link (id, source_id, target_id, type, created_by)
     SELECT gen_random_uuid(), s, t, ty, $4::uuid FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS e(s, t, ty)`,
    [chosen.map((e) => e[0]), chosen.map((e) => e[1]), chosen.map((e) => e[2]), rawId(team.member.userId)],
  );
}

describe('relations per item', () => {
  test('an item has at most 100 relations: a link past that is a CONFLICT naming the full end', async () => {
    const team = await seedProjectTeam(stack);
    const [full, ...others] = await items(team, 18);
    const [fresh, newcomer] = others.splice(-2) as [CreatedWorkItem, CreatedWorkItem];
    await seedLinks(team, full!, others, 99);
    const token = team.member.token;
    const linkOf = (sourceId: string, targetId: string) =>
      run(link, { input: { sourceId, targetId, type: 'RELATES_TO' } }, token);

    expect(dataOf(await linkOf(full!.id, fresh.id)).linkWorkItems).toEqual({ type: 'RELATES_TO' });
    expect(await linkCount(full!)).toBe(100);
    expect(errorOf(await linkOf(full!.id, newcomer.id))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.sourceId',
      message: 'The source item already has 100 relations, the most an item may have: unlink one first.',
    });
    expect(errorOf(await linkOf(newcomer.id, full!.id))).toMatchObject({ code: 'CONFLICT', field: 'input.targetId' });
    expect(await linkCount(full!)).toBe(100);
    expect(await linkCount(newcomer)).toBe(0);

    dataOf(await run(unlink, { input: { sourceId: fresh.id, targetId: full!.id, type: 'RELATES_TO' } }, token));
    expect(dataOf(await linkOf(newcomer.id, full!.id)).linkWorkItems).toEqual({ type: 'RELATES_TO' });
  });

  test('of links made at once for an item’s last place, exactly one is made', async () => {
    const team = await seedProjectTeam(stack);
    const [item, ...others] = await items(team, 20);
    const contenders = others.splice(-4);
    await seedLinks(team, item!, others, 99);
    const results = await Promise.all(
      contenders.map((other) =>
        run(link, { input: { sourceId: item!.id, targetId: other.id, type: 'BLOCKS' } }, team.member.token),
      ),
    );
    expect(results.map((res) => res.body.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
    expect(await linkCount(item!)).toBe(100);
  });

  test('relations four deep are refused before they run, with their estimate', async () => {
    const team = await seedProjectTeam(stack);
    const [a, b] = await items(team, 2);
    dataOf(await run(link, { input: { sourceId: a!.id, targetId: b!.id, type: 'RELATES_TO' } }, team.member.token));
    const deep = (depth: number): string =>
      depth === 0 ? '{ key }' : `{ key relations { workItem ${deep(depth - 1)} } }`;
    const res = await run(`query ($id: ID!) { workItem(id: $id) ${deep(4)} }`, { id: a!.id }, team.member.token);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    // The item, then at each level 100 times as many relations as above, each a relation and its item.
    const requested = 1 + 2 * 100 + 2 * 100 ** 2 + 2 * 100 ** 3 + 2 * 100 ** 4;
    expect(res.body.extensions).toEqual({ cost: { requested, limit: defaultLimits.maxCost } });
    const oneDeep = await run(`query ($id: ID!) { workItem(id: $id) ${deep(1)} }`, { id: a!.id }, team.member.token);
    expect(dataOf(oneDeep).workItem).toEqual({
      key: `${team.project.key}-1`,
      relations: [{ workItem: { key: `${team.project.key}-2` } }],
    });
    expect(oneDeep.body.extensions).toEqual({ cost: { requested: 1 + 2 * 100, limit: defaultLimits.maxCost } });
  });
});

describe('mentions per comment', () => {
  const addComment = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id mentionedUsers { id } } } }`;
  const updateComment = `mutation ($input: UpdateCommentInput!) { updateComment(input: $input) { comment { id } } }`;
  const mentioning = (count: number, first: string) =>
    [first, ...Array.from({ length: count - 1 }, () => toGlobalId('User', randomUUID()))]
      .map((id) => `<@${id}>`)
      .join(' ');

  test('a comment mentions at most 50 people: more is BAD_USER_INPUT on the body, on add and on edit', async () => {
    const team = await seedProjectTeam(stack);
    const [item] = await items(team, 1);
    const token = team.member.token;
    const comment = dataOf(
      await run(addComment, { input: { workItemId: item!.id, body: mentioning(50, team.viewer.userId) } }, token),
    ).addComment.comment;
    // Only project members count as mentioned.
    expect(comment.mentionedUsers).toEqual([{ id: team.viewer.userId }]);
    const tooMany = { workItemId: item!.id, body: mentioning(51, team.viewer.userId) };
    expect(errorOf(await run(addComment, { input: tooMany }, token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.body',
      message: 'A comment may mention at most 50 people.',
    });
    expect(
      errorOf(await run(updateComment, { input: { id: comment.id, body: mentioning(51, team.viewer.userId) } }, token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    const [{ count }] = (await querySql<{ count: number }>(
      stack,
      'SELECT count(*)::int AS count FROM work_items.comment WHERE work_item_id = $1',
      [rawId(item!.id)],
    )) as [{ count: number }];
    expect(count).toBe(1);
  });
});
