import { requestUrl } from './request-target';

describe('requestUrl', () => {
  it('reads the path and query of an origin-form target', () => {
    const url = requestUrl('/graphql?query=%7B__typename%7D');
    expect(url?.pathname).toBe('/graphql');
    expect(url?.searchParams.get('query')).toBe('{__typename}');
  });

  it('keeps targets that begin with two slashes as paths instead of hosts', () => {
    expect(requestUrl('//')?.pathname).toBe('//');
    expect(requestUrl('//a@')?.pathname).toBe('//a@');
    expect(requestUrl('//evil.example/graphql')?.pathname).toBe('//evil.example/graphql');
  });

  it('reads the path of an absolute-form target', () => {
    expect(requestUrl('http://router.example/graphql?x=1')?.pathname).toBe('/graphql');
  });

  it('answers null for targets no server can answer instead of throwing', () => {
    for (const target of ['http://[::1', 'http://', '*', 'graphql', 'javascript:alert(1)', '']) {
      expect(requestUrl(target)).toBeNull();
    }
  });

  it('treats a missing target as the root path', () => {
    expect(requestUrl(undefined)?.pathname).toBe('/');
  });
});
