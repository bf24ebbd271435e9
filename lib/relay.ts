import { badInput } from './errors';

export const maxPageSize = 100;
export const defaultPageSize = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  /** Rows to fetch: one more than the page, to learn whether a next page exists. */
  take: number;
  limit: number;
  after: string[] | null;
}

/** A connection's page sizes, where they differ from the public API's (service-only connections). */
export interface PageSizes {
  max: number;
  default: number;
}

/**
 * Validates `first`/`after`. A cursor is the base64url JSON array of the sort key values of the last
 * row seen, so pages stay stable while rows are inserted before them.
 */
export function parsePage(
  args: PageArgs,
  path = '',
  sizes: PageSizes = { max: maxPageSize, default: defaultPageSize },
): Page {
  const prefix = path ? `${path}.` : '';
  const limit = args.first ?? sizes.default;
  if (!Number.isInteger(limit) || limit < 0 || limit > sizes.max) {
    throw badInput(`${prefix}first`, `first must be between 0 and ${sizes.max}.`);
  }
  let after: string[] | null = null;
  if (args.after) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
      // No cursor this API gives holds a NUL, and PostgreSQL refuses one in any text it is sent.
      if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string' && !v.includes('\u0000'))) {
        throw new Error('shape');
      }
      after = parsed as string[];
    } catch {
      throw badInput(`${prefix}after`, 'after is not a valid cursor.');
    }
  }
  return { take: limit + 1, limit, after };
}

export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Builds a connection from rows fetched with `page.take`; totalCount is only computed when asked for. */
export function toConnection<T>(
  rows: T[],
  page: Page,
  cursorOf: (row: T) => string[],
  totalCount: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
