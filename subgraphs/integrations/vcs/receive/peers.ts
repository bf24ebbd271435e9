import { z } from 'zod';
import type { ServiceClient } from '../../../../lib/server/service-client';
import { toGlobalId } from '../../../../lib/ids';

/** The work-items and files services, as the receiving of deliveries calls them (signed as this service). */
export interface VcsPeers {
  workItems: ServiceClient;
  files: ServiceClient;
  projects: ServiceClient;
}

/** Which of the projects are archived (their work is read-only): one call to the projects service. */
export async function archivedProjectIds(
  peers: VcsPeers,
  projectIds: readonly string[],
  askingUserId: string,
): Promise<Set<string>> {
  const data = await peers.projects.query<{ projectAccess: unknown }>(
    'query ($keys: [ProjectAccessKey!]!) { projectAccess(keys: $keys) { archived } }',
    {
      keys: projectIds.map((projectId) => ({
        projectId: toGlobalId('Project', projectId),
        userId: toGlobalId('User', askingUserId),
      })),
    },
  );
  const answers = z.array(z.object({ archived: z.boolean() }).nullable()).parse(data.projectAccess);
  return new Set(projectIds.filter((_, index) => answers[index]?.archived));
}

const WorkItemRef = z.object({ key: z.string(), id: z.string(), projectId: z.string(), stateCategory: z.string() });
export type WorkItemRef = z.infer<typeof WorkItemRef>;

/** The most keys one lookup takes (the work-items service's limit): a delivery looks up its first 100. */
export const maxKeysPerLookup = 100;

/** The items of an organization named by these keys (at most `maxKeysPerLookup`), in one call. */
export async function workItemRefsByKeys(peers: VcsPeers, organizationId: string, keys: readonly string[]) {
  if (!keys.length) return [];
  if (keys.length > maxKeysPerLookup) throw new Error(`At most ${maxKeysPerLookup} keys per lookup.`);
  const data = await peers.workItems.query<{ workItemRefsByKeys: unknown }>(
    'query ($organizationId: ID!, $keys: [String!]!) { workItemRefsByKeys(organizationId: $organizationId, keys: $keys) { key id projectId stateCategory } }',
    { organizationId, keys },
  );
  return z.array(WorkItemRef).parse(data.workItemRefsByKeys);
}

const StateRef = z.object({ id: z.string(), projectId: z.string() }).nullable();

/** A workflow state's project, or null when there is no such state. */
export async function workflowStateProject(peers: VcsPeers, stateId: string): Promise<string | null> {
  const data = await peers.workItems.query<{ workflowStateRefs: unknown }>(
    'query ($ids: [ID!]!) { workflowStateRefs(ids: $ids) { id projectId } }',
    { ids: [stateId] },
  );
  return z.array(StateRef).parse(data.workflowStateRefs)[0]?.projectId ?? null;
}

const LinkResult = z.object({ linkAttachmentId: z.string(), workItemId: z.string() }).nullable();

/** Upserts link attachments in the connection creator's name; one entry per link, null when the item is gone. */
export async function upsertLinkAttachments(
  peers: VcsPeers,
  input: {
    organizationId: string;
    actorId: string;
    links: { workItemId: string; url: string; title: string; subtitle: string }[];
  },
) {
  if (!input.links.length) return [];
  const data = await peers.files.query<{ upsertServiceLinkAttachments: { links: unknown } }>(
    `mutation ($input: UpsertServiceLinkAttachmentsInput!) {
      upsertServiceLinkAttachments(input: $input) { links { linkAttachmentId workItemId } }
    }`,
    { input },
  );
  return z.array(LinkResult).parse(data.upsertServiceLinkAttachments.links);
}

/** Removes link attachments an integration made, in the name of `actorId`; answers those this call removed. */
export async function deleteLinkAttachments(
  peers: Pick<VcsPeers, 'files'>,
  input: { organizationId: string; actorId: string; linkAttachmentIds: string[] },
) {
  if (!input.linkAttachmentIds.length) return [];
  const data = await peers.files.query<{ deleteServiceLinkAttachments: { deletedLinkAttachmentIds: unknown } }>(
    `mutation ($input: DeleteServiceLinkAttachmentsInput!) {
      deleteServiceLinkAttachments(input: $input) { deletedLinkAttachmentIds }
    }`,
    { input },
  );
  return z.array(z.string()).parse(data.deleteServiceLinkAttachments.deletedLinkAttachmentIds);
}

const MoveResult = z.object({ workItemId: z.string(), outcome: z.string(), reason: z.string().nullable() });

/** Moves merged items to their states as the system; answers each item's outcome, and why it did not move. */
export async function closeMergedWorkItems(
  peers: VcsPeers,
  moves: readonly { workItemId: string; toStateId: string | null; pullRequest: string }[],
) {
  if (!moves.length) return [];
  const data = await peers.workItems.query<{ closeMergedWorkItems: { results: unknown } }>(
    `mutation ($input: CloseMergedWorkItemsInput!) {
      closeMergedWorkItems(input: $input) { results { workItemId outcome reason } }
    }`,
    { input: { moves, source: 'vcs' } },
  );
  return z.array(MoveResult).parse(data.closeMergedWorkItems.results);
}
