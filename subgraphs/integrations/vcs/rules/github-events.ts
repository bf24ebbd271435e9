import { z } from 'zod';
import { pushChanges } from './push-changes';
import { checksStateOf, type ParsedDelivery } from './vcs-event';

const Repository = z.object({ full_name: z.string(), html_url: z.string().url() });

const Push = z.object({
  ref: z.string(),
  deleted: z.boolean().optional(),
  repository: Repository,
  commits: z
    .array(z.object({ id: z.string(), message: z.string(), url: z.string().url() }))
    .nullish()
    .transform((commits) => commits ?? []),
});

const Create = z.object({ ref: z.string(), ref_type: z.string(), repository: Repository });

const PullRequest = z.object({
  action: z.string(),
  repository: Repository,
  pull_request: z.object({
    number: z.number().int().positive(),
    html_url: z.string().url(),
    title: z.string(),
    body: z.string().nullish(),
    state: z.enum(['open', 'closed']),
    merged: z.boolean().nullish(),
    merged_at: z.string().nullish(),
    head: z.object({ ref: z.string(), sha: z.string().nullish() }),
  }),
});

const headSha = z.string().regex(/^[0-9a-f]{7,64}$/i);
const runId = z.number().int().nullish();
const CheckSuite = z.object({
  repository: Repository,
  check_suite: z.object({
    id: runId,
    head_sha: headSha,
    status: z.string().nullish(),
    conclusion: z.string().nullish(),
    app: z.object({ id: z.number().int().nullish(), slug: z.string().nullish() }).nullish(),
  }),
});
const CheckRun = z.object({
  repository: Repository,
  check_run: z.object({
    id: runId,
    name: z.string().nullish(),
    head_sha: headSha,
    status: z.string().nullish(),
    conclusion: z.string().nullish(),
  }),
});
const Status = z.object({
  id: runId,
  repository: Repository,
  sha: headSha,
  state: z.string(),
  context: z.string().nullish(),
});

const pullRequestActions = new Set(['opened', 'edited', 'reopened', 'closed', 'synchronize', 'ready_for_review']);

const branchUrl = (repositoryUrl: string, branch: string) => `${repositoryUrl}/tree/${encodeURI(branch)}`;

/** A check's state from its conclusion once completed, else from its status. */
const checkOf = (check: { status?: string | null; conclusion?: string | null }) =>
  checksStateOf(check.status === 'completed' ? check.conclusion : check.status);

function checks(
  repository: z.infer<typeof Repository>,
  sha: string,
  state: ReturnType<typeof checksStateOf>,
  check: string,
  id: number | null | undefined,
) {
  return state
    ? [
        {
          kind: 'CHECKS' as const,
          repository: repository.full_name,
          sha: sha.toLowerCase(),
          checks: state,
          check,
          runId: id ?? null,
        },
      ]
    : [];
}

/**
 * A GitHub delivery (`X-GitHub-Event` and its JSON body) as changes: `push`, `create`,
 * `pull_request`, `check_suite`, `check_run` and `status`; null for any other event. A body that
 * does not have the event's shape throws the zod error (the caller answers 400).
 */
export function parseGithubDelivery(event: string, body: unknown): ParsedDelivery {
  switch (event) {
    case 'push': {
      const push = Push.parse(body);
      if (push.deleted) return { changes: [] };
      return {
        changes: pushChanges({
          repository: push.repository.full_name,
          ref: push.ref,
          commits: push.commits,
          branchUrl: (branch) => branchUrl(push.repository.html_url, branch),
        }),
      };
    }
    case 'create': {
      const create = Create.parse(body);
      if (create.ref_type !== 'branch') return { changes: [] };
      return {
        changes: [
          {
            kind: 'BRANCH',
            repository: create.repository.full_name,
            branch: create.ref,
            url: branchUrl(create.repository.html_url, create.ref),
          },
        ],
      };
    }
    case 'pull_request': {
      const event = PullRequest.parse(body);
      if (!pullRequestActions.has(event.action)) return { changes: [] };
      const pr = event.pull_request;
      const merged = pr.state === 'closed' && Boolean(pr.merged);
      return {
        changes: [
          {
            kind: 'PULL_REQUEST',
            repository: event.repository.full_name,
            number: pr.number,
            url: pr.html_url,
            title: pr.title,
            body: pr.body ?? '',
            headBranch: pr.head.ref,
            headSha: pr.head.sha?.toLowerCase() ?? null,
            state: merged ? 'MERGED' : pr.state === 'closed' ? 'CLOSED' : 'OPEN',
            mergedAt: merged && pr.merged_at ? new Date(pr.merged_at) : null,
          },
        ],
      };
    }
    case 'check_suite': {
      const { repository, check_suite: suite } = CheckSuite.parse(body);
      const app = suite.app?.slug ?? suite.app?.id ?? suite.id ?? '';
      return { changes: checks(repository, suite.head_sha, checkOf(suite), `check_suite:${app}`, suite.id) };
    }
    case 'check_run': {
      const { repository, check_run: run } = CheckRun.parse(body);
      return { changes: checks(repository, run.head_sha, checkOf(run), `check_run:${run.name ?? ''}`, run.id) };
    }
    case 'status': {
      const status = Status.parse(body);
      const state = checksStateOf(status.state);
      return {
        changes: checks(status.repository, status.sha, state, `status:${status.context ?? 'default'}`, status.id),
      };
    }
    default:
      return null;
  }
}
