import { randomUUID } from 'node:crypto';
import type { IntegrationsPrisma, IntegrationsTx } from '../../db';
import type { VcsLink } from '../../generated/prisma/client';
import { pullRequestTitle } from '../rules/link-title';
import { combinedChecks, type ChecksState, type PullRequestState, type VcsProvider } from '../rules/vcs-event';

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

/** The combined checks of a commit (one state per check); null when none reported. */
async function checksOfSha(
  tx: IntegrationsTx,
  commit: { connectionId: string; repository: string; sha: string },
): Promise<ChecksState | null> {
  const rows = await tx.vcsCheck.findMany({ where: commit, select: { state: true } });
  return combinedChecks(rows.map((row) => row.state as ChecksState));
}

/**
 * Adds or updates links, one per (item, URL): a pull request shows the combined checks of its head
 * sha (a new head sha shows the new commit's, reported before or after), and `closes` once set stays
 * set. Answers every link and those whose attachment must be written (new, or a new title).
 */
export function upsertLinks(prisma: IntegrationsPrisma, drafts: readonly LinkDraft[]) {
  return prisma.$transaction(async (tx) => {
    const links: VcsLink[] = [];
    const changed: VcsLink[] = [];
    for (const draft of drafts) {
      const stored = await tx.vcsLink.findUnique({
        where: { workItemId_url: { workItemId: draft.workItemId, url: draft.url } },
      });
      const sha = draft.sha ?? stored?.sha ?? null;
      const combined =
        draft.kind === 'PULL_REQUEST' && sha
          ? await checksOfSha(tx, { connectionId: draft.connectionId, repository: draft.repository, sha })
          : null;
      // Links older than per-check state keep the checks they show until their commit reports again.
      const checks = combined ?? (stored && stored.sha === sha ? stored.checks : null);
      const fields = {
        ...draft,
        sha,
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

/**
 * Records one check's report on a commit (unless a newer run of that check reported already), then
 * shows the commit's combined checks on the pull requests whose head it is; answers those that
 * changed. The check's row and the links change in one transaction.
 */
export function applyChecks(
  prisma: IntegrationsPrisma,
  input: {
    connectionId: string;
    repository: string;
    sha: string;
    checks: ChecksState;
    check: string;
    runId: number | null;
  },
) {
  const commit = { connectionId: input.connectionId, repository: input.repository, sha: input.sha };
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO integrations.vcs_check (connection_id, repository, sha, check_key, state, run_id, updated_at)
      VALUES (${input.connectionId}::uuid, ${input.repository}, ${input.sha}, ${input.check}, ${input.checks},
        ${input.runId}::bigint, now())
      ON CONFLICT (connection_id, repository, sha, check_key) DO UPDATE
        SET state = EXCLUDED.state, run_id = EXCLUDED.run_id, updated_at = now()
        WHERE EXCLUDED.run_id IS NULL OR vcs_check.run_id IS NULL OR EXCLUDED.run_id >= vcs_check.run_id`;
    const checks = await checksOfSha(tx, commit);
    const links = await tx.vcsLink.findMany({ where: { ...commit, kind: 'PULL_REQUEST' } });
    const changed: VcsLink[] = [];
    for (const link of links) {
      if (link.checks === checks) continue;
      changed.push(await tx.vcsLink.update({ where: { id: link.id }, data: { checks } }));
    }
    return changed;
  });
}

/**
 * Notes the link attachment the files service keeps for each link. A link gone meanwhile (its
 * connection was deleted while the delivery ran) leaves an attachment nobody removes: its removal is
 * queued (as deleting the connection does), unless another link names it.
 */
export async function setLinkAttachmentIds(
  prisma: IntegrationsPrisma,
  pairs: readonly { linkId: string; linkAttachmentId: string }[],
  owner: { organizationId: string; actorId: string },
) {
  if (!pairs.length) return;
  await prisma.$transaction(async (tx) => {
    const orphans: string[] = [];
    for (const pair of pairs) {
      const { count } = await tx.vcsLink.updateMany({
        where: { id: pair.linkId },
        data: { linkAttachmentId: pair.linkAttachmentId },
      });
      if (!count) orphans.push(pair.linkAttachmentId);
    }
    if (!orphans.length) return;
    await tx.$executeRaw`
      INSERT INTO integrations.vcs_attachment_removal (link_attachment_id, organization_id, actor_id)
      SELECT a.id, ${owner.organizationId}::uuid, ${owner.actorId}::uuid FROM unnest(${orphans}::uuid[]) AS a(id)
      WHERE NOT EXISTS (SELECT 1 FROM integrations.vcs_link l WHERE l.link_attachment_id = a.id)
      ON CONFLICT DO NOTHING`;
  });
}
