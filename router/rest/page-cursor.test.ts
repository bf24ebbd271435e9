import { decodePageCursor, encodePageCursor, historyLimit, neighbourCursors } from './page-cursor';

describe('REST page cursors', () => {
  it('link the first page to the next only, and a later page back to the one before it', () => {
    const first = neighbourCursors(null, { hasNextPage: true, endCursor: 'e1' });
    expect(first).toMatchObject({ prev: undefined, first: true });
    const second = decodePageCursor(first.next!)!;
    expect(second).toEqual({ after: 'e1', before: [null] });
    const fromSecond = neighbourCursors(second, { hasNextPage: true, endCursor: 'e2' });
    expect(fromSecond.prev).toBeNull(); // the first page: no cursor
    const third = decodePageCursor(fromSecond.next!)!;
    const fromThird = neighbourCursors(third, { hasNextPage: false, endCursor: 'e3' });
    expect(fromThird.next).toBeNull();
    expect(decodePageCursor(fromThird.prev!)).toEqual(second);
  });

  it('keeps the last pages only: further back, a page links to the first page and no previous one', () => {
    let cursor = decodePageCursor(neighbourCursors(null, { hasNextPage: true, endCursor: 'e0' }).next!)!;
    for (let page = 1; page <= historyLimit + 2; page++) {
      cursor = decodePageCursor(neighbourCursors(cursor, { hasNextPage: true, endCursor: `e${page}` }).next!)!;
    }
    expect(cursor.before).toHaveLength(historyLimit);
    let back = cursor;
    for (let step = 0; step < historyLimit; step++)
      back = decodePageCursor(neighbourCursors(back, { hasNextPage: true, endCursor: 'x' }).prev!)!;
    expect(neighbourCursors(back, { hasNextPage: true, endCursor: 'x' })).toMatchObject({
      prev: undefined,
      first: false,
    });
  });

  it('refuses cursors it did not issue', () => {
    expect(decodePageCursor('nope')).toBeNull();
    expect(decodePageCursor(Buffer.from('{"a":""}').toString('base64url'))).toBeNull();
    expect(decodePageCursor(encodePageCursor({ after: 'x', before: [] }))).toEqual({ after: 'x', before: [] });
  });
});
