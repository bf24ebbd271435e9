import { etagOf, ifNoneMatchMatches } from './etag';

describe('ETags', () => {
  it('are strong tags that change with the body', () => {
    expect(etagOf('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":2}')).not.toBe(etagOf('{"a":1}'));
  });

  it('match If-None-Match by weak comparison, in a list, or as *', () => {
    const tag = etagOf('x');
    expect(ifNoneMatchMatches(tag, tag)).toBe(true);
    expect(ifNoneMatchMatches(`"other", W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchMatches('*', tag)).toBe(true);
    expect(ifNoneMatchMatches('"other"', tag)).toBe(false);
    expect(ifNoneMatchMatches(undefined, tag)).toBe(false);
  });
});
