import type { z } from 'zod';

/**
 * The rows of a raw query, each checked against its row schema. `$queryRaw<T>` only asserts a type;
 * a renamed column or a missing `::int` cast would otherwise flow on as `undefined` or a bigint.
 * A mismatch is a bug of ours, so it throws an internal error naming the query, never the row.
 */
export function parseRows<Row>(query: string, row: z.ZodType<Row>, rows: unknown): Row[] {
  if (!Array.isArray(rows)) throw new Error(`${query}: the database answered something other than rows.`);
  return rows.map((value, index) => {
    const parsed = row.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${query}: row ${index} does not fit (${issue?.path.join('.') || 'row'}: ${issue?.message}).`);
    }
    return parsed.data;
  });
}

/** The only row of a query that must answer exactly one (a count, an aggregate), checked like `parseRows`. */
export function parseRow<Row>(query: string, row: z.ZodType<Row>, rows: unknown): Row {
  const [first, ...rest] = parseRows(query, row, rows);
  if (!first || rest.length) throw new Error(`${query}: expected one row.`);
  return first;
}
