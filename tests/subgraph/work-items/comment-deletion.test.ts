import { Client } from 'pg';
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

async function commentOn(user: TestUser, workItemId: string, body = 'Looks good.', replyTo?: string): Promise<string> {
  const input = { workItemId, body, replyTo };
  return dataOf(await workItems.execute(user, addCommentMutation, { input })).addComment.comment.id;
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

  it('names the thread in a reply’s work_item.commented, and null for a comment that starts one', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const start = await commentOn(team.member, item.id, 'start');
    const reply = await commentOn(team.admin, item.id, 'reply', start);
    const commented = (await outboxEventsOf(item.id)).filter((event) => event.type === 'work_item.commented');
    expect(commented.map((event) => event.payload)).toMatchObject([
      { commentId: rawId(start), parentCommentId: null },
      { commentId: rawId(reply), parentCommentId: rawId(start) },
    ]);
  });

  it('deleting the comment that starts a thread writes one event per reply, oldest first, then one for it', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const start = await commentOn(team.member, item.id, 'start');
    const replies = [
      await commentOn(team.admin, item.id, 'one', start),
      await commentOn(team.member, item.id, 'two', start),
    ];
    const before = await outboxEventsOf(item.id);
    dataOf(await workItems.execute(team.admin, deleteCommentMutation, { input: { id: start } }));

    const deleted = (await outboxEventsOf(item.id)).slice(before.length);
    expect(deleted.map((event) => [event.type, (event.payload as { commentId: string }).commentId])).toEqual(
      [...replies, start].map((id) => ['work_item.comment_deleted', rawId(id)]),
    );
    const left = await querySql<{ count: number }>(
      workItems,
      `SELECT count(*)::int AS count FROM work_items.comment WHERE work_item_id = $1::uuid`,
      [rawId(item.id)],
    );
    expect(left).toEqual([{ count: 0 }]);
  });

  it('a reply that waits on a thread being deleted fails on input.replyTo instead of vanishing without its event', async () => {
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const start = await commentOn(team.member, item.id, 'start');
    const deleter = new Client({ connectionString: workItems.databaseUrl });
    await deleter.connect();
    try {
      await deleter.query('BEGIN');
      await deleter.query('SELECT id FROM work_items.comment WHERE id = $1::uuid FOR UPDATE', [rawId(start)]);
      const input = { workItemId: item.id, body: 'late reply', replyTo: start };
      const replying = workItems.execute(team.admin, addCommentMutation, { input });
      await untilSomeoneWaitsOnALock();
      await deleter.query('DELETE FROM work_items.comment WHERE id = $1::uuid', [rawId(start)]);
      await deleter.query('COMMIT');
      expect(errorOf(await replying)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.replyTo' });
    } finally {
      await deleter.end();
    }
    const commented = (await outboxEventsOf(item.id)).filter((event) => event.type === 'work_item.commented');
    expect(commented).toHaveLength(1);
  });
});

/** Polls until another session of this database waits for a lock (the reply, on the locked thread). */
async function untilSomeoneWaitsOnALock(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await querySql<{ waiting: boolean }>(
      workItems,
      `SELECT EXISTS (
        SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
      ) AS waiting`,
    );
    if (row?.waiting) return;
    if (Date.now() > deadline) throw new Error('The reply never waited for the thread’s lock.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
