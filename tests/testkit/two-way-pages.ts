import { dataOf, graphql } from './client';
import type { TestStack } from './stack';

/** What a connection page shows of itself: its edges' cursors and node ids, and its pageInfo. */
export interface PageJson {
  edges: { cursor: string; id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Page arguments: `first`/`after` or `last`/`before`. */
export type PageVariables = { first?: number; after?: string | null; last?: number; before?: string | null };

/** The value at a dotted path of a response's data (`project.board.columns.0.items`). */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);
}

interface ConnectionJson {
  edges: { cursor: string; node: unknown }[];
  pageInfo: PageJson['pageInfo'];
}

/**
 * A connection reached through the router: `query` declares `$first: Int, $after: String, $last: Int,
 * $before: String` (and `variables`); the connection is at `connectionPath` of the data, an edge's
 * identity at `idPath` of its node.
 */
export function connectionThroughRouter(
  stack: Pick<TestStack, 'routerUrl'>,
  token: string,
  query: string,
  connectionPath: string,
  variables: Record<string, unknown> = {},
  idPath = 'id',
): (page: PageVariables) => Promise<PageJson> {
  return async (page) => {
    const data = dataOf(await graphql(stack.routerUrl, query, { ...variables, ...page }, { token }));
    const connection = valueAt(data, connectionPath) as ConnectionJson;
    return {
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, id: String(valueAt(edge.node, idPath)) })),
      pageInfo: connection.pageInfo,
    };
  };
}

/**
 * Walks a connection forward (`first`/`after`) and backward from its end (`last`/`before`) in pages
 * of `size`, and checks both walks list the same rows in the same order, with the page flags a client
 * stops on; then that a backward page from the middle holds the rows just before its cursor. Returns
 * the ids in order, for the caller's own expectations.
 */
export async function expectSameRowsBothWays(fetchPage: (page: PageVariables) => Promise<PageJson>, size = 2) {
  const forward: string[] = [];
  const forwardPages: PageJson[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage({ first: size, after });
    forwardPages.push(page);
    forward.push(...page.edges.map((edge) => edge.id));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    if (forwardPages.length > 50) throw new Error('the forward walk does not end');
  }
  expect(forward.length).toBeGreaterThan(size);
  expect(new Set(forward).size).toBe(forward.length);

  const backward: string[] = [];
  let before: string | null = null;
  for (let pages = 0; ; pages++) {
    const page = await fetchPage({ last: size, before });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    backward.unshift(...page.edges.map((edge) => edge.id));
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
    if (pages > 50) throw new Error('the backward walk does not end');
  }
  expect(backward).toEqual(forward);

  const second = forwardPages[1]!;
  const justBefore = await fetchPage({ last: 1, before: second.pageInfo.startCursor });
  expect(justBefore.edges.map((edge) => edge.id)).toEqual([forward[size - 1]]);
  expect(justBefore.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: size > 1 });
  return forward;
}
