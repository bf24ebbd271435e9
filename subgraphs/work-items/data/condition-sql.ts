import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import type { Condition, ConditionField } from '../rules/filter-conditions';
import type { CustomFieldComparison, CustomFieldType } from '../rules/item-filter';

/** The column of each plain field on `work_item w`, and the cast its bound values get. */
const columns: Record<
  Exclude<ConditionField, 'labels' | 'watcher' | 'sprint' | 'stateCategory'>,
  { column: Sql; cast: Sql }
> = {
  state: { column: sql`w.state_id`, cast: sql`uuid` },
  type: { column: sql`w.type`, cast: sql`text` },
  priority: { column: sql`w.priority`, cast: sql`smallint` },
  assignee: { column: sql`w.assignee_id`, cast: sql`uuid` },
  reporter: { column: sql`w.reporter_id`, cast: sql`uuid` },
  parent: { column: sql`w.parent_id`, cast: sql`uuid` },
  release: { column: sql`w.release_id`, cast: sql`uuid` },
  estimate: { column: sql`w.estimate`, cast: sql`float8` },
  dueDate: { column: sql`w.due_date`, cast: sql`date` },
  createdAt: { column: sql`w.created_at`, cast: sql`timestamptz` },
  updatedAt: { column: sql`w.updated_at`, cast: sql`timestamptz` },
  title: { column: sql`w.title`, cast: sql`text` },
};

/** A LIKE pattern matching the text anywhere, its own %, _ and \ taken literally. */
const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * One comparison on a column. `neq` and `nin` hold for rows without a value; every other comparison
 * is NULL there, which the filter's NOT treats as false (see filterConditionsSql).
 */
function columnSql(condition: Pick<Condition, 'op' | 'value'>, column: Sql, cast: Sql): Sql {
  const { op, value } = condition;
  const one = sql`${value}::${cast}`;
  const list = sql`${value}::${cast}[]`;
  switch (op) {
    case 'eq':
      return sql`${column} = ${one}`;
    case 'neq':
      return sql`${column} IS DISTINCT FROM ${one}`;
    case 'in':
      return sql`${column} = ANY(${list})`;
    case 'nin':
      return sql`NOT COALESCE(${column} = ANY(${list}), FALSE)`;
    case 'lt':
      return sql`${column} < ${one}`;
    case 'lte':
      return sql`${column} <= ${one}`;
    case 'gt':
      return sql`${column} > ${one}`;
    case 'gte':
      return sql`${column} >= ${one}`;
    case 'null':
      return value ? sql`${column} IS NULL` : sql`${column} IS NOT NULL`;
    case 'contains':
      return sql`${column} ILIKE ${containsPattern(String(value))}`;
    case 'notContains':
      return sql`${column} NOT ILIKE ${containsPattern(String(value))}`;
  }
}

/**
 * A comparison on rows the item has (its labels, its state): `eq`/`in` hold when some row matches,
 * `neq`/`nin` when none does, `null` when it has no row at all. `rows(match)` selects the item's rows
 * whose value meets `match`.
 */
function setSql(condition: Condition, cast: Sql, rows: (match: Sql) => Sql): Sql {
  const { op, value } = condition;
  switch (op) {
    case 'eq':
      return sql`EXISTS (${rows(sql`= ${value}::${cast}`)})`;
    case 'in':
      return sql`EXISTS (${rows(sql`= ANY(${value}::${cast}[])`)})`;
    case 'neq':
      return sql`NOT EXISTS (${rows(sql`= ${value}::${cast}`)})`;
    case 'nin':
      return sql`NOT EXISTS (${rows(sql`= ANY(${value}::${cast}[])`)})`;
    case 'null':
      return value ? sql`NOT EXISTS (${rows(sql`IS NOT NULL`)})` : sql`EXISTS (${rows(sql`IS NOT NULL`)})`;
    default:
      throw new Error(`No ${op} comparison on ${condition.field}.`);
  }
}

/** One condition as SQL over `work_item w`; every value a bound parameter. */
export function conditionSql(condition: Condition): Sql {
  switch (condition.field) {
    case 'labels':
      return setSql(
        condition,
        sql`uuid`,
        (match) => sql`SELECT 1 FROM work_item_label wl WHERE wl.work_item_id = w.id AND wl.label_id ${match}`,
      );
    case 'watcher':
      return setSql(
        condition,
        sql`uuid`,
        (match) =>
          sql`SELECT 1 FROM work_item_watcher ww
            WHERE ww.work_item_id = w.id AND ww.project_id = w.project_id AND ww.watching AND ww.user_id ${match}`,
      );
    case 'sprint':
      // The read model's row (none, or sprint_id null, for the backlog): at most one sprint per item.
      return setSql(
        condition,
        sql`uuid`,
        (match) => sql`SELECT 1 FROM work_item_sprint ws WHERE ws.work_item_id = w.id AND ws.sprint_id ${match}`,
      );
    case 'stateCategory':
      return setSql(
        condition,
        sql`text`,
        (match) => sql`SELECT 1 FROM workflow_state s WHERE s.id = w.state_id AND s.category ${match}`,
      );
    default: {
      const { column, cast } = columns[condition.field];
      return columnSql(condition, column, cast);
    }
  }
}

/** The type each scalar custom field's stored value is compared as. */
const customCasts: Record<Exclude<CustomFieldType, 'MULTI_SELECT'>, Sql> = {
  TEXT: sql`text`,
  NUMBER: sql`float8`,
  DATE: sql`date`,
  SELECT: sql`text`,
  USER: sql`uuid`,
};

/**
 * One comparison on a custom field's value in `w.custom_fields` (absent when the item has none).
 * Equality is jsonb containment, which work_item_custom_fields_idx (GIN) answers; the others read
 * the value of the project's rows. A MULTI_SELECT value is a set of options, compared as labels are.
 */
export function customComparisonSql(comparison: CustomFieldComparison): Sql {
  const { fieldId, type, op, value } = comparison;
  const text = sql`(w.custom_fields ->> ${fieldId}::text)`;
  if (op === 'null') return value ? sql`${text} IS NULL` : sql`${text} IS NOT NULL`;
  const containing = (stored: unknown) => sql`w.custom_fields @> ${JSON.stringify({ [fieldId]: stored })}::jsonb`;
  if (type === 'MULTI_SELECT') {
    const anyOf = sql`COALESCE(jsonb_exists_any(w.custom_fields -> ${fieldId}::text, ${value}::text[]), FALSE)`;
    switch (op) {
      case 'eq':
        return containing([value]);
      case 'neq':
        return sql`NOT ${containing([value])}`;
      case 'in':
        return anyOf;
      case 'nin':
        return sql`NOT ${anyOf}`;
      default:
        throw new Error(`No ${op} comparison on a MULTI_SELECT field.`);
    }
  }
  if (op === 'eq') return containing(value);
  const cast = customCasts[type];
  return columnSql(comparison, sql`${text}::${cast}`, cast);
}
