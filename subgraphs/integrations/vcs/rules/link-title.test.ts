import { branchTitle, commitTitle, pullRequestTitle } from './link-title';

describe('link titles', () => {
  it('names a pull request with its state and checks', () => {
    expect(
      pullRequestTitle({ provider: 'GITHUB', number: 812, title: 'Fix checkout', state: 'OPEN', checks: 'SUCCESS' }),
    ).toBe('PR #812: Fix checkout (open, checks passing)');
    expect(pullRequestTitle({ provider: 'GITLAB', number: 5, title: 'Login', state: 'MERGED', checks: null })).toBe(
      'MR !5: Login (merged)',
    );
  });

  it('keeps titles within 300 characters', () => {
    const title = pullRequestTitle({
      provider: 'GITHUB',
      number: 1,
      title: 'x'.repeat(400),
      state: 'OPEN',
      checks: 'FAILURE',
    });
    expect([...title]).toHaveLength(300);
    expect(title.endsWith('… (open, checks failing)')).toBe(true);
  });

  it('names a commit by its short sha and first line, and a branch by its name', () => {
    expect(commitTitle('abcdef123456', 'Fix total\n\nFixes WEB-42')).toBe('Commit abcdef1: Fix total');
    expect(branchTitle('feature/web-42')).toBe('Branch feature/web-42');
  });
});
