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
import { closeMergedWorkItems, upsertLinkAttachments, workItemRefsByKeys, type VcsPeers } from './peers';

import type { VcsDeliveryOutcome as DeliveryOutcome } from '../../../../lib/vcs-hooks';

export interface DeliveryAnswer {
  outcome: DeliveryOutcome;
  message: string;
  linked: number;
  moved: number;
}

const answer = (outcome: DeliveryOutcome, message: string, linked = 0, moved = 0): DeliveryAnswer => ({
  outcome,
  message,
  linked,
  moved,
});

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
    const { linked, moved } = await applyChanges(deps, connection, delivery.changes);
    return answer('ACCEPTED', `Linked ${linked}, moved ${moved}.`, linked, moved);
  } catch (error) {
    // The host retries a failed delivery with the same id: let the retry through.
    await releaseDelivery(deps.prisma, connection.id, deliveryId);
    throw error;
  }
}

type Connection = NonNullable<Awaited<ReturnType<typeof connectionsByIds>>[number]>;

async function applyChanges(deps: ReceiveDeps, connection: Connection, changes: readonly VcsChange[]) {
  const items = await workItemRefsByKeys(deps.peers, connection.organizationId, keysOfChanges(changes));
  const { links, changed } = await upsertLinks(deps.prisma, linkDrafts(connection, changes, items));
  const checked: VcsLink[] = [];
  for (const change of changes) {
    if (change.kind !== 'CHECKS') continue;
    checked.push(...(await applyChecks(deps.prisma, { connectionId: connection.id, ...change })));
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
  );
  return { linked: toAttach.length, moved: await moveMergedItems(deps, links) };
}

/** Items a merged pull request names with a closing keyword move, where their project's settings say so. */
async function moveMergedItems(deps: ReceiveDeps, links: readonly VcsLink[]): Promise<number> {
  const closing = links.filter((link) => link.kind === 'PULL_REQUEST' && link.state === 'MERGED' && link.closes);
  if (!closing.length) return 0;
  const projectIds = [...new Set(closing.map((link) => link.projectId))];
  const settings = new Map(
    (await settingsOfProjects(deps.prisma, projectIds)).map((setting, index) => [projectIds[index]!, setting]),
  );
  const moves = closing.flatMap((link) => {
    const setting = settings.get(link.projectId)!;
    return setting.moveOnMerge ? [{ workItemId: link.workItemId, toStateId: setting.mergedStateId }] : [];
  });
  const unique = [...new Map(moves.map((move) => [move.workItemId, move])).values()];
  const results = await closeMergedWorkItems(deps.peers, unique);
  return results.filter((result) => result.outcome === 'MOVED').length;
}
