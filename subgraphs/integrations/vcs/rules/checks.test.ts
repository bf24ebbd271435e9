import { combinedChecks } from './vcs-event';

describe('combined checks', () => {
  it('fail when any check failed, whatever reported last; pend while any runs; pass when all passed', () => {
    expect(combinedChecks([])).toBeNull();
    expect(combinedChecks(['FAILURE', 'SUCCESS'])).toBe('FAILURE');
    expect(combinedChecks(['SUCCESS', 'PENDING', 'FAILURE'])).toBe('FAILURE');
    expect(combinedChecks(['SUCCESS', 'PENDING'])).toBe('PENDING');
    expect(combinedChecks(['SUCCESS', 'SUCCESS'])).toBe('SUCCESS');
  });
});
