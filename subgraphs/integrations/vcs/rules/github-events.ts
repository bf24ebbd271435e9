import { z } from 'zod';
import { checksStateOf, type ParsedDelivery, type VcsChange } from './vcs-event';

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
const CheckSuite = z.object({
  repository: Repository,
  check_suite: z.object({ head_sha: headSha, status: z.string().nullish(), conclusion: z.string().nullish() }),
});
const CheckRun = z.object({
  repository: Repository,
  check_run: z.object({ head_sha: headSha, status: z.string().nullish(), conclusion: z.string().nullish() }),
});
const Status = z.object({ repository: Repository, sha: headSha, state: z.string() });

const pullRequestActions = new Set(['opened', 'edited', 'reopened', 'closed', 'synchronize', 'ready_for_review']);

const branchOf = (ref: string) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null);
const branchUrl = (repositoryUrl: string, branch: string) => `${repositoryUrl}/tree/${encodeURI(branch)}`;

/** A check's state from its conclusion once completed, else from its status. */
const checkOf = (check: { status?: string | null; conclusion?: string | null }) =>
  checksStateOf(check.status === 'completed' ? check.conclusion : check.status);

function checks(repository: z.infer<typeof Repository>, sha: string, state: ReturnType<typeof checksStateOf>) {
  return state
    ? [{ kind: 'CHECKS' as const, repository: repository.full_name, sha: sha.toLowerCase(), checks: state }]
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
      const branch = branchOf(push.ref);
      if (push.deleted) return { changes: [] };
      const changes: VcsChange[] = push.commits.map((commit) => ({
        kind: 'COMMIT',
        repository: push.repository.full_name,
        sha: commit.id.toLowerCase(),
        url: commit.url,
        message: commit.message,
        branch,
      }));
      if (branch) {
        changes.push({
          kind: 'BRANCH',
          repository: push.repository.full_name,
          branch,
          url: branchUrl(push.repository.html_url, branch),
        });
      }
      return { changes };
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
      const suite = CheckSuite.parse(body);
      return { changes: checks(suite.repository, suite.check_suite.head_sha, checkOf(suite.check_suite)) };
    }
    case 'check_run': {
      const run = CheckRun.parse(body);
      return { changes: checks(run.repository, run.check_run.head_sha, checkOf(run.check_run)) };
    }
    case 'status': {
      const status = Status.parse(body);
      return { changes: checks(status.repository, status.sha, checksStateOf(status.state)) };
    }
    default:
      return null;
  }
}
