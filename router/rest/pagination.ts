import { z } from 'zod';
import { ErrorCode } from '../../lib/errors';
import { defaultPageSize, maxPageSize } from '../../lib/relay';
import { linkHeader, pageUrl } from './link-header';
import { decodePageCursor, neighbourCursors, pageVariables, type PageArgs, type PageInfo } from './page-cursor';
import { fail } from './problem';
import type { RouteResult } from './route';

/** The query parameters of every paginated route: GraphQL's page sizes. */
export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(defaultPageSize)
    .describe(`Items per page, 1-${maxPageSize} (${defaultPageSize} when omitted).`),
  cursor: z
    .string()
    .max(12_000)
    .optional()
    .describe('Which page: a cursor from a `Link` header; the first page when omitted.'),
});

/** The page arguments every paginated route's GraphQL operation declares and passes to its connection. */
export const pageDeclarations = '$first: Int, $after: String, $last: Int, $before: String';
export const pageArguments = 'first: $first, after: $after, last: $last, before: $before';
/** What listResult reads of the connection to link the pages around it. */
export const pageInfoFields = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

export function pageArgsOf(query: { limit?: number; cursor?: string }): PageArgs {
  const current = query.cursor ? decodePageCursor(query.cursor) : null;
  if (query.cursor && !current) {
    throw fail(ErrorCode.BadUserInput, 'cursor is not a cursor this API issued.', {
      errors: [{ in: 'query', field: 'cursor', message: 'cursor is not a cursor this API issued.' }],
    });
  }
  return { variables: pageVariables(query.limit ?? defaultPageSize, current), current };
}

export interface ListBody<T> {
  items: T[];
  totalCount: number;
}

/** The page as `{ items, totalCount }`, with `Link` to the first, previous, next and last pages. */
export function listResult<T>(
  url: URL,
  page: PageArgs,
  connection: {
    edges: { node: T }[];
    pageInfo: PageInfo;
    totalCount: number;
  },
): RouteResult {
  const cursors = neighbourCursors(page.current, connection.pageInfo);
  const link = linkHeader(
    Object.fromEntries(
      Object.entries(cursors).map(([rel, cursor]) => [rel, pageUrl(url.pathname, url.searchParams, cursor)]),
    ),
  );
  const body: ListBody<T> = { items: connection.edges.map((edge) => edge.node), totalCount: connection.totalCount };
  return { status: 200, body, headers: link ? { link } : {} };
}
