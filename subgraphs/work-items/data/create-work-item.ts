import { badInput, notFound } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemCreated, writeBuiltItemEvents } from '../events/work-item-events';
import { workItemSnapshot } from '../events/work-item-snapshot';
import type { CustomField, Label, WorkItem } from '../generated/prisma/client';
import { priorityValue, type Priority } from '../priority';
import { checkDepth, checkNesting } from '../rules/hierarchy';
import { originOf, type Actor } from './actor';
import type { CustomFieldWrite } from './custom-field-values';
import { recordHistory } from './history';
import { appendRank, fieldDefinitions, initialStateOf, shareLockWorkItem, takeNextNumber } from './items';

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
  db: WorkItemsPrisma,
  reporterId: string,
  clientMutationIds: readonly string[],
): Promise<WorkItem[]> {
  if (!clientMutationIds.length) return Promise.resolve([]);
  return db.workItem.findMany({ where: { reporterId, clientMutationId: { in: [...clientMutationIds] } } });
}

/**
 * Creates items in order in the caller's transaction, each as createWorkItem does (the same statements
 * per item); `onItem` runs each creation with its position in the request, to name it in errors.
 */
export async function createWorkItems(
  tx: WorkItemsTx,
  actor: Actor,
  entries: readonly { index: number; input: CreateWorkItemInput }[],
  onItem: (index: number, create: () => Promise<WorkItem>) => Promise<WorkItem>,
): Promise<WorkItem[]> {
  const created: WorkItem[] = [];
  for (const { index, input } of entries) created.push(await onItem(index, () => createWorkItem(tx, actor, input)));
  return created;
}

/**
 * Creates an item in the project's first state, at the end of its column. Locks the project's row
 * (taking the next number: sequential keys, never reused) and share-locks the parent's row. Writes
 * the row, its labels, the `created` and `state` history entries and `work_item.created`, whose
 * snapshot is built from what was written (nothing read back under the project's lock).
 * Throws AlreadyCreated when a retry of the same clientMutationId got here second.
 */
export async function createWorkItem(tx: WorkItemsTx, actor: Actor, input: CreateWorkItemInput): Promise<WorkItem> {
  const { projectId, clientMutationId, parentId } = input;
  const state = await initialStateOf(tx, projectId);
  const numbered = await takeNextNumber(tx, projectId);
  // Values are checked again under the project's lock, where field definitions cannot change.
  const custom = input.customFields
    ? await input.customFields(await fieldDefinitions(tx, projectId), {})
    : input.prechecked;
  if (clientMutationId) {
    const existing = await findRetriedItem(tx, actor.userId, clientMutationId);
    if (existing) throw new AlreadyCreated(existing);
  }
  let path: string[] = [];
  if (parentId) {
    const parent = await shareLockWorkItem(tx, parentId);
    if (!parent) throw notFound('Work item');
    if (parent.archivedAt) throw badInput('input.parentId', 'The parent is archived: restore it first.');
    checkNesting(numbered, parent.type, input.type, 'input.parentId');
    checkDepth(numbered, parent.path.length + 1, 'input.parentId');
    path = [...parent.path, parent.id];
  }
  const item = await tx.workItem.create({
    data: {
      projectId,
      number: numbered.number,
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
      parentId,
      path,
      dueDate: input.dueDate,
      rank: await appendRank(tx, projectId, state.id),
      customFields: custom.values,
      clientMutationId,
      createdAt: actor.at,
      updatedAt: actor.at,
    },
  });
  if (input.labels.length) {
    await tx.workItemLabel.createMany({
      data: input.labels.map((label) => ({ workItemId: item.id, labelId: label.id })),
    });
  }
  const history = [
    { field: 'created', oldValue: null, newValue: `${numbered.key}-${numbered.number}` },
    { field: 'state', oldValue: null, newValue: { id: state.id, name: state.name } },
  ];
  await recordHistory(tx, item.id, actor.userId, history, actor.at);
  // Everything the snapshot needs is at hand: no statement to read it back under the project's lock.
  const subject = {
    snapshot: workItemSnapshot({
      ...item,
      projectKey: numbered.key,
      stateName: state.name,
      stateCategory: state.category,
      labelIds: input.labels.map((label) => label.id).sort(),
    }),
    organizationId: numbered.organizationId,
  };
  await writeBuiltItemEvents(tx, [itemCreated(originOf(actor), subject)]);
  return item;
}
