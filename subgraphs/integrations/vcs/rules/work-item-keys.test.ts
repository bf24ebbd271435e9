import { keysInBranch, keysInText, mergeKeys } from './work-item-keys';

describe('work item keys', () => {
  it('finds each upper-case key once, in order of appearance', () => {
    expect(keysInText('WEB-42: fix checkout (see WEB-7 and WEB-42)')).toEqual([
      { key: 'WEB-42', closes: false },
      { key: 'WEB-7', closes: false },
    ]);
  });

  it('ignores lower-case keys in prose, keys glued to other words, and numbers starting with zero', () => {
    expect(keysInText('web-42 xWEB-1 WEB-2x WEB-0 WEB-01 A-1')).toEqual([]);
  });

  it('marks keys after a closing keyword as closing, lists included', () => {
    expect(keysInText('Fixes WEB-1, closes: WEB-2\nResolves WEB-3 and WEB-4. Refs WEB-5')).toEqual([
      { key: 'WEB-1', closes: true },
      { key: 'WEB-2', closes: true },
      { key: 'WEB-3', closes: true },
      { key: 'WEB-4', closes: true },
      { key: 'WEB-5', closes: false },
    ]);
  });

  it('accepts every tense of the closing keywords', () => {
    for (const word of ['close', 'closes', 'closed', 'fix', 'fixes', 'fixed', 'resolve', 'resolves', 'resolved']) {
      expect(keysInText(`${word} API-9`)).toEqual([{ key: 'API-9', closes: true }]);
    }
  });

  it('reads keys in branch names whatever their case, never as closing', () => {
    expect(keysInBranch('feature/web-42-checkout')).toEqual([{ key: 'WEB-42', closes: false }]);
    expect(keysInBranch('bugfix/WEB_7_and_api-3')).toEqual([
      { key: 'WEB-7', closes: false },
      { key: 'API-3', closes: false },
    ]);
    expect(keysInBranch('main')).toEqual([]);
  });

  it('merges mentions: a key closes when any mention closes it', () => {
    expect(
      mergeKeys(
        [{ key: 'WEB-1', closes: false }],
        [
          { key: 'WEB-1', closes: true },
          { key: 'WEB-2', closes: false },
        ],
      ),
    ).toEqual([
      { key: 'WEB-1', closes: true },
      { key: 'WEB-2', closes: false },
    ]);
  });
});
