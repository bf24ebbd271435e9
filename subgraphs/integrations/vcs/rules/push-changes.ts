import type { VcsChange } from './vcs-event';

/** A pushed commit as both hosts describe it. */
export interface PushedCommit {
  id: string;
  message: string;
  url: string;
}

/** The branch a pushed ref names (`refs/heads/web-42` is `web-42`); null for tags and other refs. */
export const branchOfRef = (ref: string) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null);

/**
 * A push's changes, whichever host sent it: each commit (on the pushed branch), then the branch
 * itself, linked at `branchUrl(branch)` (the host's tree page).
 */
export function pushChanges(push: {
  repository: string;
  ref: string;
  commits: readonly PushedCommit[];
  branchUrl: (branch: string) => string;
}): VcsChange[] {
  const branch = branchOfRef(push.ref);
  const changes: VcsChange[] = push.commits.map((commit) => ({
    kind: 'COMMIT',
    repository: push.repository,
    sha: commit.id.toLowerCase(),
    url: commit.url,
    message: commit.message,
    branch,
  }));
  if (branch) changes.push({ kind: 'BRANCH', repository: push.repository, branch, url: push.branchUrl(branch) });
  return changes;
}
