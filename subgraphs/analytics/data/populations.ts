import { Prisma } from '../generated/prisma/client';

/** Narrows a population; every condition given must hold (FlowFilterInput). Ids are raw uuids. */
export interface FlowFilter {
  types: string[] | null;
  assigneeIds: string[] | null;
  unassigned: boolean | null;
  labelIds: string[] | null;
  parentId: string | null;
}

/**
 * Whose items a metric measures, already checked against the viewer: the items of `projectIds`,
 * only those of `itemIds` when a saved view chose them, narrowed by `filter`.
 */
export interface FlowPopulation {
  projectIds: string[];
  itemIds: string[] | null;
  filter: FlowFilter | null;
}

/** Whether the population is whole projects, so the pre-aggregated daily counts answer for it. */
export const isWholeProjects = (population: FlowPopulation): boolean =>
  population.itemIds === null && population.filter === null;

/** A stable key of the population, for per-request caches. */
export const populationKey = (population: FlowPopulation): string =>
  JSON.stringify([[...population.projectIds].sort(), population.itemIds, population.filter]);

/** The population's conditions on `analytics.item_fact` aliased `f`. */
export function populationSql(population: FlowPopulation): Prisma.Sql {
  // One project as an equality: the planner then reads (project_id, finished_at, id) in index order.
  const [only, ...more] = population.projectIds;
  const conditions = [
    only !== undefined && more.length === 0
      ? Prisma.sql`f.project_id = ${only}::uuid`
      : Prisma.sql`f.project_id = ANY(${population.projectIds}::uuid[])`,
  ];
  if (population.itemIds) conditions.push(Prisma.sql`f.id = ANY(${population.itemIds}::uuid[])`);
  const filter = population.filter;
  if (filter?.types) conditions.push(Prisma.sql`f.type = ANY(${filter.types}::text[])`);
  if (filter?.assigneeIds && filter.unassigned) {
    conditions.push(Prisma.sql`(f.assignee_id = ANY(${filter.assigneeIds}::uuid[]) OR f.assignee_id IS NULL)`);
  } else if (filter?.assigneeIds) {
    conditions.push(Prisma.sql`f.assignee_id = ANY(${filter.assigneeIds}::uuid[])`);
  } else if (filter?.unassigned === true) {
    conditions.push(Prisma.sql`f.assignee_id IS NULL`);
  } else if (filter?.unassigned === false) {
    conditions.push(Prisma.sql`f.assignee_id IS NOT NULL`);
  }
  if (filter?.labelIds) conditions.push(Prisma.sql`f.label_ids && ${filter.labelIds}::uuid[]`);
  if (filter?.parentId) conditions.push(Prisma.sql`f.parent_id = ${filter.parentId}::uuid`);
  return Prisma.join(conditions, ' AND ');
}
