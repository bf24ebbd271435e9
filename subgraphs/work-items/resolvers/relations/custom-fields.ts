import { lockProject } from '../../data/items';
import { badInput, conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { projectWithRole, readableProject } from '../../access';
import { viewerIdOf } from '../../context';
import {
  deleteFieldEverywhere,
  hasOptions,
  maxCustomFieldsPerProject,
  moveField,
  optionsInUse,
  validateFieldDescription,
  validateFieldName,
  validateOptions,
} from '../../data/custom-fields';
import { isUniqueViolation } from '../../../../lib/db/errors';
import { itemChanged, writeItemEvents } from '../../events/work-item-events';
import type { CustomField } from '../../generated/prisma/client';
import type { CustomFieldType, Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { roleInProjectOf } from './shared';

const duplicateName = () => conflict('The project already has a custom field with this name.', { field: 'input.name' });

/** Runs a write that may hit the (project_id, name) unique index: CONFLICT on input.name instead. */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

export const customFieldResolvers: Resolvers = {
  Project: {
    customFields: async (project, _args, context) => {
      await readableProject(context, project.projectId);
      return context.loaders.customFieldsByProject.load(project.projectId);
    },
  },

  CustomField: {
    id: (field) => toGlobalId('CustomField', field.id),
    type: (field) => field.type as CustomFieldType,
  },

  Mutation: {
    createCustomField: async (_parent, { input }, context) => {
      const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
      const name = validateFieldName(input.name);
      const description = validateFieldDescription(input.description ?? '');
      const options = validateOptions(input.type, input.options);
      await projectWithRole(context, projectId, 'ADMIN');
      const customField = await uniqueName(() =>
        context.prisma.$transaction(async (tx) => {
          await lockProject(tx, projectId);
          const count = await tx.customField.count({ where: { projectId } });
          if (count >= maxCustomFieldsPerProject) {
            throw conflict(`A project has at most ${maxCustomFieldsPerProject} custom fields.`);
          }
          return tx.customField.create({
            data: {
              projectId,
              name,
              description,
              type: input.type,
              required: input.required ?? false,
              options,
              position: count,
            },
          });
        }),
      );
      forgetAfterWrite(context.loaders);
      return { customField };
    },

    updateCustomField: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'CustomField', 'input.id');
      const name = input.name == null ? undefined : validateFieldName(input.name);
      const description = input.description == null ? undefined : validateFieldDescription(input.description);
      const position = input.position ?? undefined;
      if (position !== undefined && position < 0) throw badInput('input.position', 'The position must be 0 or more.');
      const field = await context.prisma.customField.findUnique({ where: { id } });
      if (!field) throw notFound('Custom field');
      await roleInProjectOf(context, field.projectId, 'ADMIN', 'Custom field');
      // The field's type decides whether options are allowed: checked once the field is known.
      const options = input.options == null ? undefined : validateOptions(field.type, input.options);
      const updated = await uniqueName(() =>
        context.prisma.$transaction(async (tx): Promise<CustomField> => {
          await lockProject(tx, field.projectId);
          const current = await tx.customField.findUnique({ where: { id } });
          if (!current) throw notFound('Custom field');
          if (position !== undefined) {
            const count = await tx.customField.count({ where: { projectId: current.projectId } });
            if (position >= count) {
              throw badInput('input.position', `The position must be between 0 and ${count - 1}.`);
            }
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
            ...(input.required != null && input.required !== current.required ? { required: input.required } : {}),
            ...(options && options.join('\u0000') !== current.options.join('\u0000') ? { options } : {}),
          };
          if (Object.keys(changes).length) await tx.customField.update({ where: { id }, data: changes });
          if (position !== undefined) await moveField(tx, current.projectId, id, current.position, position);
          return (await tx.customField.findUnique({ where: { id } })) ?? current;
        }),
      );
      forgetAfterWrite(context.loaders);
      return { customField: updated };
    },

    deleteCustomField: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'CustomField', 'input.id');
      const field = await context.prisma.customField.findUnique({ where: { id } });
      if (!field) throw notFound('Custom field');
      await roleInProjectOf(context, field.projectId, 'ADMIN', 'Custom field');
      const actorId = viewerIdOf(context);
      await context.prisma.$transaction(async (tx) => {
        await lockProject(tx, field.projectId);
        const current = await tx.customField.findUnique({ where: { id } });
        if (!current) throw notFound('Custom field');
        const at = new Date();
        const changedIds = await deleteFieldEverywhere(tx, current, actorId, at);
        await writeItemEvents(tx, changedIds, (subject) =>
          itemChanged({ actorId, at }, subject, [{ field: 'customFields' }]),
        );
      });
      forgetAfterWrite(context.loaders);
      return { deletedCustomFieldId: toGlobalId('CustomField', id) };
    },
  },
};
