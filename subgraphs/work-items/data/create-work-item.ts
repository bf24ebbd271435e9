import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemCreated, writeBuiltItemEvents } from '../events/work-item-events';
import { workItemSnapshot } from '../events/work-item-snapshot';
import type { CustomField, Label, WorkItem } from '../generated/prisma/client';
import { priorityValue, type Priority } from '../priority';
import { checkDepth, checkNesting } from '../rules/hierarchy';
import { originOf, type Actor } from './actor';
import type { CustomFieldWrite } from './custom-field-values';
import { recordHistoryOfItems } from './history';
import {
  appendRanks,
  fieldDefinitions,
  initialStateOf,
  shareLockWorkItems,
  takeNextNumbers,
  type NumberedSettings,
} from './items';

/** A parsed `createWorkItem` input; labels and parent already checked to be of the project. */
export interface CreateWorkItemInput {
  projectId: string;
  type: string;
  title: string;
  description: string;
  priority: Priority;
  estimate: number | null;
  timeEstimateMinutes: number | null;
  assigneeId: string | null;
  releaseId: string | null;
  parentId: string | null;
  dueDate: Date | null;
  labels: Label[];
  clientMutationId: string | null;
  /** Custom field values checked against the definitions before the lock. */
  prechecked: CustomFieldWrite;
  /** Checks them again against the definitions under the lock; absent when none were given. */
  customFields?: (fields: readonly CustomField[], current: unknown) => Promise<CustomFieldWrite>;
}

/** Thrown inside the transaction when a retry finds the item its clientMutationId already made. */
export class AlreadyCreated extends Error {
  constructor(readonly item: WorkItem) {
    super('The item was created by an earlier request with the same clientMutationId.');
  }
}

/** The item a reporter created earlier with this clientMutationId, if any. */
export function findRetriedItem(
  db: WorkItemsPrisma | WorkItemsTx,
  reporterId: string,
  clientMutationId: string,
): Promise<WorkItem | null> {
  return db.workItem.findUnique({ where: { reporterId_clientMutationId: { reporterId, clientMutationId } } });
}

/** The items a reporter created earlier with these clientMutationIds (one statement). */
export function findRetriedItems(
  db: WorkItemsPrisma | WorkItemsTx,
  reporterId: string,
  clientMutationIds: readonly string[],
): Promise<WorkItem[]> {
  if (!clientMutationIds.length) return Promise.resolve([]);
  return db.workItem.findMany({ where: { reporterId, clientMutationId: { in: [...clientMutationIds] } } });
}

/** A parsed input and its position in the request, to name it in errors. */
export interface CreateEntry {
  index: number;
  input: CreateWorkItemInput;
}

/**
 * Runs one item's checks under the locks; `onItem` of createWorkItems names the item's fields
 * `input.items.<index>.…` in a bulk request.
 */
export type ItemChecks = <T>(index: number, check: () => T | Promise<T>) => Promise<T>;

/** Every item's check's result, or the error of the first item (in request order) that failed one. */
async function inItemOrder<T>(checks: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(checks);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

/** The item's materialised path under its locked parent, after the project's hierarchy rules allow it there. */
function pathUnder(numbered: NumberedSettings, parent: WorkItem | undefined, input: CreateWorkItemInput): string[] {
  if (!input.parentId) return [];
  if (!parent) throw notFound('Work item');
  if (parent.archivedAt) throw badInput('input.parentId', 'The parent is archived: restore it first.');
  checkNesting(numbered, parent.type, input.type, 'input.parentId');
  checkDepth(numbered, parent.path.length + 1, 'input.parentId');
  return [...parent.path, parent.id];
}

/**
 * Creates items of one project in the caller's transaction, numbered and ranked in `entries` order,
 * in the project's first state at the end of its column, in a fixed number of statements whatever
 * their count: the project's row is locked while their numbers are taken (sequential keys, never
 * reused), their parents' rows are share-locked, and their rows, labels, `created` and `state`
 * history entries and `work_item.created` events are each written in one statement. Snapshots are
 * built from what was written (nothing read back under the project's lock). Throws AlreadyCreated
 * when a retry of one of their clientMutationIds got here first.
 */
export async function createWorkItems(
  tx: WorkItemsTx,
  actor: Actor,
  entries: readonly CreateEntry[],
  onItem: ItemChecks,
): Promise<WorkItem[]> {
  if (!entries.length) return [];
  const projectId = entries[0]!.input.projectId;
  if (entries.some(({ input }) => input.projectId !== projectId)) throw new Error('Items of several projects.');
  const state = await initialStateOf(tx, projectId);
  const numbered = await takeNextNumbers(tx, projectId, entries.length);
  // Values are checked again under the project's lock, where field definitions cannot change.
  const definitions = entries.some(({ input }) => input.customFields) ? await fieldDefinitions(tx, projectId) : [];
  const custom = await inItemOrder(
    entries.map(({ index, input }) =>
      input.customFields
        ? onItem(index, () => input.customFields!(definitions, {}))
        : Promise.resolve(input.prechecked),
    ),
  );
  const clientMutationIds = entries.flatMap(({ input }) => (input.clientMutationId ? [input.clientMutationId] : []));
  const [existing] = await findRetriedItems(tx, actor.userId, clientMutationIds);
  if (existing) throw new AlreadyCreated(existing);
  const parents = await shareLockWorkItems(
    tx,
    entries.flatMap(({ input }) => (input.parentId ? [input.parentId] : [])),
  );
  const paths = await inItemOrder(
    entries.map(({ index, input }) =>
      onItem(index, () => pathUnder(numbered, parents.get(input.parentId ?? ''), input)),
    ),
  );
  const ranks = await appendRanks(tx, projectId, state.id, entries.length);
  const rows = entries.map(({ input }, i) => ({
    id: randomUUID(),
    projectId,
    number: numbered.number + i,
    type: input.type,
    title: input.title,
    description: input.description,
    stateId: state.id,
    stateEnteredAt: actor.at,
    priority: priorityValue(input.priority),
    estimate: input.estimate,
    timeEstimateMinutes: input.timeEstimateMinutes,
    releaseId: input.releaseId,
    assigneeId: input.assigneeId,
    reporterId: actor.userId,
    parentId: input.parentId,
    path: paths[i]!,
    dueDate: input.dueDate,
    rank: ranks[i]!,
    customFields: custom[i]!.values,
    clientMutationId: input.clientMutationId,
    createdAt: actor.at,
    updatedAt: actor.at,
  }));
  const written = new Map((await tx.workItem.createManyAndReturn({ data: rows })).map((item) => [item.id, item]));
  const items = rows.map((row) => written.get(row.id)!);
  const labelRows = entries.flatMap(({ input }, i) =>
    input.labels.map((label) => ({ workItemId: items[i]!.id, labelId: label.id })),
  );
  if (labelRows.length) await tx.workItemLabel.createMany({ data: labelRows });
  await recordHistoryOfItems(
    tx,
    items.map((item) => ({
      workItemId: item.id,
      changes: [
        { field: 'created', oldValue: null, newValue: `${numbered.key}-${item.number}` },
        { field: 'state', oldValue: null, newValue: { id: state.id, name: state.name } },
      ],
    })),
    actor.userId,
    actor.at,
  );
  const events = entries.map(({ input }, i) =>
    itemCreated(originOf(actor), {
      snapshot: workItemSnapshot({
        ...items[i]!,
        projectKey: numbered.key,
        stateName: state.name,
        stateCategory: state.category,
        labelIds: input.labels.map((label) => label.id).sort(),
      }),
      organizationId: numbered.organizationId,
    }),
  );
  await writeBuiltItemEvents(tx, events);
  return items;
}

/** Creates one item as createWorkItems does; its errors name its fields `input.…`. */
export async function createWorkItem(tx: WorkItemsTx, actor: Actor, input: CreateWorkItemInput): Promise<WorkItem> {
  const [item] = await createWorkItems(tx, actor, [{ index: 0, input }], async (_index, check) => check());
  return item!;
}
