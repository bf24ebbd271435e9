import {
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

const add = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id parent { id } } } }`;
const remove = `mutation ($input: DeleteCommentInput!) { deleteComment(input: $input) { deletedCommentId } }`;
const reactionFields = 'reactions { emoji count viewerHasReacted reactors { id } }';
const react = `mutation ($input: AddReactionInput!) { addReaction(input: $input) { comment { id ${reactionFields} } } }`;
const unreact = `mutation ($input: RemoveReactionInput!) { removeReaction(input: $input) { comment { id ${reactionFields} } } }`;
const threadsQuery = `query ($id: ID!, $threads: Boolean, $first: Int) {
  workItem(id: $id) {
    comments(threads: $threads, first: $first) {
      totalCount
      nodes { body parent { body } replies(first: 10) { totalCount nodes { body parent { body } } } }
    }
  }
}`;
const reactionsQuery = `query ($id: ID!) { workItem(id: $id) { comments { nodes { body ${reactionFields} } } } }`;

interface ReactionGroupJson {
  emoji: string;
  count: number;
  viewerHasReacted: boolean;
  reactors: { id: string }[];
}

async function comment(token: string, workItemId: string, body: string, replyTo?: string): Promise<string> {
  return dataOf(await run(add, { input: { workItemId, body, replyTo } }, token)).addComment.comment.id;
}

async function itemOf(team: ProjectTeam) {
  return createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Talk about me' });
}

async function reactionsSeenBy(token: string, workItemId: string): Promise<ReactionGroupJson[]> {
  return dataOf(await run(reactionsQuery, { id: workItemId }, token)).workItem.comments.nodes[0].reactions;
}

describe('comment threads', () => {
  test('a reply names its thread, the thread lists its replies oldest first, and threads: true lists only thread starts', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const question = await comment(team.member.token, item.id, 'question');
    await comment(team.member.token, item.id, 'aside');
    const reply = await run(
      add,
      { input: { workItemId: item.id, body: 'answer', replyTo: question } },
      team.admin.token,
    );
    expect(dataOf(reply).addComment.comment.parent).toEqual({ id: question });
    await comment(team.member.token, item.id, 'thanks', question);

    const all = dataOf(await run(threadsQuery, { id: item.id }, team.viewer.token)).workItem.comments;
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((c: { body: string; parent: { body: string } | null }) => [c.body, c.parent?.body])).toEqual([
      ['question', undefined],
      ['aside', undefined],
      ['answer', 'question'],
      ['thanks', 'question'],
    ]);

    const threads = dataOf(await run(threadsQuery, { id: item.id, threads: true }, team.viewer.token)).workItem
      .comments;
    expect(threads.totalCount).toBe(2);
    expect(threads.nodes).toEqual([
      {
        body: 'question',
        parent: null,
        replies: {
          totalCount: 2,
          nodes: [
            { body: 'answer', parent: { body: 'question' } },
            { body: 'thanks', parent: { body: 'question' } },
          ],
        },
      },
      { body: 'aside', parent: null, replies: { totalCount: 0, nodes: [] } },
    ]);
  });

  test('a reply to a reply joins the thread of the comment that started it', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const start = await comment(team.member.token, item.id, 'start');
    const first = await comment(team.admin.token, item.id, 'first reply', start);
    const res = await run(add, { input: { workItemId: item.id, body: 'nested', replyTo: first } }, team.member.token);
    expect(dataOf(res).addComment.comment.parent).toEqual({ id: start });
    const threads = dataOf(await run(threadsQuery, { id: item.id, threads: true }, team.member.token)).workItem
      .comments;
    expect(threads.nodes.map((c: { body: string }) => c.body)).toEqual(['start']);
    expect(threads.nodes[0].replies.nodes.map((c: { body: string }) => c.body)).toEqual(['first reply', 'nested']);
  });

  test('deleting the comment that starts a thread deletes its replies; deleting a reply leaves the thread', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const start = await comment(team.member.token, item.id, 'start');
    const keep = await comment(team.member.token, item.id, 'keep', start);
    const drop = await comment(team.member.token, item.id, 'drop', start);
    await comment(team.member.token, item.id, 'other thread');

    dataOf(await run(remove, { input: { id: drop } }, team.member.token));
    let threads = dataOf(await run(threadsQuery, { id: item.id, threads: true }, team.member.token)).workItem.comments;
    expect(threads.nodes[0].replies.nodes).toEqual([{ body: 'keep', parent: { body: 'start' } }]);

    dataOf(await run(remove, { input: { id: start } }, team.admin.token));
    threads = dataOf(await run(threadsQuery, { id: item.id }, team.member.token)).workItem.comments;
    expect(threads.nodes.map((c: { body: string }) => c.body)).toEqual(['other thread']);
    expect(errorOf(await run(remove, { input: { id: keep } }, team.admin.token)).code).toBe('NOT_FOUND');
  });

  test.each([
    ['a comment of another item', 'other', 'BAD_USER_INPUT'],
    ['a deleted comment', 'deleted', 'BAD_USER_INPUT'],
    ['an ID of another type', 'item', 'BAD_USER_INPUT'],
  ])('replying to %s is refused on input.replyTo', async (_what, target, code) => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const other = await itemOf(team);
    const elsewhere = await comment(team.member.token, other.id, 'elsewhere');
    const deleted = await comment(team.member.token, item.id, 'gone');
    dataOf(await run(remove, { input: { id: deleted } }, team.member.token));
    const replyTo = { other: elsewhere, deleted, item: item.id }[target];
    const res = await run(add, { input: { workItemId: item.id, body: 'reply', replyTo } }, team.member.token);
    expect(errorOf(res)).toMatchObject({ code, field: 'input.replyTo' });
  });

  test('a VIEWER may not reply and an outsider does not find the item', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const start = await comment(team.member.token, item.id, 'start');
    const input = { workItemId: item.id, body: 'me too', replyTo: start };
    expect(errorOf(await run(add, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(add, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
  });
});

describe('reactions', () => {
  test('members react once per emoji; groups keep the order of first use, name the first reactors and the viewer', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const commentId = await comment(team.member.token, item.id, 'ship it?');
    dataOf(await run(react, { input: { commentId, emoji: '🎉' } }, team.admin.token));
    dataOf(await run(react, { input: { commentId, emoji: '👍' } }, team.member.token));
    dataOf(await run(react, { input: { commentId, emoji: '👍' } }, team.admin.token));
    const again = dataOf(await run(react, { input: { commentId, emoji: '👍' } }, team.member.token)).addReaction;
    expect(again.comment.reactions).toEqual([
      { emoji: '🎉', count: 1, viewerHasReacted: false, reactors: [{ id: team.admin.userId }] },
      {
        emoji: '👍',
        count: 2,
        viewerHasReacted: true,
        reactors: [{ id: team.member.userId }, { id: team.admin.userId }],
      },
    ]);
    const seenByViewer = await reactionsSeenBy(team.viewer.token, item.id);
    expect(seenByViewer.map((g) => [g.emoji, g.count, g.viewerHasReacted])).toEqual([
      ['🎉', 1, false],
      ['👍', 2, false],
    ]);
  });

  test('removing a reaction takes back only the caller’s, and removing one that is not there changes nothing', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const commentId = await comment(team.member.token, item.id, 'thoughts?');
    dataOf(await run(react, { input: { commentId, emoji: '👀' } }, team.member.token));
    dataOf(await run(react, { input: { commentId, emoji: '👀' } }, team.admin.token));
    const removed = dataOf(await run(unreact, { input: { commentId, emoji: '👀' } }, team.member.token)).removeReaction;
    expect(removed.comment.reactions).toEqual([
      { emoji: '👀', count: 1, viewerHasReacted: false, reactors: [{ id: team.admin.userId }] },
    ]);
    const none = dataOf(await run(unreact, { input: { commentId, emoji: '🚀' } }, team.member.token)).removeReaction;
    expect(none.comment.reactions.map((g: ReactionGroupJson) => g.count)).toEqual([1]);
  });

  test('an emoji sent without its variation selector is the same reaction as the fully qualified one', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const commentId = await comment(team.member.token, item.id, 'love it');
    dataOf(await run(react, { input: { commentId, emoji: '❤' } }, team.member.token));
    const res = dataOf(await run(react, { input: { commentId, emoji: '❤️' } }, team.admin.token)).addReaction;
    expect(res.comment.reactions.map((g: ReactionGroupJson) => [g.emoji, g.count])).toEqual([['❤️', 2]]);
  });

  test('a comment takes at most 20 different emoji; reacting with one it has still works', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const commentId = await comment(team.member.token, item.id, 'react away');
    const emoji = [...'😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗😙😚🙂🤗'];
    expect(emoji).toHaveLength(20);
    for (const e of emoji) dataOf(await run(react, { input: { commentId, emoji: e } }, team.member.token));
    const over = await run(react, { input: { commentId, emoji: '🤩' } }, team.member.token);
    expect(errorOf(over).code).toBe('CONFLICT');
    const same = dataOf(await run(react, { input: { commentId, emoji: '😀' } }, team.admin.token)).addReaction;
    expect(same.comment.reactions).toHaveLength(20);
    expect(same.comment.reactions[0]).toMatchObject({ emoji: '😀', count: 2 });
  });

  test.each([
    ['text', 'yes', false, 'input.emoji'],
    ['two emoji', '👍👍', false, 'input.emoji'],
    ['a shortcode', ':+1:', false, 'input.emoji'],
    ['an ID of another type', '👍', true, 'input.commentId'],
  ])('reacting with %s is BAD_USER_INPUT on its field', async (_what, emoji, itemIdAsComment, field) => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const commentId = itemIdAsComment ? item.id : await comment(team.member.token, item.id, 'hm');
    const input = { commentId, emoji };
    expect(errorOf(await run(react, { input }, team.member.token))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errorOf(await run(unreact, { input }, team.member.token))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('a VIEWER may not react, an outsider does not find the comment, and a deleted comment is NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const commentId = await comment(team.member.token, item.id, 'careful');
    const input = { commentId, emoji: '👍' };
    expect(errorOf(await run(react, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(unreact, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(react, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
    dataOf(await run(remove, { input: { id: commentId } }, team.member.token));
    expect(errorOf(await run(react, { input }, team.member.token)).code).toBe('NOT_FOUND');
  });
});

test('threads, replies and reactions of many items take a fixed number of SQL statements', async () => {
  const team = await seedProjectTeam(stack);
  const head = await itemOf(team);
  for (let i = 0; i < 5; i += 1) {
    const item = await itemOf(team);
    const start = await comment(team.member.token, item.id, `start ${i}`);
    await comment(team.admin.token, item.id, `reply ${i}`, start);
    dataOf(await run(react, { input: { commentId: start, emoji: '👍' } }, team.admin.token));
  }
  const listQuery = `query ($id: ID!, $first: Int) {
    workItem(id: $id) { project { workItems(first: $first) { nodes {
      comments(threads: true, first: 5) { totalCount nodes {
        ${reactionFields}
        replies(first: 5) { totalCount nodes { body parent { id } ${reactionFields} } }
      } }
    } } } }
  }`;
  const measure = async (first: number) => {
    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    dataOf(await run(listQuery, { id: head.id, first }, team.member.token));
    return sqlStatementCount('work_items') - before;
  };
  const few = await measure(2);
  expect(few).toBeGreaterThan(0);
  expect(await measure(6)).toBe(few);
});
