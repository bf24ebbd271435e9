import { parseGitlabDelivery } from './gitlab-events';

const project = { path_with_namespace: 'acme/shop', web_url: 'https://gitlab.com/acme/shop' };

describe('GitLab deliveries', () => {
  it('reads a push hook as its commits and its branch', () => {
    const parsed = parseGitlabDelivery('Push Hook', {
      ref: 'refs/heads/web-7-login',
      after: 'abc',
      project,
      commits: [{ id: 'abc1234', message: 'Closes WEB-7', url: 'https://gitlab.com/acme/shop/-/commit/abc1234' }],
    });
    expect(parsed?.changes.map((change) => change.kind)).toEqual(['COMMIT', 'BRANCH']);
    expect(parsed?.changes[1]).toMatchObject({ url: 'https://gitlab.com/acme/shop/-/tree/web-7-login' });
  });

  it('reads nothing from the push that deletes a branch', () => {
    expect(
      parseGitlabDelivery('Push Hook', { ref: 'refs/heads/x', after: '0000000000', project, commits: [] }),
    ).toEqual({
      changes: [],
    });
  });

  it('reads a merged merge request with GitLab’s time format', () => {
    const parsed = parseGitlabDelivery('Merge Request Hook', {
      project,
      object_attributes: {
        iid: 5,
        title: 'Login',
        description: 'Fixes WEB-7',
        url: 'https://gitlab.com/acme/shop/-/merge_requests/5',
        source_branch: 'web-7-login',
        state: 'merged',
        action: 'merge',
        merged_at: '2026-03-02 10:00:00 UTC',
        last_commit: { id: 'ABC1234' },
      },
    });
    expect(parsed?.changes[0]).toMatchObject({
      kind: 'PULL_REQUEST',
      number: 5,
      state: 'MERGED',
      headSha: 'abc1234',
      mergedAt: new Date('2026-03-02T10:00:00Z'),
    });
  });

  it('reads a pipeline as checks of its sha', () => {
    expect(
      parseGitlabDelivery('Pipeline Hook', {
        project,
        object_attributes: { id: 31, sha: 'abc1234', status: 'failed' },
      })?.changes,
    ).toEqual([
      { kind: 'CHECKS', repository: 'acme/shop', sha: 'abc1234', checks: 'FAILURE', check: 'pipeline', runId: 31 },
    ]);
  });

  it('answers null for other hooks', () => {
    expect(parseGitlabDelivery('Issue Hook', {})).toBeNull();
  });
});
