import { raw, type Sql } from '@prisma/client/runtime/client';
import type { Page } from './relay';

/** A sort direction, as SQL spells it. */
export type Direction = 'ASC' | 'DESC';

/**
 * The direction a page's rows are fetched in: the connection's order, reversed for `last`/`before`
 * (toConnection turns the rows back).
 */
export const fetchDirection = (page: Page, order: Direction = 'ASC'): Direction =>
  page.backward === (order === 'ASC') ? 'DESC' : 'ASC';

/** An id below (ASC) or above (DESC) every uuid: the tie-breaker a first page's walk starts from. */
export const startId = (direction: Direction): string =>
  direction === 'ASC' ? '00000000-0000-0000-0000-000000000000' : 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** The ORDER BY keyword of a direction and the row comparison that walks that way from a cursor. */
export interface KeysetSql {
  order: Sql;
  compare: Sql;
}

export const keysetSql = (direction: Direction): KeysetSql => ({
  order: raw(direction),
  compare: raw(direction === 'ASC' ? '>' : '<'),
});

/** The Prisma spelling of a direction. */
export const prismaOrder = (direction: Direction): 'asc' | 'desc' => (direction === 'ASC' ? 'asc' : 'desc');

type Beyond<V> = { gt: V } | { lt: V };

/** The condition of a Prisma keyset page: rows beyond (value, id) in the walk's direction. */
export type PrismaKeysetWhere<F extends string, V> = {
  AND?: [{ OR: ({ [K in F]: Beyond<V> } | ({ [K in F]: V } & { id: Beyond<string> }))[] }];
};

/**
 * Prisma's where and orderBy of a keyset page over (field, id) walked in `direction` from the cursor's
 * key (exclusive). The where is an `AND` (empty on a first page), so it spreads beside a where that
 * has its own `OR`.
 */
export function prismaKeyset<F extends string, V>(
  field: F,
  cursor: { value: V; id: string } | null,
  direction: Direction,
): { where: PrismaKeysetWhere<F, V>; orderBy: [{ [K in F]: 'asc' | 'desc' }, { id: 'asc' | 'desc' }] } {
  const dir = prismaOrder(direction);
  const orderBy = [{ [field]: dir }, { id: dir }] as [{ [K in F]: 'asc' | 'desc' }, { id: 'asc' | 'desc' }];
  if (!cursor) return { where: {}, orderBy };
  const beyond = <T>(value: T): Beyond<T> => (direction === 'ASC' ? { gt: value } : { lt: value });
  const where = {
    AND: [{ OR: [{ [field]: beyond(cursor.value) }, { [field]: cursor.value, id: beyond(cursor.id) }] }],
  } as PrismaKeysetWhere<F, V>;
  return { where, orderBy };
}

/**
 * Runs a batch of page requests as one statement per direction present (usually one), each with its
 * keyset SQL, and returns the pages in request order.
 */
export async function inDirections<R extends { direction: Direction }, T>(
  requests: readonly R[],
  fetch: (group: readonly R[], keyset: KeysetSql) => Promise<T[][]>,
): Promise<T[][]> {
  const pages: T[][] = requests.map(() => []);
  await Promise.all(
    (['ASC', 'DESC'] as const).map(async (direction) => {
      const positions = requests.flatMap((request, i) => (request.direction === direction ? [i] : []));
      if (positions.length === 0) return;
      const fetched = await fetch(
        positions.map((i) => requests[i] as R),
        keysetSql(direction),
      );
      positions.forEach((position, j) => {
        pages[position] = fetched[j] ?? [];
      });
    }),
  );
  return pages;
}
