import { countsOf, pageRequestsSql, pagesOf, type PageRequest } from '../../../lib/db/batched-pages';
import { badInput, conflict } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../context';
import { Prisma, type HistoryEntry, type WorkflowState } from '../generated/prisma/client';
import { maxRankLength, ranksBetween, spreadRanks } from '../ranks';
import { workItemFields } from './transitions';

/** Item types in the order of the WorkItemType enum. */
export const workItemTypes = ['EPIC', 'STORY', 'TASK', 'BUG', 'SUBTASK'] as const;
export type WorkItemTypeName = (typeof workItemTypes)[number];

export const maxStatesPerWorkflow = 30;
export const maxStateNameLength = 50;
export const minMaxDepth = 1;
export const maxMaxDepth = 10;

// ---------------------------------------------------------------------------------------------------
// Validation (pure)

/** A state name trimmed, 1 to 50 characters. */
export function validateStateName(name: string, field: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > maxStateNameLength) {
    throw badInput(field, `The name must be 1 to ${maxStateNameLength} characters.`);
  }
  return trimmed;
}

/** A colour as `#rrggbb`, lowercased. */
export function normalizeColor(color: string, field: string): string {
  const trimmed = color.trim();
  if (!/^#[0-9a-fA-F]{6}$/.test(trimmed)) throw badInput(field, 'The colour must be written #rrggbb.');
  return trimmed.toLowerCase();
}

/** A position from 0; the upper bound depends on the workflow and is checked in the transaction. */
export function validatePosition(position: number, field: string): number {
  if (!Number.isInteger(position) || position < 0) throw badInput(field, 'The position must be 0 or more.');
  return position;
}

/** Required fields without repeats, in enum order. */
export function normalizeRequiredFields(fields: readonly string[]): string[] {
  return workItemFields.filter((field) => fields.includes(field));
}

export interface HierarchyRulesInput {
  allowedChildren: readonly { parentType: string; childTypes: readonly string[] }[];
  maxDepth: number;
}

/** The stored form of hierarchy rules: every type with its child types in enum order. */
export function validateHierarchyRules(input: HierarchyRulesInput): {
  rules: Record<WorkItemTypeName, WorkItemTypeName[]>;
  maxDepth: number;
} {
  const rules = Object.fromEntries(workItemTypes.map((type) => [type, [] as WorkItemTypeName[]])) as Record<
    WorkItemTypeName,
    WorkItemTypeName[]
  >;
  const seen = new Set<string>();
  input.allowedChildren.forEach((rule, i) => {
    if (seen.has(rule.parentType)) {
      throw badInput(
        `input.allowedChildren.${i}.parentType`,
        `${rule.parentType} is listed more than once as a parent type.`,
      );
    }
    seen.add(rule.parentType);
    if (new Set(rule.childTypes).size !== rule.childTypes.length) {
      throw badInput(`input.allowedChildren.${i}.childTypes`, 'The child types must be distinct.');
    }
    rules[rule.parentType as WorkItemTypeName] = workItemTypes.filter((type) => rule.childTypes.includes(type));
  });
  if (!Number.isInteger(input.maxDepth) || input.maxDepth < minMaxDepth || input.maxDepth > maxMaxDepth) {
    throw badInput('input.maxDepth', `maxDepth must be between ${minMaxDepth} and ${maxMaxDepth}.`);
  }
  return { rules, maxDepth: input.maxDepth };
}

/** Every type in enum order with the child types the stored rules give it (none when absent). */
export function hierarchyRulesOf(stored: unknown): { parentType: WorkItemTypeName; childTypes: WorkItemTypeName[] }[] {
  const rules = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return workItemTypes.map((parentType) => {
    const children = Array.isArray(rules[parentType]) ? (rules[parentType] as unknown[]) : [];
    return { parentType, childTypes: workItemTypes.filter((type) => children.includes(type)) };
  });
}

// ---------------------------------------------------------------------------------------------------
// History values (pure)

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

// ---------------------------------------------------------------------------------------------------
// Time in states (pure)

export interface StateHistoryRow {
  oldValue: unknown;
  newValue: unknown;
  createdAt: Date;
}

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
  return [...byState].map(([stateId, row]) => ({
    stateId,
    stateName: currentNames.get(stateId) ?? row.name,
    seconds: Math.floor(row.ms / 1000),
    current: row.current,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Locks

/** Serializes edits of one project's workflow (positions, names, the 30-state limit). */
export async function lockWorkflow(tx: WorkItemsTx, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`workflow:${projectId}`}))`;
}

/** Serializes rank changes within one board column (one workflow state). */
export async function lockColumn(tx: WorkItemsTx, stateId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${stateId}))`;
}

// ---------------------------------------------------------------------------------------------------
// Workflow edits (inside the caller's transaction, which holds lockWorkflow)

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export const duplicateStateName = () =>
  conflict('The workflow already has a state with this name.', { field: 'input.name' });

async function statesOf(tx: WorkItemsTx, projectId: string): Promise<WorkflowState[]> {
  return tx.workflowState.findMany({ where: { projectId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
}

async function assertNameFree(tx: WorkItemsTx, projectId: string, name: string, exceptId?: string) {
  const existing = await tx.workflowState.findFirst({ where: { projectId, name, id: { not: exceptId } } });
  if (existing) throw duplicateStateName();
}

/**
 * Inserts a state at `position` (the end when null), shifting the states from there on. The new state
 * is connected both ways with every other state, as every state of a new workflow is: the workflow
 * stays "any state to any other" until an admin narrows it.
 */
export async function createState(
  tx: WorkItemsTx,
  args: { projectId: string; name: string; category: string; color: string; position: number | null },
): Promise<WorkflowState> {
  const states = await statesOf(tx, args.projectId);
  if (states.length >= maxStatesPerWorkflow) {
    throw conflict(`A workflow has at most ${maxStatesPerWorkflow} states.`, { field: 'input.projectId' });
  }
  const position = args.position ?? states.length;
  if (position > states.length) {
    throw badInput('input.position', `The position must be between 0 and ${states.length}.`);
  }
  await assertNameFree(tx, args.projectId, args.name);
  await tx.workflowState.updateMany({
    where: { projectId: args.projectId, position: { gte: position } },
    data: { position: { increment: 1 } },
  });
  const state = await tx.workflowState.create({
    data: { projectId: args.projectId, name: args.name, category: args.category, color: args.color, position },
  });
  await tx.workflowTransition.createMany({
    data: states.flatMap((other) => [
      { projectId: args.projectId, fromStateId: other.id, toStateId: state.id },
      { projectId: args.projectId, fromStateId: state.id, toStateId: other.id },
    ]),
  });
  return state;
}

/** Changes a state; a new position shifts the states between the old and the new one. */
export async function updateState(
  tx: WorkItemsTx,
  state: WorkflowState,
  changes: { name?: string; category?: string; color?: string; position?: number },
): Promise<WorkflowState> {
  const data: Prisma.WorkflowStateUpdateInput = {};
  if (changes.name !== undefined && changes.name !== state.name) {
    await assertNameFree(tx, state.projectId, changes.name, state.id);
    data.name = changes.name;
  }
  if (changes.category !== undefined) data.category = changes.category;
  if (changes.color !== undefined) data.color = changes.color;
  if (changes.position !== undefined && changes.position !== state.position) {
    const count = await tx.workflowState.count({ where: { projectId: state.projectId } });
    if (changes.position > count - 1) {
      throw badInput('input.position', `The position must be between 0 and ${count - 1}.`);
    }
    const [low, high, step] =
      changes.position < state.position
        ? [changes.position, state.position - 1, 1]
        : [state.position + 1, changes.position, -1];
    await tx.workflowState.updateMany({
      where: { projectId: state.projectId, id: { not: state.id }, position: { gte: low, lte: high } },
      data: { position: { increment: step } },
    });
    data.position = changes.position;
  }
  if (!Object.keys(data).length) return state;
  return tx.workflowState.update({ where: { id: state.id }, data });
}

/**
 * Moves every item of `state` (archived ones too) to the end of `target`'s column in their board
 * order, with one `state` history entry and a version bump per item, set-based; then deletes the state
 * (its transitions cascade) and closes the gap in positions. Returns how many items moved.
 */
export async function deleteState(
  tx: WorkItemsTx,
  args: { state: WorkflowState; target: WorkflowState; actorId: string; at: Date },
): Promise<number> {
  const { state, target, actorId, at } = args;
  // The target column first, as transitions and moves take it before the states: no lock cycle.
  await lockColumn(tx, target.id);
  // Transitions into the state wait on this lock (they share-lock both states) until it is gone.
  await tx.$queryRaw`SELECT id FROM workflow_state WHERE id IN (${state.id}::uuid, ${target.id}::uuid) FOR UPDATE`;
  const moving = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM work_item WHERE state_id = ${state.id}::uuid ORDER BY rank, id FOR UPDATE`;
  if (moving.length) {
    const ranks = await ranksAtEndOfColumn(tx, target.id, moving.length);
    const ids = moving.map((row) => row.id);
    await tx.$executeRaw`
      UPDATE work_item w SET state_id = ${target.id}::uuid, rank = v.rank, state_entered_at = ${at},
        updated_at = ${at}, version = w.version + 1
      FROM unnest(${ids}::uuid[], ${ranks}::text[]) AS v(id, rank)
      WHERE w.id = v.id`;
    await tx.$executeRaw`
      INSERT INTO history_entry (id, work_item_id, actor_id, field, old_value, new_value, created_at)
      SELECT gen_random_uuid(), v.id, ${actorId}::uuid, 'state',
        jsonb_build_object('id', ${state.id}::text, 'name', ${state.name}::text),
        jsonb_build_object('id', ${target.id}::text, 'name', ${target.name}::text), ${at}
      FROM unnest(${ids}::uuid[]) AS v(id)`;
  }
  await tx.workflowState.delete({ where: { id: state.id } });
  await tx.workflowState.updateMany({
    where: { projectId: state.projectId, position: { gt: state.position } },
    data: { position: { increment: -1 } },
  });
  return moving.length;
}

/**
 * `count` increasing ranks after every item of a column (archived ones too), or, in the rare case they
 * would be too long, after the whole column renumbered first.
 */
async function ranksAtEndOfColumn(tx: WorkItemsTx, stateId: string, count: number): Promise<string[]> {
  const [row] = await tx.$queryRaw<{ rank: string | null }[]>`
    SELECT max(rank) AS rank FROM work_item WHERE state_id = ${stateId}::uuid`;
  const ranks = ranksBetween(row?.rank ?? null, null, count);
  if (ranks.every((rank) => rank.length <= maxRankLength)) return ranks;
  const ids = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM work_item WHERE state_id = ${stateId}::uuid ORDER BY rank, id FOR UPDATE`;
  const all = spreadRanks(ids.length + count);
  await rewriteRanks(
    tx,
    ids.map((r) => r.id),
    all.slice(0, ids.length),
  );
  return all.slice(ids.length);
}

/** Sets the given ranks in one statement (renumbering is the rare fallback, not a version change). */
export async function rewriteRanks(tx: WorkItemsTx, ids: readonly string[], ranks: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx.$executeRaw`
    UPDATE work_item w SET rank = v.rank
    FROM unnest(${[...ids]}::uuid[], ${[...ranks]}::text[]) AS v(id, rank)
    WHERE w.id = v.id`;
}

/** Allows a transition or changes its conditions (an upsert on the pair of states). */
export async function upsertTransition(
  tx: WorkItemsTx,
  args: {
    projectId: string;
    fromStateId: string;
    toStateId: string;
    requiredFields: string[];
    minimumRole: string | null;
  },
) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO workflow_transition (id, project_id, from_state_id, to_state_id, required_fields, minimum_role)
    VALUES (gen_random_uuid(), ${args.projectId}::uuid, ${args.fromStateId}::uuid, ${args.toStateId}::uuid,
      ${args.requiredFields}::text[], ${args.minimumRole})
    ON CONFLICT (from_state_id, to_state_id)
      DO UPDATE SET required_fields = EXCLUDED.required_fields, minimum_role = EXCLUDED.minimum_role
    RETURNING id::text AS id`;
  return tx.workflowTransition.findUniqueOrThrow({ where: { id: row!.id } });
}

// ---------------------------------------------------------------------------------------------------
// Batched reads

/** Pages of items' history, oldest first, each read from the index (work_item_id, created_at, id). */
export async function historyPages(
  prisma: WorkItemsPrisma,
  requests: readonly PageRequest[],
): Promise<HistoryEntry[][]> {
  const rows = await prisma.$queryRaw<(HistoryEntry & { idx: number })[]>`
    SELECT req.idx::int AS idx, h.id::text AS id, h.work_item_id::text AS "workItemId", h.actor_id::text AS "actorId",
      h.field, h.old_value AS "oldValue", h.new_value AS "newValue", h.created_at AS "createdAt"
    FROM ${pageRequestsSql(requests)}
    CROSS JOIN LATERAL (
      SELECT * FROM history_entry h
      WHERE h.work_item_id = req.parent_id AND (h.created_at, h.id) > (req.after_time, req.after_id)
      ORDER BY h.created_at, h.id
      LIMIT req.take
    ) h
    ORDER BY req.idx, h.created_at, h.id`;
  return pagesOf(requests, rows, ({ idx: _idx, ...entry }) => entry);
}

export async function historyCounts(prisma: WorkItemsPrisma, itemIds: readonly string[]): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ parentId: string; count: number }[]>`
    SELECT work_item_id::text AS "parentId", count(*)::int AS count FROM history_entry
    WHERE work_item_id = ANY(${[...itemIds]}::uuid[])
    GROUP BY work_item_id`;
  return countsOf(itemIds, rows);
}

export interface TimeInStatesKey {
  id: string;
  stateId: string;
  createdAt: Date;
  stateEnteredAt: Date;
}

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
  const rows = await prisma.$queryRaw<
    {
      workItemId: string;
      currentName: string;
      oldValue: unknown;
      newValue: unknown;
      createdAt: Date | null;
      oldName: string | null;
      newName: string | null;
    }[]
  >`
    SELECT w.id::text AS "workItemId", cs.name AS "currentName", h.old_value AS "oldValue", h.new_value AS "newValue",
      h.created_at AS "createdAt", os.name AS "oldName", ns.name AS "newName"
    FROM work_item w
    JOIN workflow_state cs ON cs.id = w.state_id
    LEFT JOIN history_entry h ON h.work_item_id = w.id AND h.field = 'state'
    LEFT JOIN workflow_state os ON os.id::text = h.old_value ->> 'id'
    LEFT JOIN workflow_state ns ON ns.id::text = h.new_value ->> 'id'
    WHERE w.id = ANY(${ids}::uuid[])
    ORDER BY w.id, h.created_at, h.id`;
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
