import type { Prisma } from '../generated/prisma/client';
import type { WorkItemsTx } from '../db';
import type { FieldChange } from '../rules/field-change';

const json = (value: FieldChange['oldValue']) => (value === null ? undefined : (value as Prisma.InputJsonValue));

/**
 * Writes the entries of one change in the caller's transaction, so a change and its history commit
 * together. A change the system made on its own has no actor and names its `source` (`vcs`).
 */
export async function recordHistory(
  tx: WorkItemsTx,
  workItemId: string,
  actorId: string | null,
  changes: FieldChange[],
  at: Date,
  source: string | null = null,
): Promise<void> {
  if (!changes.length) return;
  await tx.historyEntry.createMany({
    data: changes.map((change) => ({
      workItemId,
      actorId,
      source,
      field: change.field,
      oldValue: json(change.oldValue),
      newValue: json(change.newValue),
      createdAt: at,
    })),
  });
}

/** The history of many items' changes by one actor at one time, in one statement. */
export async function recordHistoryOfItems(
  tx: WorkItemsTx,
  entries: readonly { workItemId: string; changes: readonly FieldChange[] }[],
  actorId: string | null,
  at: Date,
): Promise<void> {
  const data = entries.flatMap(({ workItemId, changes }) =>
    changes.map((change) => ({
      workItemId,
      actorId,
      field: change.field,
      oldValue: json(change.oldValue),
      newValue: json(change.newValue),
      createdAt: at,
    })),
  );
  if (data.length) await tx.historyEntry.createMany({ data });
}
