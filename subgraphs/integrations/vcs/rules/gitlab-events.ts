import { z } from 'zod';
import { pushChanges } from './push-changes';
import { checksStateOf, type ParsedDelivery } from './vcs-event';

const Project = z.object({ path_with_namespace: z.string(), web_url: z.string().url() });

const Push = z.object({
  ref: z.string(),
  after: z.string().optional(),
  project: Project,
  commits: z
    .array(z.object({ id: z.string(), message: z.string(), url: z.string().url() }))
    .nullish()
    .transform((commits) => commits ?? []),
});

const MergeRequest = z.object({
  project: Project,
  object_attributes: z.object({
    iid: z.number().int().positive(),
    title: z.string(),
    description: z.string().nullish(),
    url: z.string().url(),
    source_branch: z.string(),
    state: z.string(),
    action: z.string().nullish(),
    merged_at: z.string().nullish(),
    updated_at: z.string().nullish(),
    last_commit: z.object({ id: z.string() }).nullish(),
  }),
});

const Pipeline = z.object({
  project: Project,
  object_attributes: z.object({
    id: z.number().int().nullish(),
    sha: z.string().regex(/^[0-9a-f]{7,64}$/i),
    status: z.string(),
  }),
});

const deletedRef = /^0+$/;

/** GitLab writes times as ISO 8601 or as `2026-03-02 10:00:00 UTC`; null when neither. */
function gitlabTime(text: string | null | undefined): Date | null {
  if (!text) return null;
  const time = new Date(text.replace(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC$/, '$1T$2Z'));
  return Number.isNaN(time.getTime()) ? null : time;
}

/**
 * A GitLab delivery (`X-Gitlab-Event` and its JSON body) as changes: `Push Hook`, `Merge Request
 * Hook` and `Pipeline Hook`; null for any other event.
 */
export function parseGitlabDelivery(event: string, body: unknown): ParsedDelivery {
  switch (event) {
    case 'Push Hook': {
      const push = Push.parse(body);
      if (push.after && deletedRef.test(push.after)) return { changes: [] };
      return {
        changes: pushChanges({
          repository: push.project.path_with_namespace,
          ref: push.ref,
          commits: push.commits,
          branchUrl: (branch) => `${push.project.web_url}/-/tree/${encodeURI(branch)}`,
        }),
      };
    }
    case 'Merge Request Hook': {
      const { project, object_attributes: mr } = MergeRequest.parse(body);
      const state = mr.state === 'merged' ? 'MERGED' : mr.state === 'closed' ? 'CLOSED' : 'OPEN';
      return {
        changes: [
          {
            kind: 'PULL_REQUEST',
            repository: project.path_with_namespace,
            number: mr.iid,
            url: mr.url,
            title: mr.title,
            body: mr.description ?? '',
            headBranch: mr.source_branch,
            headSha: mr.last_commit?.id.toLowerCase() ?? null,
            state,
            mergedAt: state === 'MERGED' ? gitlabTime(mr.merged_at ?? mr.updated_at) : null,
          },
        ],
      };
    }
    case 'Pipeline Hook': {
      const { project, object_attributes: pipeline } = Pipeline.parse(body);
      const checks = checksStateOf(pipeline.status);
      // One check per commit: its latest pipeline, as GitLab's merge request shows its head pipeline.
      return {
        changes: checks
          ? [
              {
                kind: 'CHECKS',
                repository: project.path_with_namespace,
                sha: pipeline.sha.toLowerCase(),
                checks,
                check: 'pipeline',
                runId: pipeline.id ?? null,
              },
            ]
          : [],
      };
    }
    default:
      return null;
  }
}
