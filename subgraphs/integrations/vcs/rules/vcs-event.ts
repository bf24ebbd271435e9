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
  | {
      kind: 'CHECKS';
      repository: string;
      sha: string;
      checks: ChecksState;
      /**
       * Which check reports (`check_run:<name>`, `check_suite:<app>`, `status:<context>`, GitLab's
       * `pipeline`): a commit's checks keep one state per check and show them combined.
       */
      check: string;
      /**
       * The host's id of this run of the check, when it has one: a report of an older run (a lower
       * id: a re-run's predecessor, a pipeline replaced by a newer one) never replaces a newer one's.
       */
      runId: number | null;
    };

export type PullRequestState = 'OPEN' | 'MERGED' | 'CLOSED';
export type ChecksState = 'PENDING' | 'SUCCESS' | 'FAILURE';
export type VcsProvider = 'GITHUB' | 'GITLAB';

/** A parsed delivery: its changes, or null when the event is not one this service reads. */
export type ParsedDelivery = { changes: VcsChange[] } | null;

/**
 * A commit's checks combined, as GitHub combines statuses: FAILURE when any failed, else PENDING when
 * any is still running, else SUCCESS; null when none reported.
 */
export function combinedChecks(states: readonly ChecksState[]): ChecksState | null {
  if (!states.length) return null;
  if (states.includes('FAILURE')) return 'FAILURE';
  return states.includes('PENDING') ? 'PENDING' : 'SUCCESS';
}

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
