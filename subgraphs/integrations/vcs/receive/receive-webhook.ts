import { ZodError } from 'zod';
import type { IntegrationsPrisma } from '../../db';
import type { VcsLink } from '../../generated/prisma/client';
import type { SecretBox } from '../../secrets/secret-box';
import { connectionsByIds } from '../data/connections';
import { claimDelivery, releaseDelivery } from '../data/deliveries';
import { applyChecks, displayTitleOf, setLinkAttachmentIds, upsertLinks } from '../data/links';
import { settingsOfProjects } from '../data/project-settings';
import { parseGithubDelivery } from '../rules/github-events';
import { parseGitlabDelivery } from '../rules/gitlab-events';
import { deliveryMetaOf, verifyDelivery, type DeliveryHeaders } from '../rules/signatures';
import type { ParsedDelivery, VcsChange, VcsProvider } from '../rules/vcs-event';
import { keysOfChanges, linkDrafts } from './link-drafts';
import {
  archivedProjectIds,
  closeMergedWorkItems,
  maxKeysPerLookup,
  upsertLinkAttachments,
  workItemRefsByKeys,
  type VcsPeers,
  type WorkItemRef,
} from './peers';

import type { VcsDeliveryOutcome as DeliveryOutcome } from '../../../../lib/vcs-hooks';

/** An item a merged pull request closes that stayed where it was: the workflow refused the move. */
export interface RefusedMove {
  key: string;
  reason: string;
}

export interface DeliveryAnswer {
  outcome: DeliveryOutcome;
  message: string;
  linked: number;
  moved: number;
  /** Keys named past the first `maxKeysPerLookup` distinct ones: not looked up, so not linked. */
  skippedKeys: string[];
  /** Items the merge did not move because the workflow refused. */
  refused: RefusedMove[];
}

const answer = (outcome: DeliveryOutcome, message: string): DeliveryAnswer => ({
  outcome,
  message,
  linked: 0,
  moved: 0,
  skippedKeys: [],
  refused: [],
});

/** `Linked 2, moved 1.`, then what was skipped or refused, for the host's delivery log. */
function appliedMessage(applied: Omit<DeliveryAnswer, 'outcome' | 'message'>): string {
  const parts = [`Linked ${applied.linked}, moved ${applied.moved}.`];
  if (applied.skippedKeys.length) {
    parts.push(
      `Only the first ${maxKeysPerLookup} keys are read: skipped ${applied.skippedKeys.length} (${applied.skippedKeys.join(', ')}).`,
    );
  }
  if (applied.refused.length) {
    parts.push(`Not moved, the workflow refused: ${applied.refused.map((move) => move.key).join(', ')}.`);
  }
  return parts.join(' ');
}

export interface ReceiveDeps {
  prisma: IntegrationsPrisma;
  secrets: SecretBox;
  peers: VcsPeers;
}

function parsed(provider: VcsProvider, event: string, body: string): ParsedDelivery | 'bad' {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'bad';
  }
  try {
    return provider === 'GITHUB' ? parseGithubDelivery(event, json) : parseGitlabDelivery(event, json);
  } catch (error) {
    if (error instanceof ZodError) return 'bad';
    throw error;
  }
}

/**
 * One inbound delivery: the connection, the signature, the event, then (once per delivery id) the
 * links, the checks and the merge moves. Answers say no more than the host needs to see in its
 * delivery log.
 */
export async function receiveWebhook(
  deps: ReceiveDeps,
  input: { connectionId: string | null; headers: DeliveryHeaders; body: string },
): Promise<DeliveryAnswer> {
  const [connection] = input.connectionId ? await connectionsByIds(deps.prisma, [input.connectionId]) : [null];
  if (!connection) return answer('UNKNOWN_CONNECTION', 'No such connection.');
  const provider = connection.provider as VcsProvider;
  const secret = deps.secrets.open(connection.secretCiphertext);
  if (!(await verifyDelivery(provider, secret, input.headers, input.body))) {
    return answer('BAD_SIGNATURE', provider === 'GITHUB' ? 'Bad or missing signature.' : 'Bad or missing token.');
  }
  const { event, deliveryId } = deliveryMetaOf(provider, input.headers);
  if (!event) return answer('MALFORMED', 'No event header.');
  const delivery = parsed(provider, event, input.body);
  if (delivery === 'bad') return answer('MALFORMED', `The body is not a ${event} event.`);
  if (!delivery) return answer('IGNORED', `The ${event} event is not read.`);
  if (!(await claimDelivery(deps.prisma, { connectionId: connection.id, deliveryId, event }))) {
    return answer('DUPLICATE', 'This delivery was handled before.');
  }
  try {
    const applied = await applyChanges(deps, connection, delivery.changes);
    return { outcome: 'ACCEPTED', message: appliedMessage(applied), ...applied };
  } catch (error) {
    // The host retries a failed delivery with the same id: let the retry through.
    await releaseDelivery(deps.prisma, connection.id, deliveryId);
    throw error;
  }
}

type Connection = NonNullable<Awaited<ReturnType<typeof connectionsByIds>>[number]>;

async function applyChanges(deps: ReceiveDeps, connection: Connection, changes: readonly VcsChange[]) {
  // The keys in order of appearance: the first 100 are looked up, the others are answered as skipped.
  const keys = keysOfChanges(changes);
  const items = await workItemRefsByKeys(deps.peers, connection.organizationId, keys.slice(0, maxKeysPerLookup));
  const { links, changed } = await upsertLinks(deps.prisma, linkDrafts(connection, changes, items));
  const checked: VcsLink[] = [];
  for (const change of changes) {
    if (change.kind !== 'CHECKS') continue;
    const { repository, sha, checks, check, runId } = change;
    checked.push(
      ...(await applyChecks(deps.prisma, { connectionId: connection.id, repository, sha, checks, check, runId })),
    );
  }
  const toAttach = [...new Map([...changed, ...checked].map((link) => [link.id, link])).values()];
  const attached = await upsertLinkAttachments(deps.peers, {
    organizationId: connection.organizationId,
    actorId: connection.createdBy,
    links: toAttach.map((link) => ({
      workItemId: link.workItemId,
      url: link.url,
      title: displayTitleOf(link),
      subtitle: link.repository,
    })),
  });
  await setLinkAttachmentIds(
    deps.prisma,
    toAttach.flatMap((link, index) => {
      const result = attached[index];
      return result ? [{ linkId: link.id, linkAttachmentId: result.linkAttachmentId }] : [];
    }),
    { organizationId: connection.organizationId, actorId: connection.createdBy },
  );
  const { moved, refused } = await moveMergedItems(deps, links, items, connection.createdBy);
  return { linked: toAttach.length, moved, skippedKeys: keys.slice(maxKeysPerLookup), refused };
}

/** How a refusal in an item's history names the pull request: `PR #12 in acme/shop` (GitLab: `MR !5 ...`). */
const pullRequestName = (link: VcsLink) =>
  `${link.provider === 'GITLAB' ? `MR !${link.number}` : `PR #${link.number}`} in ${link.repository}`;

/**
 * Items a merged pull request names with a closing keyword move, where their project's settings say
 * so; answers how many moved and which the workflow refused (the work-items service records each
 * refusal in the item's history).
 */
async function moveMergedItems(
  deps: ReceiveDeps,
  links: readonly VcsLink[],
  items: readonly WorkItemRef[],
  connectionOwnerId: string,
): Promise<{ moved: number; refused: RefusedMove[] }> {
  const merged = links.filter((link) => link.kind === 'PULL_REQUEST' && link.state === 'MERGED' && link.closes);
  if (!merged.length) return { moved: 0, refused: [] };
  // An archived project's work is read-only: a merge is still linked, but moves nothing there.
  const archived = await archivedProjectIds(
    deps.peers,
    [...new Set(merged.map((link) => link.projectId))],
    connectionOwnerId,
  );
  const closing = merged.filter((link) => !archived.has(link.projectId));
  if (!closing.length) return { moved: 0, refused: [] };
  const projectIds = [...new Set(closing.map((link) => link.projectId))];
  const settings = new Map(
    (await settingsOfProjects(deps.prisma, projectIds)).map((setting, index) => [projectIds[index]!, setting]),
  );
  const moves = closing.flatMap((link) => {
    const setting = settings.get(link.projectId)!;
    return setting.moveOnMerge
      ? [{ workItemId: link.workItemId, toStateId: setting.mergedStateId, pullRequest: pullRequestName(link) }]
      : [];
  });
  const unique = [...new Map(moves.map((move) => [move.workItemId, move])).values()];
  const results = await closeMergedWorkItems(deps.peers, unique);
  const keyOf = new Map(items.map((item) => [item.id, item.key]));
  return {
    moved: results.filter((result) => result.outcome === 'MOVED').length,
    refused: results.flatMap((result) =>
      result.outcome === 'NOT_ALLOWED' || result.outcome === 'NO_DONE_STATE'
        ? [{ key: keyOf.get(result.workItemId) ?? result.workItemId, reason: result.reason ?? 'Refused.' }]
        : [],
    ),
  };
}
