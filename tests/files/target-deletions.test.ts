import { createWorkItem, dataOf, errorOf, graphql, querySql, rawId, seedProjectTeam, useTestStack } from '../testkit';
import { fileAs, uploadFile } from './support';

const stack = useTestStack();

/** Polls until `check` holds: the files consumer handles the work-items stream after the commit. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const deletedAt = async (fileId: string) =>
  (
    await querySql<{ deleted_at: Date | null }>(stack, 'SELECT deleted_at FROM files.file WHERE id = $1', [
      rawId(fileId),
    ])
  )[0]?.deleted_at ?? null;

describe('files of deleted work items and comments', () => {
  it('go with their item or comment: retired at once, then purged by the next sweep', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const kept = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const { addComment } = dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($id: ID!) {
            addComment(input: { workItemId: $id, body: "See the log." }) {
              comment {
                id
              }
            }
          }
        `,
        { id: kept.id },
        { token: team.member.token },
      ),
    );
    const onItem = await uploadFile(stack, team.member.token, {
      target: item.id,
      fileName: 'a.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('on the item'),
    });
    const onComment = await uploadFile(stack, team.member.token, {
      target: addComment.comment.id,
      fileName: 'b.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('on the comment'),
    });
    const onKept = await uploadFile(stack, team.member.token, {
      target: kept.id,
      fileName: 'c.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('stays'),
    });

    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($id: ID!) {
            deleteWorkItem(input: { id: $id }) {
              deletedWorkItemId
            }
          }
        `,
        { id: item.id },
        {
          token: team.admin.token,
        },
      ),
    );
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($id: ID!) {
            deleteComment(input: { id: $id }) {
              deletedCommentId
            }
          }
        `,
        {
          id: addComment.comment.id,
        },
        { token: team.member.token },
      ),
    );
    await until(async () => (await deletedAt(onItem.file.id)) !== null, "the deleted item's file is retired");
    await until(async () => (await deletedAt(onComment.file.id)) !== null, "the deleted comment's file is retired");
    expect(await deletedAt(onKept.file.id)).toBeNull();

    const swept = await stack.sweeper.runDue();
    expect(swept.purgedFiles).toBe(2);
    for (const gone of [onItem, onComment]) {
      expect(errorOf(await fileAs(stack, team.admin.token, gone.file.id, 'id')).code).toBe('NOT_FOUND');
    }
    const { file } = dataOf(await fileAs(stack, team.admin.token, onKept.file.id, 'name'));
    expect(file.name).toBe('c.txt');
  });
});
