import type { Sql } from '@prisma/client/runtime/client';
import pg from 'pg';
import type { z } from 'zod';
import { parseRows } from './parse-rows';
import { countStatement, poolsOfClients } from './prisma';

const dateOid = 1082;
/** Calendar dates stay text ('2026-01-05'): pg's own parser reads them as midnight in the local time zone. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === dateOid ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

interface RawClient {
  $queryRaw(query: Sql): Promise<unknown>;
}

/**
 * The rows of a read, each checked against its row schema (as parseRows). A client made by
 * createPrismaClient answers from its pg pool directly: Prisma's raw path costs more CPU per row
 * than the rest of a hot read (bench/hot-reads.ts). A transaction client goes through Prisma, so the
 * read sees the transaction.
 */
export async function poolRows<Row>(client: object, name: string, row: z.ZodType<Row>, query: Sql): Promise<Row[]> {
  const direct = poolsOfClients.get(client);
  if (!direct) return parseRows(name, row, await (client as RawClient).$queryRaw(query));
  countStatement(direct.domain);
  const result = await direct.pool.query({ text: query.text, values: query.values, types });
  return parseRows(name, row, result.rows);
}
