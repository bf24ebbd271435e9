import { parseGithubDelivery } from './github-events';

const repository = { full_name: 'acme/shop', html_url: 'https://github.com/acme/shop' };

describe('GitHub deliveries', () => {
  it('reads a push as its commits and its branch', () => {
    const parsed = parseGithubDelivery('push', {
      ref: 'refs/heads/feature/web-42-checkout',
      repository,
      commits: [
        { id: 'ABC1234DEF', message: 'Fix total\n\nFixes WEB-42', url: 'https://github.com/acme/shop/commit/abc' },
      ],
    });
    expect(parsed?.changes).toEqual([
      {
        kind: 'COMMIT',
        repository: 'acme/shop',
        sha: 'abc1234def',
        url: 'https://github.com/acme/shop/commit/abc',
        message: 'Fix total\n\nFixes WEB-42',
        branch: 'feature/web-42-checkout',
      },
      {
        kind: 'BRANCH',
        repository: 'acme/shop',
        branch: 'feature/web-42-checkout',
        url: 'https://github.com/acme/shop/tree/feature/web-42-checkout',
      },
    ]);
  });

  it('reads nothing from a deleted branch’s push or a tag’s creation', () => {
    expect(parseGithubDelivery('push', { ref: 'refs/heads/x', deleted: true, repository, commits: [] })).toEqual({
      changes: [],
    });
    expect(parseGithubDelivery('create', { ref: 'v1.0', ref_type: 'tag', repository })).toEqual({ changes: [] });
  });

  it('reads a merged pull request as MERGED with its time, and a closed one as CLOSED', () => {
    const pullRequest = (merged: boolean) => ({
      action: 'closed',
      repository,
      pull_request: {
        number: 812,
        html_url: 'https://github.com/acme/shop/pull/812',
        title: 'Fix checkout',
        body: null,
        state: 'closed',
        merged,
        merged_at: merged ? '2026-03-02T10:00:00Z' : null,
        head: { ref: 'web-42', sha: 'AAAAAAA' },
      },
    });
    expect(parseGithubDelivery('pull_request', pullRequest(true))?.changes[0]).toMatchObject({
      kind: 'PULL_REQUEST',
      number: 812,
      body: '',
      headSha: 'aaaaaaa',
      state: 'MERGED',
      mergedAt: new Date('2026-03-02T10:00:00Z'),
    });
    expect(parseGithubDelivery('pull_request', pullRequest(false))?.changes[0]).toMatchObject({
      state: 'CLOSED',
      mergedAt: null,
    });
  });

  it('reads checks from check suites, check runs and statuses by head sha', () => {
    const sha = 'abcdef1';
    expect(
      parseGithubDelivery('check_suite', {
        repository,
        check_suite: { head_sha: sha, status: 'completed', conclusion: 'success' },
      })?.changes,
    ).toEqual([
      { kind: 'CHECKS', repository: 'acme/shop', sha, checks: 'SUCCESS', check: 'check_suite:', runId: null },
    ]);
    expect(
      parseGithubDelivery('check_run', {
        repository,
        check_run: { head_sha: sha, status: 'in_progress', conclusion: null },
      })?.changes[0],
    ).toMatchObject({ checks: 'PENDING', check: 'check_run:' });
    expect(parseGithubDelivery('status', { repository, sha, state: 'error' })?.changes[0]).toMatchObject({
      checks: 'FAILURE',
      check: 'status:default',
    });
  });

  it('names each check, so a commit keeps one state per check run, suite (by app) and status context', () => {
    const sha = 'abcdef1';
    expect(
      parseGithubDelivery('check_run', {
        repository,
        check_run: { id: 41, name: 'lint', head_sha: sha, status: 'completed', conclusion: 'failure' },
      })?.changes[0],
    ).toMatchObject({ checks: 'FAILURE', check: 'check_run:lint', runId: 41 });
    expect(
      parseGithubDelivery('check_suite', {
        repository,
        check_suite: { id: 7, head_sha: sha, status: 'queued', conclusion: null, app: { id: 15368, slug: 'actions' } },
      })?.changes[0],
    ).toMatchObject({ checks: 'PENDING', check: 'check_suite:actions', runId: 7 });
    expect(
      parseGithubDelivery('status', { id: 9, repository, sha, state: 'success', context: 'ci/circleci' })?.changes[0],
    ).toMatchObject({ checks: 'SUCCESS', check: 'status:ci/circleci', runId: 9 });
  });

  it('answers null for events it does not read, and throws on a body without the event’s shape', () => {
    expect(parseGithubDelivery('issues', {})).toBeNull();
    expect(() => parseGithubDelivery('push', { ref: 'refs/heads/x' })).toThrow();
  });
});
