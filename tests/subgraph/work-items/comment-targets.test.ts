import {
  anonymous,
  asService,
  createWorkItem,
  dataOf,
  errorOf,
  rawId,
  seedProjectTeam,
  useSubgraph,
  type ProjectTeam,
  type TestUser,
} from '../../testkit';

// Project roles come from projects, which asks users for organization roles: both run as real
// servers on this file's database.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

const addCommentMutation = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const deleteCommentMutation = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { deletedCommentId } }`;
const targetsQuery = `query($ids: [ID!]!) {
  commentTargets(ids: $ids) { id workItemId projectId organizationId authorId }
}`;

const unknownId = '00000000-0000-4000-8000-000000000000';

async function commentOn(user: TestUser, workItemId: string, body = 'Looks good.'): Promise<string> {
  return dataOf(await workItems.execute(user, addCommentMutation, { input: { workItemId, body } })).addComment.comment
    .id;
}

describe('the commentTargets service query in the work-items subgraph alone', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(workItems);
  });

  it('gives services each comment’s item, project, organization and author by raw id, in order, null for unknown ones', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const [first, second] = [await commentOn(team.member, item.id), await commentOn(team.admin, item.id)];
    const ids = [rawId(second), unknownId, rawId(first), rawId(second)];

    const targets = dataOf(await workItems.execute(asService('files'), targetsQuery, { ids })).commentTargets;
    const target = (comment: string, author: TestUser) => ({
      id: rawId(comment),
      workItemId: rawId(item.id),
      projectId: rawId(team.project.id),
      organizationId: rawId(team.organizationId),
      authorId: rawId(author.userId),
    });
    expect(targets).toEqual([target(second, team.admin), null, target(first, team.member), target(second, team.admin)]);
  });

  it('answers null for a deleted comment', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const comment = await commentOn(team.member, item.id);
    dataOf(await workItems.execute(team.member, deleteCommentMutation, { input: { id: comment } }));

    const ids = [rawId(comment)];
    expect(dataOf(await workItems.execute(asService('files'), targetsQuery, { ids })).commentTargets).toEqual([null]);
  });

  it('refuses people, even the comment’s author and project ADMINs, and anonymous callers', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const ids = [rawId(await commentOn(team.member, item.id))];
    expect(errorOf(await workItems.execute(team.member, targetsQuery, { ids })).code).toBe('FORBIDDEN');
    expect(errorOf(await workItems.execute(team.admin, targetsQuery, { ids })).code).toBe('FORBIDDEN');
    expect(errorOf(await workItems.execute(anonymous, targetsQuery, { ids })).code).toBe('FORBIDDEN');
  });

  it.each([
    ['more than 100 ids', Array.from({ length: 101 }, () => unknownId), 'ids'],
    ['an id that is no uuid', [unknownId, 'Q29tbWVudDox'], 'ids.1'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, ids, field) => {
    expect(errorOf(await workItems.execute(asService('files'), targetsQuery, { ids }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});
