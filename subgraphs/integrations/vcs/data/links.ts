import { randomUUID } from 'node:crypto';
import type { IntegrationsPrisma } from '../../db';
import type { VcsLink } from '../../generated/prisma/client';
import { pullRequestTitle } from '../rules/link-title';
import type { ChecksState, PullRequestState, VcsProvider } from '../rules/vcs-event';

/** A link as a delivery describes it, before what is stored (checks) is merged in. */
export interface LinkDraft {
  connectionId: string;
  organizationId: string;
  projectId: string;
  workItemId: string;
  provider: VcsProvider;
  repository: string;
  kind: 'COMMIT' | 'BRANCH' | 'PULL_REQUEST';
  number: number | null;
  sha: string | null;
  ref: string | null;
  url: string;
  /** The link's own title: `Commit 1a2b3c4: ...`, `Branch ...`, or the pull request's title. */
  title: string;
  state: PullRequestState | null;
  closes: boolean;
  mergedAt: Date | null;
}

/** The title shown on the link attachment: a pull request's with its state and checks (`PR #812: Fix checkout (open)`). */
export const displayTitleOf = (link: Pick<VcsLink, 'provider' | 'kind' | 'number' | 'state' | 'checks' | 'title'>) =>
  link.kind === 'PULL_REQUEST'
    ? pullRequestTitle({
        provider: link.provider as VcsProvider,
        number: link.number ?? 0,
        title: link.title,
        state: (link.state ?? 'OPEN') as PullRequestState,
        checks: link.checks as ChecksState | null,
      })
    : link.title;

/**
 * Adds or updates links, one per (item, URL): a pull request keeps the checks stored for its head
 * sha (a new head sha forgets them: they were of older commits), and `closes` once set stays set.
 * Answers every link and those whose attachment must be written (new, or a new title).
 */
export function upsertLinks(prisma: IntegrationsPrisma, drafts: readonly LinkDraft[]) {
  return prisma.$transaction(async (tx) => {
    const links: VcsLink[] = [];
    const changed: VcsLink[] = [];
    for (const draft of drafts) {
      const stored = await tx.vcsLink.findUnique({
        where: { workItemId_url: { workItemId: draft.workItemId, url: draft.url } },
      });
      const checks = stored && (stored.sha === draft.sha || !draft.sha) ? stored.checks : null;
      const fields = {
        ...draft,
        sha: draft.sha ?? stored?.sha ?? null,
        checks,
        closes: draft.closes || (stored?.closes ?? false),
        mergedAt: draft.mergedAt ?? stored?.mergedAt ?? null,
      };
      const same =
        stored &&
        stored.title === fields.title &&
        stored.state === fields.state &&
        stored.sha === fields.sha &&
        stored.checks === fields.checks &&
        stored.closes === fields.closes &&
        stored.linkAttachmentId !== null;
      if (same) {
        links.push(stored);
        continue;
      }
      const link = await tx.vcsLink.upsert({
        where: { workItemId_url: { workItemId: draft.workItemId, url: draft.url } },
        create: { id: randomUUID(), ...fields },
        update: fields,
      });
      links.push(link);
      if (!stored?.linkAttachmentId || displayTitleOf(stored) !== displayTitleOf(link)) changed.push(link);
    }
    return { links, changed };
  });
}

/** Records the latest check of a sha on the pull requests whose head it is; answers those that changed. */
export function applyChecks(
  prisma: IntegrationsPrisma,
  input: { connectionId: string; repository: string; sha: string; checks: ChecksState },
) {
  return prisma.$transaction(async (tx) => {
    const links = await tx.vcsLink.findMany({
      where: { connectionId: input.connectionId, repository: input.repository, sha: input.sha, kind: 'PULL_REQUEST' },
    });
    const changed: VcsLink[] = [];
    for (const link of links) {
      if (link.checks === input.checks) continue;
      changed.push(await tx.vcsLink.update({ where: { id: link.id }, data: { checks: input.checks } }));
    }
    return changed;
  });
}

/** Notes the link attachment the files service keeps for each link. */
export async function setLinkAttachmentIds(
  prisma: IntegrationsPrisma,
  pairs: readonly { linkId: string; linkAttachmentId: string }[],
) {
  await prisma.$transaction(
    pairs.map((pair) =>
      prisma.vcsLink.update({ where: { id: pair.linkId }, data: { linkAttachmentId: pair.linkAttachmentId } }),
    ),
  );
}
