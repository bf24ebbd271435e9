/** What one inbound webhook tells, whichever host sent it. */
export type VcsChange =
  | {
      kind: 'COMMIT';
      repository: string;
      sha: string;
      url: string;
      message: string;
      branch: string | null;
    }
  | { kind: 'BRANCH'; repository: string; branch: string; url: string }
  | {
      kind: 'PULL_REQUEST';
      repository: string;
      number: number;
      url: string;
      title: string;
      body: string;
      headBranch: string;
      headSha: string | null;
      state: PullRequestState;
      mergedAt: Date | null;
    }
  | { kind: 'CHECKS'; repository: string; sha: string; checks: ChecksState };

export type PullRequestState = 'OPEN' | 'MERGED' | 'CLOSED';
export type ChecksState = 'PENDING' | 'SUCCESS' | 'FAILURE';
export type VcsProvider = 'GITHUB' | 'GITLAB';

/** A parsed delivery: its changes, or null when the event is not one this service reads. */
export type ParsedDelivery = { changes: VcsChange[] } | null;

/** A check's status or conclusion as one of three states (GitHub and GitLab names alike). */
export function checksStateOf(status: string | null | undefined): ChecksState | null {
  switch ((status ?? '').toLowerCase()) {
    case 'queued':
    case 'requested':
    case 'in_progress':
    case 'pending':
    case 'waiting':
    case 'running':
    case 'created':
    case 'preparing':
    case 'scheduled':
    case 'waiting_for_resource':
      return 'PENDING';
    case 'success':
    case 'neutral':
    case 'skipped':
      return 'SUCCESS';
    case 'failure':
    case 'failed':
    case 'error':
    case 'cancelled':
    case 'canceled':
    case 'timed_out':
    case 'action_required':
    case 'startup_failure':
    case 'stale':
      return 'FAILURE';
    default:
      return null;
  }
}
