import { join, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import type { ItemFilter } from '../rules/item-filter';
import { conditionSql, customComparisonSql } from './condition-sql';

/**
 * An item's search document: title (weight A) and description (B), a generated column indexed by
 * work_item_search_idx (GIN). Weights only matter to ranking; `@@` matches on either.
 */
export const searchVectorSql = sql`w.search_vector`;

/**
 * Whether `w` has a blocker that still blocks: a BLOCKS link into it (work_item_link_target_id_type_idx)
 * from an item neither archived nor in a DONE or CANCELED state, in `w`'s project or one of
 * `projectIds` (the ones the viewer reads, as `WorkItem.isBlocked` counts them).
 */
const unfinishedBlockerSql = (projectIds: readonly string[]) => sql`EXISTS (SELECT 1 FROM work_item_link l
  JOIN work_item b ON b.id = l.source_id
  JOIN workflow_state bs ON bs.id = b.state_id
  WHERE l.target_id = w.id AND l.type = 'BLOCKS' AND b.archived_at IS NULL
    AND bs.category <> ALL(ARRAY['DONE', 'CANCELED'])
    AND (b.project_id = w.project_id OR b.project_id = ANY(${[...projectIds]}::uuid[])))`;

/**
 * The filter's conditions on `work_item w`, joined with AND (TRUE when there are none), its `and`,
 * `or` and `not` nested in parentheses. Every value is a bound parameter. `archived` is applied unless the caller handles it (boards always exclude).
 */
export function filterConditionsSql(filter: ItemFilter): Sql {
  const parts: Sql[] = [];
  if (filter.stateIds) parts.push(sql`w.state_id = ANY(${filter.stateIds}::uuid[])`);
  if (filter.stateCategories) {
    parts.push(sql`EXISTS (SELECT 1 FROM workflow_state s
      WHERE s.id = w.state_id AND s.category = ANY(${filter.stateCategories}::text[]))`);
  }
  if (filter.types) parts.push(sql`w.type = ANY(${filter.types}::text[])`);
  if (filter.assigneeIds && filter.unassigned === true) {
    parts.push(sql`(w.assignee_id = ANY(${filter.assigneeIds}::uuid[]) OR w.assignee_id IS NULL)`);
  } else if (filter.assigneeIds) {
    parts.push(sql`w.assignee_id = ANY(${filter.assigneeIds}::uuid[])`);
  } else if (filter.unassigned === true) {
    parts.push(sql`w.assignee_id IS NULL`);
  } else if (filter.unassigned === false) {
    parts.push(sql`w.assignee_id IS NOT NULL`);
  }
  // Every one of the labels: the items having as many of them as asked (an empty list asks nothing).
  if (filter.labelIds && filter.labelIds.length > 0) {
    parts.push(sql`w.id IN (SELECT wl.work_item_id FROM work_item_label wl
      WHERE wl.label_id = ANY(${filter.labelIds}::uuid[])
      GROUP BY wl.work_item_id HAVING count(*) = ${filter.labelIds.length})`);
  }
  if (filter.parentId) parts.push(sql`w.parent_id = ${filter.parentId}::uuid`);
  if (filter.priorities) parts.push(sql`w.priority = ANY(${filter.priorities}::smallint[])`);
  if (filter.dueAfter) parts.push(sql`w.due_date >= ${filter.dueAfter}::date`);
  if (filter.dueBefore) parts.push(sql`w.due_date <= ${filter.dueBefore}::date`);
  for (const condition of filter.customFields) {
    parts.push(condition.contains === null ? sql`FALSE` : sql`w.custom_fields @> ${condition.contains}::jsonb`);
  }
  for (const comparison of filter.customComparisons) parts.push(sql`(${customComparisonSql(comparison)})`);
  if (filter.archived === 'EXCLUDE') parts.push(sql`w.archived_at IS NULL`);
  if (filter.archived === 'ONLY') parts.push(sql`w.archived_at IS NOT NULL`);
  if (filter.tsquery) parts.push(sql`${searchVectorSql} @@ to_tsquery('simple', ${filter.tsquery})`);
  if (filter.blocked) {
    const blocker = unfinishedBlockerSql(filter.blocked.projectIds);
    parts.push(filter.blocked.is ? blocker : sql`NOT ${blocker}`);
  }
  for (const condition of filter.conditions) parts.push(sql`(${conditionSql(condition)})`);
  for (const sub of filter.and) parts.push(sql`(${filterConditionsSql(sub)})`);
  if (filter.or) {
    parts.push(
      filter.or.length > 0
        ? sql`(${join(
            filter.or.map((sub) => sql`(${filterConditionsSql(sub)})`),
            ' OR ',
          )})`
        : sql`FALSE`,
    );
  }
  // A condition on a missing value is NULL, not false: NOT of it must still hold, so NULL counts as false first.
  if (filter.not) parts.push(sql`NOT COALESCE((${filterConditionsSql(filter.not)}), FALSE)`);
  return parts.length > 0 ? join(parts, ' AND ') : sql`TRUE`;
}
