import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { canRead, isProjectMember, projectWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { recordHistory, type FieldChange } from '../../data/history';
import { labelsOfItems, lockWorkItems, setLabels } from '../../data/items';
import { planTransition } from '../../data/transitions';
import { itemChanged, writeItemEvents, type StateChange } from '../../events/work-item-events';
import type { WorkItem } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { priorityName, priorityValue } from '../../priority';
import { dateText, gid, labelsText } from './history-text';
import { maxBulkItems, maxLabelsPerItem, notNull, parseIdList } from '../../validation';

export const bulkMutations: MutationResolvers = {
  /**
   * One transaction over every item: rows locked in id order (so two bulk updates never deadlock),
   * then each item changed with its history and version bump, in the order of `ids`. Any failure
   * rolls the whole batch back.
   */
  bulkUpdateWorkItems: async (_parent, { input }, context) => {
    const { changes } = input;
    if (input.ids.length < 1 || input.ids.length > maxBulkItems) {
      throw badInput('input.ids', `Give 1 to ${maxBulkItems} work item IDs.`);
    }
    const ids = input.ids.map((id, i) => fromGlobalId(id, 'WorkItem', `input.ids.${i}`));
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) throw badInput(`input.ids.${i}`, 'The item is listed twice.');
    });
    const toStateId = changes.toStateId
      ? fromGlobalId(changes.toStateId, 'WorkflowState', 'input.changes.toStateId')
      : undefined;
    const priority = notNull(changes.priority, 'input.changes.priority');
    const assigneeId =
      changes.assigneeId === undefined
        ? undefined
        : changes.assigneeId === null
          ? null
          : fromGlobalId(changes.assigneeId, 'User', 'input.changes.assigneeId');
    const addIds = parseIdList(changes.addLabelIds ?? [], 'Label', 'input.changes.addLabelIds', maxLabelsPerItem);
    const removeIds = parseIdList(
      changes.removeLabelIds ?? [],
      'Label',
      'input.changes.removeLabelIds',
      maxLabelsPerItem,
    );
    const both = removeIds.findIndex((id) => addIds.includes(id));
    if (both >= 0) throw badInput(`input.changes.removeLabelIds.${both}`, 'A label cannot be both added and removed.');
    const dueDate = changes.dueDate;
    const viewerId = viewerIdOf(context);

    const items = await context.loaders.workItemById.loadMany(ids);
    const found: WorkItem[] = [];
    for (const item of items) {
      if (!item || item instanceof Error || !(await canRead(context, item.projectId))) throw notFound('Work item');
      found.push(item);
    }
    const projectId = found[0]!.projectId;
    found.forEach((item, i) => {
      if (item.projectId !== projectId) throw badInput(`input.ids.${i}`, 'All items must belong to one project.');
    });
    const { role } = await projectWithRole(context, projectId, 'MEMBER');
    if (assigneeId && !(await isProjectMember(context, projectId, assigneeId))) {
      throw badInput('input.changes.assigneeId', 'The user is not a member of the project.');
    }
    const labelRows = await context.prisma.label.findMany({ where: { id: { in: [...addIds, ...removeIds] } } });
    const labelById = new Map(labelRows.map((label) => [label.id, label]));
    for (const [field, list] of [
      ['input.changes.addLabelIds', changes.addLabelIds ?? []],
      ['input.changes.removeLabelIds', changes.removeLabelIds ?? []],
    ] as const) {
      list.forEach((globalId, i) => {
        const label = labelById.get(fromGlobalId(globalId, 'Label', `${field}.${i}`));
        if (label?.projectId !== projectId) throw badInput(`${field}.${i}`, 'The label is not a label of the project.');
      });
    }

    const at = new Date();
    await context.prisma.$transaction(async (tx) => {
      const locked = await lockWorkItems(tx, ids);
      const currentLabels = await labelsOfItems(tx, ids);
      const written = new Map<string, { changes: FieldChange[]; stateChange: StateChange | null }>();
      for (const id of ids) {
        const item = locked.get(id);
        if (!item) throw notFound('Work item');
        const next: WorkItem = { ...item };
        const fieldChanges: FieldChange[] = [];
        if (priority !== undefined && priorityValue(priority) !== item.priority) {
          next.priority = priorityValue(priority);
          fieldChanges.push({ field: 'priority', oldValue: priorityName(item.priority), newValue: priority });
        }
        if (assigneeId !== undefined && assigneeId !== item.assigneeId) {
          next.assigneeId = assigneeId;
          fieldChanges.push({
            field: 'assignee',
            oldValue: gid('User', item.assigneeId),
            newValue: gid('User', assigneeId),
          });
        }
        if (dueDate !== undefined && dateText(dueDate) !== dateText(item.dueDate)) {
          next.dueDate = dueDate;
          fieldChanges.push({ field: 'dueDate', oldValue: dateText(item.dueDate), newValue: dateText(dueDate) });
        }
        if (addIds.length || removeIds.length) {
          const before = currentLabels.filter((label) => label.workItemId === id);
          const beforeIds = before.map((label) => label.id);
          const afterIds = [...beforeIds.filter((labelId) => !removeIds.includes(labelId)), ...addIds].filter(
            (labelId, i, all) => all.indexOf(labelId) === i,
          );
          if (afterIds.length > maxLabelsPerItem) {
            throw badInput('input.changes.addLabelIds', `An item has at most ${maxLabelsPerItem} labels.`);
          }
          const changed =
            afterIds.length !== beforeIds.length || afterIds.some((labelId) => !beforeIds.includes(labelId));
          if (changed) {
            // Written before planning the transition, which may require labels.
            await setLabels(tx, id, beforeIds, afterIds);
            const after = afterIds.map((labelId) => before.find((l) => l.id === labelId) ?? labelById.get(labelId)!);
            fieldChanges.push({ field: 'labels', oldValue: labelsText(before), newValue: labelsText(after) });
          }
        }
        let transition = {};
        let stateChange: StateChange | null = null;
        if (toStateId) {
          const planned = await planTransition(tx, {
            item: next,
            toStateId,
            role,
            field: 'input.changes.toStateId',
            at,
          });
          if (planned) {
            transition = planned.data;
            stateChange = planned.stateChange;
            fieldChanges.push(planned.change);
          }
        }
        if (!fieldChanges.length) continue;
        await tx.workItem.update({
          where: { id },
          data: {
            priority: next.priority,
            assigneeId: next.assigneeId,
            dueDate: next.dueDate,
            ...transition,
            version: { increment: 1 },
            updatedAt: at,
          },
        });
        await recordHistory(tx, id, viewerId, fieldChanges, at);
        written.set(id, { changes: fieldChanges, stateChange });
      }
      await writeItemEvents(tx, [...written.keys()], (subject) => {
        const { changes, stateChange } = written.get(subject.snapshot.id)!;
        return itemChanged({ actorId: viewerId, at }, subject, changes, stateChange);
      });
    });
    forgetAfterWrite(context.loaders);
    const updated = await context.loaders.workItemById.loadMany(ids);
    return { workItems: updated.filter((item): item is WorkItem => item !== null && !(item instanceof Error)) };
  },
};
