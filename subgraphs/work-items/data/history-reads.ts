import { z } from 'zod';
import { countsOf, pageRequestsSql, pagesOf, ParentCountRow, type PageRequest } from '../../../lib/db/batched-pages';
import { inDirections } from '../../../lib/keyset';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma } from '../db';
import type { HistoryEntry } from '../generated/prisma/client';
import { HistoryEntryRow, JsonColumn, PageIndex } from './rows';
import { maxStatesPerWorkflow } from '../rules/workflow-rules';

// Reads of the change history: how entries show, time in states, and batched pages.

/** A stored history value as HistoryEntry shows it: text as is, a state `{ id, name }` as its name. */
export function renderHistoryValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value) && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name;
  }
  if (Array.isArray(value)) return value.map((v) => renderHistoryValue(v) ?? '').join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value as number | boolean);
}

function stateValueOf(value: unknown): { id: string; name: string } | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { id, name } = value as { id?: unknown; name?: unknown };
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
}

export interface StateHistoryRow {
  oldValue: unknown;
  newValue: unknown;
  createdAt: Date;
}

/**
 * The most entries `timeInStates` lists: every state of the workflow (30 at most) still fits, with
 * room for as many deleted ones.
 */
export const maxTimeInStateEntries = 2 * maxStatesPerWorkflow;

export interface TimeInStateRow {
  stateId: string;
  stateName: string;
  seconds: number;
  current: boolean;
}

/**
 * Stays per state from an item's `state` history entries (oldest first): each entry ends the stay
 * before it and starts one in its new state; the last stay lasts until `now`. An item whose history
 * does not start with its creation (no entry from null) is taken to have been in the first entry's old
 * state since it was created. `currentNames` gives the names of states that still exist; a deleted
 * state keeps the last name recorded.
 */
export function computeTimeInStates(
  item: { stateId: string; createdAt: Date; stateEnteredAt: Date },
  entries: readonly StateHistoryRow[],
  currentNames: ReadonlyMap<string, string>,
  now: Date,
): TimeInStateRow[] {
  const stays: { state: { id: string; name: string }; from: number; to: number }[] = [];
  const first = entries[0] ? stateValueOf(entries[0].oldValue) : null;
  let open: { state: { id: string; name: string }; from: number } | null = first
    ? { state: first, from: item.createdAt.getTime() }
    : null;
  for (const entry of entries) {
    const at = entry.createdAt.getTime();
    if (open) stays.push({ ...open, to: at });
    const next = stateValueOf(entry.newValue);
    open = next ? { state: next, from: at } : null;
  }
  if (!open && !entries.length) {
    open = {
      state: { id: item.stateId, name: currentNames.get(item.stateId) ?? '' },
      from: item.stateEnteredAt.getTime(),
    };
  }
  if (open) stays.push({ ...open, to: Math.max(open.from, now.getTime()) });

  const byState = new Map<string, { name: string; ms: number; current: boolean }>();
  stays.forEach((stay, i) => {
    const row = byState.get(stay.state.id) ?? { name: stay.state.name, ms: 0, current: false };
    row.name = stay.state.name;
    row.ms += Math.max(0, stay.to - stay.from);
    if (i === stays.length - 1 && stay.state.id === item.stateId) row.current = true;
    byState.set(stay.state.id, row);
  });
  const rows = [...byState].map(([stateId, row]) => ({
    stateId,
    stateName: currentNames.get(stateId) ?? row.name,
    seconds: Math.floor(row.ms / 1000),
    current: row.current,
  }));
  return withinEntryLimit(rows, currentNames);
}

/**
 * Keeps `maxTimeInStateEntries` rows in order of first entry by leaving out deleted states (not in
 * `currentNames`), the earliest entered first: the workflow's own states always fit.
 */
function withinEntryLimit(rows: TimeInStateRow[], currentNames: ReadonlyMap<string, string>): TimeInStateRow[] {
  let excess = rows.length - maxTimeInStateEntries;
  if (excess <= 0) return rows;
  return rows.filter((row) => {
    if (excess <= 0 || currentNames.has(row.stateId)) return true;
    excess -= 1;
    return false;
  });
}

const HistoryPageRow = HistoryEntryRow.extend(PageIndex);

/** Pages of items' history, oldest first, each read from the index (work_item_id, created_at, id). */
export async function historyPages(
  prisma: WorkItemsPrisma,
  requests: readonly PageRequest[],
): Promise<HistoryEntry[][]> {
  return inDirections(requests, async (group, k) => {
    const rows = parseRows(
      'historyPages',
      HistoryPageRow,
      await prisma.$queryRaw`
      SELECT req.idx::int AS idx, h.id::text AS id, h.work_item_id::text AS "workItemId", h.actor_id::text AS "actorId",
        h.source, h.field, h.old_value AS "oldValue", h.new_value AS "newValue", h.note,
        h.created_at AS "createdAt", h.version
      FROM ${pageRequestsSql(group)}
      CROSS JOIN LATERAL (
        SELECT * FROM history_entry h
        WHERE h.work_item_id = req.parent_id AND (h.created_at, h.id) ${k.compare} (req.after_time, req.after_id)
        ORDER BY h.created_at ${k.order}, h.id ${k.order}
        LIMIT req.take
      ) h
      ORDER BY req.idx, h.created_at ${k.order}, h.id ${k.order}`,
    );
    return pagesOf(group, rows, ({ idx: _idx, ...entry }) => entry);
  });
}

export async function historyCounts(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<number[]> {
  const rows = parseRows(
    'historyCounts',
    ParentCountRow,
    await prisma.$queryRaw`
      SELECT work_item_id::text AS "parentId", count(*)::int AS count FROM history_entry
      WHERE work_item_id = ANY(${[...itemIds]}::uuid[])
      GROUP BY work_item_id`,
  );
  return countsOf(itemIds, rows);
}

export interface TimeInStatesKey {
  id: string;
  stateId: string;
  createdAt: Date;
  stateEnteredAt: Date;
}

/** An item's current state name with one of its `state` entries (all null for an item without any). */
const StateStayRow = z.object({
  workItemId: z.string(),
  currentName: z.string(),
  oldValue: JsonColumn,
  newValue: JsonColumn,
  createdAt: z.date().nullable(),
  oldName: z.string().nullable(),
  newName: z.string().nullable(),
});

/**
 * Time in states of many items from their `state` history entries, in one statement; the names of
 * states that still exist come with it.
 */
export async function timeInStates(
  prisma: WorkItemsPrisma,
  items: readonly TimeInStatesKey[],
  now: Date,
): Promise<TimeInStateRow[][]> {
  const ids = items.map((item) => item.id);
  const rows = parseRows(
    'timeInStates',
    StateStayRow,
    await prisma.$queryRaw`
    SELECT w.id::text AS "workItemId", cs.name AS "currentName", h.old_value AS "oldValue", h.new_value AS "newValue",
      h.created_at AS "createdAt", os.name AS "oldName", ns.name AS "newName"
    FROM work_item w
    JOIN workflow_state cs ON cs.id = w.state_id
    LEFT JOIN history_entry h ON h.work_item_id = w.id AND h.field = 'state'
    LEFT JOIN workflow_state os ON os.id::text = h.old_value ->> 'id'
    LEFT JOIN workflow_state ns ON ns.id::text = h.new_value ->> 'id'
    WHERE w.id = ANY(${ids}::uuid[])
    ORDER BY w.id, h.created_at, h.id`,
  );
  const entriesOf = new Map<string, StateHistoryRow[]>();
  const namesOf = new Map<string, Map<string, string>>();
  const currentNameOf = new Map<string, string>();
  for (const row of rows) {
    const names = namesOf.get(row.workItemId) ?? new Map<string, string>();
    namesOf.set(row.workItemId, names);
    const entries = entriesOf.get(row.workItemId) ?? [];
    entriesOf.set(row.workItemId, entries);
    const oldState = stateValueOf(row.oldValue);
    const newState = stateValueOf(row.newValue);
    if (oldState && row.oldName !== null) names.set(oldState.id, row.oldName);
    if (newState && row.newName !== null) names.set(newState.id, row.newName);
    if (row.createdAt) entries.push({ oldValue: row.oldValue, newValue: row.newValue, createdAt: row.createdAt });
    currentNameOf.set(row.workItemId, row.currentName);
  }
  return items.map((item) => {
    const names = namesOf.get(item.id) ?? new Map<string, string>();
    const currentName = currentNameOf.get(item.id);
    if (currentName !== undefined) names.set(item.stateId, currentName);
    return computeTimeInStates(item, entriesOf.get(item.id) ?? [], names, now);
  });
}
