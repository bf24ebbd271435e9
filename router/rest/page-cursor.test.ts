import { decodePageCursor, encodePageCursor, neighbourCursors, pageVariables } from './page-cursor';

const info = (hasPreviousPage: boolean, hasNextPage: boolean) => ({
  hasPreviousPage,
  hasNextPage,
  startCursor: 's',
  endCursor: 'e',
});

describe('REST page cursors', () => {
  it('link the first page to the next and the last pages only', () => {
    const links = neighbourCursors(null, info(false, true));
    expect(Object.keys(links).sort()).toEqual(['last', 'next']);
    expect(decodePageCursor(links.next!)).toEqual({ after: 'e' });
    expect(decodePageCursor(links.last!)).toEqual({ before: null });
  });

  it('link a middle page to the first page, to just before its first item and to just after its last', () => {
    const links = neighbourCursors({ after: 'x' }, info(true, true));
    expect(links.first).toBeNull();
    expect(decodePageCursor(links.prev!)).toEqual({ before: 's' });
    expect(decodePageCursor(links.next!)).toEqual({ after: 'e' });
  });

  it('link the last page back only, and a page with nothing around it nowhere', () => {
    expect(Object.keys(neighbourCursors({ before: null }, info(true, false))).sort()).toEqual(['first', 'prev']);
    expect(neighbourCursors(null, info(false, false))).toEqual({});
  });

  it('read a cursor as GraphQL page arguments: after it, before it, or the end of the list', () => {
    expect(pageVariables(5, null)).toEqual({ first: 5, after: null, last: null, before: null });
    expect(pageVariables(5, { after: 'e' })).toEqual({ first: 5, after: 'e', last: null, before: null });
    expect(pageVariables(5, { before: 's' })).toEqual({ first: null, after: null, last: 5, before: 's' });
    expect(pageVariables(5, { before: null })).toEqual({ first: null, after: null, last: 5, before: null });
  });

  it('refuses cursors it did not issue and goes on with those issued before pages went backward', () => {
    expect(decodePageCursor('nope')).toBeNull();
    expect(decodePageCursor(Buffer.from('{"a":""}').toString('base64url'))).toBeNull();
    expect(decodePageCursor(Buffer.from('{"a":"x","b":3}').toString('base64url'))).toBeNull();
    expect(decodePageCursor(encodePageCursor({ after: 'x' }))).toEqual({ after: 'x' });
    expect(decodePageCursor(encodePageCursor({ before: 'y' }))).toEqual({ before: 'y' });
    expect(decodePageCursor(Buffer.from('{"a":"x","b":[null]}').toString('base64url'))).toEqual({ after: 'x' });
  });
});
