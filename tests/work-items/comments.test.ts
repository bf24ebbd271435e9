import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  signUpUser,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const commentFields = 'id body author { id } mentionedUsers { id } workItem { id } createdAt updatedAt edited';
const add = `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { ${commentFields} } } }`;
const update = `mutation ($input: UpdateCommentInput!) { updateComment(input: $input) { comment { ${commentFields} } } }`;
const remove = `mutation ($input: DeleteCommentInput!) {
  deleteComment(input: $input) { deletedCommentId workItem { id comments { totalCount } } }
}`;
const commentsQuery = `query ($id: ID!, $first: Int, $after: String) {
  workItem(id: $id) {
    version
    comments(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id body } }
    }
  }
}`;

interface CommentJson {
  id: string;
  body: string;
  author: { id: string };
  mentionedUsers: { id: string }[];
  workItem: { id: string };
  createdAt: string;
  updatedAt: string;
  edited: boolean;
}

async function addComment(token: string, workItemId: string, body: string): Promise<CommentJson> {
  return dataOf(await run(add, { input: { workItemId, body } }, token)).addComment.comment;
}

async function itemOf(team: ProjectTeam) {
  return createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Discuss me' });
}

describe('addComment', () => {
  test('a MEMBER comments; mentions of project members are kept in order of first mention, once each', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const body = `Hey <@${team.viewer.userId}>, ask <@${team.admin.userId}>. Again <@${team.viewer.userId}>.`;
    const comment = await addComment(team.member.token, item.id, body);
    expect(comment).toMatchObject({
      body,
      author: { id: team.member.userId },
      mentionedUsers: [{ id: team.viewer.userId }, { id: team.admin.userId }],
      workItem: { id: item.id },
      edited: false,
    });
    expect(comment.updatedAt).toBe(comment.createdAt);
  });

  test('mentions of people outside the project and of non-users are dropped', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const stranger = await signUpUser(stack);
    const body = `<@${team.outsider.userId}> <@${stranger.userId}> <@${team.project.id}> <@nope> <@${team.member.userId}>`;
    const comment = await addComment(team.member.token, item.id, body);
    expect(comment.mentionedUsers).toEqual([{ id: team.member.userId }]);
  });

  test('comments do not change the item’s version and are listed oldest first with cursors', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const bodies = ['first', 'second', 'third'];
    for (const body of bodies) await addComment(team.member.token, item.id, body);
    const page1 = dataOf(await run(commentsQuery, { id: item.id, first: 2 }, team.viewer.token)).workItem;
    expect(page1.version).toBe(item.version);
    expect(page1.comments.totalCount).toBe(3);
    expect(page1.comments.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['first', 'second']);
    expect(page1.comments.pageInfo.hasNextPage).toBe(true);
    const page2 = dataOf(
      await run(commentsQuery, { id: item.id, first: 2, after: page1.comments.pageInfo.endCursor }, team.viewer.token),
    ).workItem;
    expect(page2.comments.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['third']);
    expect(page2.comments.pageInfo.hasNextPage).toBe(false);
  });

  test('comments of many items take a fixed number of SQL statements', async () => {
    const team = await seedProjectTeam(stack);
    const head = await itemOf(team);
    for (let i = 0; i < 5; i += 1) {
      const item = await itemOf(team);
      await addComment(team.member.token, item.id, `comment ${i}`);
    }
    const listQuery = `query ($id: ID!, $first: Int) {
      workItem(id: $id) { project { workItems(first: $first) { edges { node {
        comments(first: 5) { totalCount edges { node { body author { id } mentionedUsers { id } } } }
      } } } } }
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

  test.each([
    ['an empty body', { body: '' }, 'input.body'],
    ['a blank body', { body: ' \n\t ' }, 'input.body'],
    ['a 20,001-character body', { body: 'x'.repeat(20_001) }, 'input.body'],
    ['a malformed item ID', { workItemId: 'nope' }, 'input.workItemId'],
  ])('%s is BAD_USER_INPUT naming the field', async (_case, override, field) => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const res = await run(add, { input: { workItemId: item.id, body: 'Hello', ...override } }, team.member.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('a 20,000-character body is accepted', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    expect((await addComment(team.member.token, item.id, 'y'.repeat(20_000))).body).toHaveLength(20_000);
  });

  test('a VIEWER cannot comment; an outsider gets NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const input = { workItemId: item.id, body: 'Hi' };
    expect(errorOf(await run(add, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(add, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
  });
});

describe('updateComment', () => {
  test('the author edits the body; mentions are recomputed and the comment shows as edited', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const comment = await addComment(team.member.token, item.id, `cc <@${team.viewer.userId}>`);
    const res = await run(
      update,
      { input: { id: comment.id, body: `cc <@${team.admin.userId}> <@${team.outsider.userId}>` } },
      team.member.token,
    );
    const edited = dataOf(res).updateComment.comment;
    expect(edited).toMatchObject({ id: comment.id, mentionedUsers: [{ id: team.admin.userId }], edited: true });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.parse(edited.createdAt));
  });

  test('only the author may edit, not even a project ADMIN (FORBIDDEN); an outsider gets NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const comment = await addComment(team.member.token, item.id, 'mine');
    const input = { id: comment.id, body: 'theirs' };
    expect(errorOf(await run(update, { input }, team.admin.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(update, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(update, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
  });

  test.each([
    ['a blank body', { body: '   ' }, 'input.body'],
    ['a 20,001-character body', { body: 'x'.repeat(20_001) }, 'input.body'],
    ['a malformed ID', { id: 'x' }, 'input.id'],
  ])('%s is BAD_USER_INPUT naming the field', async (_case, override, field) => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const comment = await addComment(team.member.token, item.id, 'mine');
    const res = await run(update, { input: { id: comment.id, body: 'ok', ...override } }, team.member.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('deleteComment', () => {
  test('a project ADMIN deletes someone else’s comment', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const comment = await addComment(team.member.token, item.id, 'to go');
    const res = dataOf(await run(remove, { input: { id: comment.id } }, team.admin.token)).deleteComment;
    expect(res).toEqual({ deletedCommentId: comment.id, workItem: { id: item.id, comments: { totalCount: 0 } } });
    expect(errorOf(await run(remove, { input: { id: comment.id } }, team.admin.token)).code).toBe('NOT_FOUND');
  });

  test('the author deletes their own comment; another MEMBER may not', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const comment = await addComment(team.admin.token, item.id, 'admin wrote this');
    expect(errorOf(await run(remove, { input: { id: comment.id } }, team.member.token)).code).toBe('FORBIDDEN');
    const own = await addComment(team.member.token, item.id, 'member wrote this');
    dataOf(await run(remove, { input: { id: own.id } }, team.member.token));
    const left = dataOf(await run(commentsQuery, { id: item.id }, team.member.token)).workItem.comments;
    expect(left.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([comment.id]);
  });

  test('an outsider gets NOT_FOUND and a malformed ID is BAD_USER_INPUT', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const comment = await addComment(team.member.token, item.id, 'stay');
    expect(errorOf(await run(remove, { input: { id: comment.id } }, team.outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(remove, { input: { id: item.id } }, team.admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });
});
