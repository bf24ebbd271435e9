import { conflict, notFound } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import type { Label } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import { deleteLabelEverywhere } from './labels';
import { withUniqueName } from './unique-name';

const duplicateName = () => conflict('The project already has a label with this name.', { field: 'input.name' });

/** A write that may hit the (project_id, name) unique index: CONFLICT on input.name instead. */
const uniqueName = <T>(write: () => Promise<T>): Promise<T> => withUniqueName(write, duplicateName);

/** A label by id, or null. */
export function findLabel(db: WorkItemsPrisma, id: string): Promise<Label | null> {
  return db.label.findUnique({ where: { id } });
}

/** Adds a label to a project (one statement): CONFLICT on input.name when the name is taken. */
export function createLabel(
  db: WorkItemsPrisma,
  input: { projectId: string; name: string; color: string; description: string },
): Promise<Label> {
  return uniqueName(() => db.label.create({ data: input }));
}

/** Writes the properties that differ (one statement, none when nothing does); the label as it is then. */
export async function updateLabel(
  db: WorkItemsPrisma,
  label: Label,
  input: { name?: string; color?: string; description?: string },
): Promise<Label> {
  const { name, color, description } = input;
  const changes = {
    ...(name !== undefined && name !== label.name ? { name } : {}),
    ...(color !== undefined && color !== label.color ? { color } : {}),
    ...(description !== undefined && description !== label.description ? { description } : {}),
  };
  if (!Object.keys(changes).length) return label;
  return uniqueName(() => db.label.update({ where: { id: label.id }, data: changes }));
}

/**
 * Deletes a label under its row lock, and from every item carrying it (locked in id order): their
 * versions, `labels` history entries and one `work_item.updated` (`labels`) each.
 */
export async function deleteLabel(tx: WorkItemsTx, actor: Actor, input: { id: string }): Promise<void> {
  const changedIds = await deleteLabelEverywhere(tx, input.id, actor.userId, actor.at);
  if (changedIds === null) throw notFound('Label');
  await writeItemEvents(tx, changedIds, (subject) => itemChanged(originOf(actor), subject, [{ field: 'labels' }]));
}
