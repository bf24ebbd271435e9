import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { keysetSql, type Direction } from '../../../lib/keyset';
import type { AnalyticsPrisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { DatedDrillDown } from '../mappers';
import { endOf, startOf } from '../rules/flow-window';
import { durationSql, groupKeysSql } from './flow-sql';
import { populationSql, type FlowPopulation } from './populations';

/** Live items of the population whose last state before `end` is one of `stateIds` (index: item, version). */
const inStatesAtSql = (population: FlowPopulation, stateIds: readonly string[], end: Date) => Prisma.sql`
  FROM analytics.item_fact f
  JOIN LATERAL (
    SELECT sc.to_state_id FROM analytics.state_change sc
    WHERE sc.item_id = f.id AND sc.at < ${end} ORDER BY sc.version DESC LIMIT 1
  ) last ON true
  WHERE ${populationSql(population)} AND last.to_state_id = ANY(${[...stateIds]}::uuid[])
    AND (f.archived_at IS NULL OR f.archived_at >= ${end}) AND (f.deleted_at IS NULL OR f.deleted_at >= ${end})`;

/** A page of item ids in id order, read in `direction` from `afterId` (exclusive). */
export interface IdPage {
  afterId: string | null;
  take: number;
  direction: Direction;
}

/** A page of the items in these states at the end of a day, by id. */
export async function itemsInStatesAt(
  prisma: AnalyticsPrisma,
  population: FlowPopulation,
  stateIds: readonly string[],
  end: Date,
  page: IdPage,
): Promise<string[]> {
  const k = keysetSql(page.direction);
  const after = page.afterId ? Prisma.sql`AND f.id ${k.compare} ${page.afterId}::uuid` : Prisma.empty;
  const rows = parseRows(
    'itemsInStatesAt',
    z.object({ id: z.string() }),
    await prisma.$queryRaw`
      SELECT f.id::text AS id ${inStatesAtSql(population, stateIds, end)} ${after}
      ORDER BY f.id ${k.order} LIMIT ${page.take}`,
  );
  return rows.map((row) => row.id);
}

/**
 * A page of the items created or finished on the drill-down's days (and with its lead or cycle
 * time), by id (index: project, created_at or finished_at).
 */
export async function itemsDatedIn(prisma: AnalyticsPrisma, drill: DatedDrillDown, page: IdPage): Promise<string[]> {
  const k = keysetSql(page.direction);
  const column = drill.on === 'created' ? Prisma.sql`f.created_at` : Prisma.sql`f.finished_at`;
  const duration = drill.duration
    ? Prisma.sql`AND ${durationSql(drill.duration.measure)} = ${drill.duration.days}`
    : Prisma.empty;
  const group = drill.group
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM (${groupKeysSql(drill.group.by)}) g WHERE g.key = ${drill.group.key})`
    : Prisma.empty;
  const after = page.afterId ? Prisma.sql`AND f.id ${k.compare} ${page.afterId}::uuid` : Prisma.empty;
  const rows = parseRows(
    'itemsDatedIn',
    z.object({ id: z.string() }),
    await prisma.$queryRaw`
      SELECT f.id::text AS id FROM analytics.item_fact f
      WHERE ${populationSql(drill.population)} AND ${column} >= ${startOf(drill.between)}
        AND ${column} < ${endOf(drill.between)} ${duration} ${group} ${after}
      ORDER BY f.id ${k.order} LIMIT ${page.take}`,
  );
  return rows.map((row) => row.id);
}
