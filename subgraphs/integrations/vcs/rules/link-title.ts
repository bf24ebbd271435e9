import type { ChecksState, PullRequestState, VcsProvider } from './vcs-event';

const maxTitle = 300;

const clip = (text: string, max: number) => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

const checksText: Record<ChecksState, string> = {
  PENDING: 'checks pending',
  SUCCESS: 'checks passing',
  FAILURE: 'checks failing',
};

/** `PR #812: Fix checkout (open, checks passing)`; GitLab's merge requests as `MR !812: ...`. */
export function pullRequestTitle(pr: {
  provider: VcsProvider;
  number: number;
  title: string;
  state: PullRequestState;
  checks: ChecksState | null;
}): string {
  const prefix = pr.provider === 'GITLAB' ? `MR !${pr.number}: ` : `PR #${pr.number}: `;
  const status = ` (${[pr.state.toLowerCase(), ...(pr.checks ? [checksText[pr.checks]] : [])].join(', ')})`;
  return `${prefix}${clip(pr.title, maxTitle - prefix.length - status.length) || 'Untitled'}${status}`;
}

/** `Commit 1a2b3c4: Fix the total` (the message's first line). */
export function commitTitle(sha: string, message: string): string {
  const prefix = `Commit ${sha.slice(0, 7)}: `;
  return `${prefix}${clip(message.split('\n')[0] ?? '', maxTitle - prefix.length) || 'No message'}`;
}

export const branchTitle = (branch: string) => clip(`Branch ${branch}`, maxTitle);
