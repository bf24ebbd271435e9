import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import {
  createWorkItem,
  dataOf,
  errorOf,
  querySql,
  rawId,
  seedProjectTeam,
  useSubgraph,
  type ProjectTeam,
  type TestUser,
} from '../../testkit';

// Project roles come from projects, which asks users for organization roles: both run as real
// servers on this file's database. No bus: events stay in work_items.outbox, where the tests read them.
const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

const addCommentMutation = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const deleteCommentMutation = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { deletedCommentId } }`;

async function commentOn(user: TestUser, workItemId: string, body = 'Looks good.'): Promise<string> {
  return dataOf(await workItems.execute(user, addCommentMutation, { input: { workItemId, body } })).addComment.comment
    .id;
}

/** The events of the item in the outbox, oldest first. */
async function outboxEventsOf(workItemId: string): Promise<AnyEventEnvelope[]> {
  const rows = await querySql<{ envelope: AnyEventEnvelope }>(
    workItems,
    `SELECT envelope FROM work_items.outbox WHERE envelope->>'aggregateId' = $1 ORDER BY seq`,
    [rawId(workItemId)],
  );
  return rows.map((row) => row.envelope);
}

describe('deleting a comment in the work-items subgraph alone', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(workItems);
  });

  it('writes work_item.comment_deleted with the item’s snapshot and the comment, by the person who deleted it', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const comment = await commentOn(team.member, item.id);
    const res = await workItems.execute(team.admin, deleteCommentMutation, { input: { id: comment } });
    expect(dataOf(res).deleteComment.deletedCommentId).toBe(comment);

    const [created, commented, deleted, ...more] = await outboxEventsOf(item.id);
    expect([created?.type, commented?.type, more]).toEqual(['work_item.created', 'work_item.commented', []]);
    expect(deleted).toMatchObject({
      type: 'work_item.comment_deleted',
      version: 1,
      actorId: rawId(team.admin.userId),
      organizationId: rawId(team.organizationId),
      projectId: rawId(team.project.id),
      aggregateId: rawId(item.id),
      payload: {
        commentId: rawId(comment),
        workItem: { id: rawId(item.id), key: item.key, version: item.version },
      },
    });
    const [{ stream }] = (await querySql<{ stream: string }>(
      workItems,
      `SELECT stream FROM work_items.outbox WHERE id = $1::uuid`,
      [deleted!.id],
    )) as [{ stream: string }];
    expect(stream).toBe('work-items');
  });

  it('writes no event when the deletion is refused or the comment is already gone', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const comment = await commentOn(team.admin, item.id);
    const before = await outboxEventsOf(item.id);

    const refused = await workItems.execute(team.member, deleteCommentMutation, { input: { id: comment } });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    dataOf(await workItems.execute(team.admin, deleteCommentMutation, { input: { id: comment } }));
    const again = await workItems.execute(team.admin, deleteCommentMutation, { input: { id: comment } });
    expect(errorOf(again).code).toBe('NOT_FOUND');

    const types = (await outboxEventsOf(item.id)).slice(before.length).map((event) => event.type);
    expect(types).toEqual(['work_item.comment_deleted']);
  });
});
