import { asService, createWorkItem, dataOf, errorOf, querySql, rawId, seedProjectTeam } from '../../testkit';
import { useFilesSubgraph } from './support';

// The files service's service-only link operations, as the integrations service calls them for a
// connected repository: upserting links in the connecting admin's name, and removing them when the
// connection is deleted. No bus: events stay in files.outbox, where the tests read them.
const { files } = useFilesSubgraph();

const upsert = `mutation ($input: UpsertServiceLinkAttachmentsInput!) {
  upsertServiceLinkAttachments(input: $input) { links { linkAttachmentId workItemId } }
}`;
const remove = `mutation ($input: DeleteServiceLinkAttachmentsInput!) {
  deleteServiceLinkAttachments(input: $input) { deletedLinkAttachmentIds }
}`;

describe('link attachments of an integration, in the files subgraph alone', () => {
  it('removes an integration’s links once, with their events, and leaves other organizations’ alone', async () => {
    const team = await seedProjectTeam(files);
    const other = await seedProjectTeam(files);
    const item = await createWorkItem(files, team.member.token, { projectId: team.project.id });
    const elsewhere = await createWorkItem(files, other.member.token, { projectId: other.project.id });
    const attach = async (organizationId: string, actorId: string, workItemId: string, url: string) =>
      dataOf(
        await files.execute(asService('integrations'), upsert, {
          input: { organizationId, actorId, links: [{ workItemId, url, title: 'PR #1: Fix (open)' }] },
        }),
      ).upsertServiceLinkAttachments.links[0].linkAttachmentId as string;
    const organizationId = rawId(team.organizationId);
    const mine = await attach(
      organizationId,
      rawId(team.admin.userId),
      rawId(item.id),
      'https://github.com/a/b/pull/1',
    );
    const theirs = await attach(
      rawId(other.organizationId),
      rawId(other.admin.userId),
      rawId(elsewhere.id),
      'https://github.com/a/b/pull/2',
    );
    const input = { organizationId, actorId: rawId(team.admin.userId), linkAttachmentIds: [mine, theirs] };
    const removed = async () =>
      dataOf(await files.execute(asService('integrations'), remove, { input })).deleteServiceLinkAttachments
        .deletedLinkAttachmentIds;
    expect(await removed()).toEqual([mine]);
    expect(await removed()).toEqual([]);
    const left = await querySql<{ id: string }>(files, 'SELECT id::text FROM files.link_attachment ORDER BY id');
    expect(left).toEqual([{ id: theirs }]);
    const events = await querySql<{ aggregate: string; actor: string }>(
      files,
      `SELECT envelope->>'aggregateId' AS aggregate, envelope->>'actorId' AS actor FROM files.outbox
       WHERE type = 'link_attachment.deleted'`,
    );
    expect(events).toEqual([{ aggregate: mine, actor: rawId(team.admin.userId) }]);
  });

  it('refuses people, and names a bad id', async () => {
    const team = await seedProjectTeam(files);
    const input = {
      organizationId: rawId(team.organizationId),
      actorId: rawId(team.admin.userId),
      linkAttachmentIds: [],
    };
    expect(errorOf(await files.execute(team.admin, remove, { input })).code).toBe('FORBIDDEN');
    const bad = await files.execute(asService('integrations'), remove, {
      input: { ...input, linkAttachmentIds: ['not-a-uuid'] },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.linkAttachmentIds.0' });
  });
});
