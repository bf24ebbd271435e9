import { encodeCursor, maxPageSize, parsePage, toConnection } from './relay';

describe('Relay pagination', () => {
  it('defaults to 20 items and fetches one extra row to detect a next page', () => {
    expect(parsePage({})).toEqual({ take: 21, limit: 20, after: null });
  });

  it.each([-1, maxPageSize + 1, 1.5])('rejects first = %p with the argument path', (first) => {
    expect(() => parsePage({ first }, 'members')).toThrow(
      expect.objectContaining({ details: { field: 'members.first' } }),
    );
  });

  it('takes other sizes for a connection that allows bigger pages', () => {
    const sizes = { max: 500, default: 100 };
    expect(parsePage({}, 'x', sizes)).toEqual({ take: 101, limit: 100, after: null });
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
    expect(parsePage({ first: 5, after: encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']) }).after).toEqual([
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
});
