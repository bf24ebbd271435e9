import { linkHeader, pageUrl } from './link-header';

describe('Link headers', () => {
  it('lists the relations given, in the order first, prev, next', () => {
    expect(linkHeader({ next: '/a?cursor=2', first: '/a' })).toBe('</a>; rel="first", </a?cursor=2>; rel="next"');
    expect(linkHeader({})).toBeNull();
  });

  it('keeps the request’s other query parameters and replaces or drops the cursor', () => {
    const search = new URLSearchParams('limit=2&type=BUG&cursor=old');
    expect(pageUrl('/api/v1/x', search, 'new')).toBe('/api/v1/x?limit=2&type=BUG&cursor=new');
    expect(pageUrl('/api/v1/x', search, null)).toBe('/api/v1/x?limit=2&type=BUG');
    expect(pageUrl('/api/v1/x', new URLSearchParams(), null)).toBe('/api/v1/x');
  });
});
