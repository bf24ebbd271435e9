import { badInput, conflict, notFound } from '../../../lib/errors';
import type { WorkItemsPrisma, WorkItemsTx } from '../db';
import { itemChanged, writeItemEvents } from '../events/work-item-events';
import type { CustomField } from '../generated/prisma/client';
import { originOf, type Actor } from './actor';
import { deleteFieldEverywhere, hasOptions, maxCustomFieldsPerProject, moveField, optionsInUse } from './custom-fields';
import { lockProject } from './items';
import { withUniqueName } from './unique-name';

// Custom field definitions change under the project's row lock, taken exclusively (lockProject):
// item writes share it while they check values against the definitions.

const duplicateName = () => conflict('The project already has a custom field with this name.', { field: 'input.name' });

/** Runs a write that may hit the (project_id, name) unique index: CONFLICT on input.name instead. */
export const withUniqueFieldName = <T>(write: () => Promise<T>): Promise<T> => withUniqueName(write, duplicateName);

/** A field definition by id, or null. */
export function findCustomField(db: WorkItemsPrisma, id: string): Promise<CustomField | null> {
  return db.customField.findUnique({ where: { id } });
}

/** Adds a field at the end of the project's fields: CONFLICT beyond `maxCustomFieldsPerProject`. */
export async function createCustomField(
  tx: WorkItemsTx,
  input: { projectId: string; name: string; description: string; type: string; required: boolean; options: string[] },
): Promise<CustomField> {
  await lockProject(tx, input.projectId);
  const count = await tx.customField.count({ where: { projectId: input.projectId } });
  if (count >= maxCustomFieldsPerProject) {
    throw conflict(`A project has at most ${maxCustomFieldsPerProject} custom fields.`);
  }
  return tx.customField.create({ data: { ...input, position: count } });
}

/** A parsed `updateCustomField` input: undefined leaves a property as it is. */
export interface UpdateCustomFieldInput {
  id: string;
  projectId: string;
  name?: string;
  description?: string;
  required?: boolean;
  options?: string[];
  position?: number;
}

/**
 * Changes a field definition: position within the project's fields, options only while no item
 * uses a dropped one (CONFLICT naming them). Returns the field as written.
 */
export async function updateCustomField(tx: WorkItemsTx, input: UpdateCustomFieldInput): Promise<CustomField> {
  const { id, name, description, required, options, position } = input;
  await lockProject(tx, input.projectId);
  const current = await tx.customField.findUnique({ where: { id } });
  if (!current) throw notFound('Custom field');
  if (position !== undefined) {
    const count = await tx.customField.count({ where: { projectId: current.projectId } });
    if (position >= count) throw badInput('input.position', `The position must be between 0 and ${count - 1}.`);
  }
  if (options && hasOptions(current.type)) {
    const dropped = current.options.filter((option) => !options.includes(option));
    const used = await optionsInUse(tx, current.projectId, id, dropped);
    if (used.length) {
      throw conflict(`Options still used by items cannot be removed: ${used.join(', ')}.`, {
        field: 'input.options',
        options: used,
      });
    }
  }
  const changes = {
    ...(name !== undefined && name !== current.name ? { name } : {}),
    ...(description !== undefined && description !== current.description ? { description } : {}),
    ...(required !== undefined && required !== current.required ? { required } : {}),
    ...(options && options.join('\u0000') !== current.options.join('\u0000') ? { options } : {}),
  };
  if (Object.keys(changes).length) await tx.customField.update({ where: { id }, data: changes });
  if (position !== undefined) await moveField(tx, current.projectId, id, current.position, position);
  return (await tx.customField.findUnique({ where: { id } })) ?? current;
}

/**
 * Deletes a field and its values from every item: their rows (version bumped), a history entry each
 * and one `work_item.updated` (`customFields`) each.
 */
export async function deleteCustomField(
  tx: WorkItemsTx,
  actor: Pick<Actor, 'userId'>,
  input: { id: string; projectId: string },
): Promise<void> {
  await lockProject(tx, input.projectId);
  const current = await tx.customField.findUnique({ where: { id: input.id } });
  if (!current) throw notFound('Custom field');
  // Stamped under the lock: the history of the items follows the order the changes commit in.
  const stamped = { userId: actor.userId, at: new Date() };
  const changedIds = await deleteFieldEverywhere(tx, current, stamped.userId, stamped.at);
  await writeItemEvents(tx, changedIds, (subject) =>
    itemChanged(originOf(stamped), subject, [{ field: 'customFields' }]),
  );
}
