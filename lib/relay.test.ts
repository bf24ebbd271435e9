import { ErrorCode } from './errors';
import { encodeCursor, invalidCursor, listConnection, maxPageSize, parsePage, toConnection } from './relay';

describe('Relay pagination', () => {
  it('defaults to 20 items and fetches one extra row to detect a next page', () => {
    expect(parsePage({})).toEqual({ take: 21, limit: 20, cursor: null, backward: false });
  });

  it.each([-1, maxPageSize + 1, 1.5])('rejects first = %p with the argument path', (first) => {
    expect(() => parsePage({ first }, 'members')).toThrow(
      expect.objectContaining({ details: { field: 'members.first' } }),
    );
  });

  it('takes other sizes for a connection that allows bigger pages', () => {
    const sizes = { max: 500, default: 100 };
    expect(parsePage({}, 'x', sizes)).toEqual({ take: 101, limit: 100, cursor: null, backward: false });
    expect(parsePage({ first: 500 }, 'x', sizes).limit).toBe(500);
    expect(() => parsePage({ first: 501 }, 'x', sizes)).toThrow(
      expect.objectContaining({ message: 'first must be between 0 and 500.', details: { field: 'x.first' } }),
    );
  });

  it('rejects a cursor that was not issued by the server', () => {
    expect(() => parsePage({ after: 'garbage' })).toThrow(expect.objectContaining({ details: { field: 'after' } }));
    expect(() => parsePage({ after: encodeCursor([]).replace(/./, '{') })).toThrow();
  });

  it('rejects a cursor holding a NUL character, which PostgreSQL cannot be sent', () => {
    expect(() => parsePage({ after: encodeCursor(['a\u0000', 'b']) })).toThrow(
      expect.objectContaining({ details: { field: 'after' } }),
    );
    expect(() => parsePage({ after: encodeCursor(['x']) }, 'members')).not.toThrow();
  });

  it('decodes a cursor back into its sort key values', () => {
    expect(parsePage({ first: 5, after: encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']) }).cursor).toEqual([
      '2026-01-01T00:00:00.000Z',
      'abc',
    ]);
  });

  it('builds edges, page info and a lazy total from an over-fetched page', async () => {
    const page = parsePage({ first: 2 });
    const count = jest.fn(async () => 3);
    const connection = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], page, (row) => [row.id], count);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(connection.pageInfo.endCursor).toBe(encodeCursor(['b']));
    expect(count).not.toHaveBeenCalled();
    await expect(connection.totalCount()).resolves.toBe(3);
  });

  it('reports an empty last page', () => {
    const connection = toConnection(
      [],
      parsePage({ first: 2, after: encodeCursor(['b']) }),
      () => [],
      async () => 0,
    );
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('reads last and before as a backward page, naming those arguments in its refusals', () => {
    expect(parsePage({ last: 5, before: encodeCursor(['b']) })).toEqual({
      take: 6,
      limit: 5,
      cursor: ['b'],
      backward: true,
    });
    expect(parsePage({ last: 3 })).toMatchObject({ limit: 3, cursor: null, backward: true });
    expect(parsePage({ before: encodeCursor(['b']) })).toMatchObject({ limit: 20, backward: true });
    expect(() => parsePage({ last: maxPageSize + 1 }, 'members')).toThrow(
      expect.objectContaining({
        message: `last must be between 0 and ${maxPageSize}.`,
        details: { field: 'members.last' },
      }),
    );
    expect(() => parsePage({ before: 'garbage' })).toThrow(
      expect.objectContaining({ message: 'before is not a valid cursor.', details: { field: 'before' } }),
    );
  });

  it.each([
    [{ first: 2, last: 2 }, 'last'],
    [{ first: 2, before: encodeCursor(['b']) }, 'before'],
    [{ after: encodeCursor(['a']), last: 2 }, 'last'],
  ])('refuses a page asked both ways (%p), naming the backward argument', (args, field) => {
    expect(() => parsePage(args)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }));
  });

  it('turns a backward page’s rows back into the connection’s order', () => {
    const page = parsePage({ last: 2, before: encodeCursor(['d']) });
    // Fetched in reverse from the cursor: c, b, then a as the extra row telling a page precedes.
    const connection = toConnection(
      [{ id: 'c' }, { id: 'b' }, { id: 'a' }],
      page,
      (row) => [row.id],
      async () => 4,
    );
    expect(connection.edges.map((e) => e.node.id)).toEqual(['b', 'c']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(['b']),
      endCursor: encodeCursor(['c']),
    });
    const start = toConnection(
      [{ id: 'b' }, { id: 'a' }],
      parsePage({ last: 2 }),
      (row) => [row.id],
      async () => 2,
    );
    expect(start.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(start.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('names the argument a cursor the server did not issue came in, under its path', () => {
    const cursor = encodeCursor(['x']);
    expect(invalidCursor(parsePage({ after: cursor }))).toMatchObject({
      message: 'after is not a valid cursor.',
      code: ErrorCode.BadUserInput,
      details: { field: 'after' },
    });
    expect(invalidCursor(parsePage({ before: cursor }), 'comments', 'for this order')).toMatchObject({
      message: 'before is not a valid cursor for this order.',
      code: ErrorCode.BadUserInput,
      details: { field: 'comments.before' },
    });
  });

  describe('a list in memory', () => {
    const letters = ['a', 'b', 'c', 'd', 'e'];
    const nodes = (connection: { edges: { node: string }[] }) => connection.edges.map((e) => e.node);

    it('pages forward and backward over the same positions', () => {
      const end = listConnection(letters, parsePage({ last: 2 }));
      expect(nodes(end)).toEqual(['d', 'e']);
      expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const before = listConnection(letters, parsePage({ last: 2, before: end.pageInfo.startCursor }));
      expect(nodes(before)).toEqual(['b', 'c']);
      expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const after = listConnection(letters, parsePage({ first: 10, after: before.pageInfo.endCursor }));
      expect(nodes(after)).toEqual(['d', 'e']);
      expect(after.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it('gives a short first page when fewer items precede the cursor than asked for', () => {
      const second = listConnection(letters, parsePage({ first: 1, after: encodeCursor(['0']) }));
      const start = listConnection(letters, parsePage({ last: 5, before: second.pageInfo.startCursor }));
      expect(nodes(start)).toEqual(['a']);
      expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it('refuses a cursor that is not a position, naming its argument', () => {
      expect(() => listConnection(letters, parsePage({ before: encodeCursor(['x']) }))).toThrow(
        expect.objectContaining({ details: { field: 'before' } }),
      );
    });
  });
});
