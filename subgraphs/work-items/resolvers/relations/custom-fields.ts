import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { projectWithRole, readableProject } from '../../access';
import type { WorkItemsContext } from '../../context';
import {
  createCustomField,
  deleteCustomField,
  findCustomField,
  updateCustomField,
  withUniqueFieldName,
} from '../../data/custom-field-mutations';
import { validateFieldDescription, validateFieldName, validateOptions } from '../../data/custom-fields';
import type { CustomField } from '../../generated/prisma/client';
import type { CustomFieldType, Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';
import { roleInProjectOf } from './shared';

/** A field of a project the viewer administers: NOT_FOUND when unknown or unreadable, FORBIDDEN below ADMIN. */
async function fieldToAdminister(context: WorkItemsContext, id: string): Promise<CustomField> {
  const field = await findCustomField(context.prisma, id);
  if (!field) throw notFound('Custom field');
  await roleInProjectOf(context, field.projectId, 'ADMIN', 'Custom field');
  return field;
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
      const fields = { projectId, name, description, type: input.type, required: input.required ?? false, options };
      const customField = await withUniqueFieldName(() =>
        context.prisma.$transaction((tx) => createCustomField(tx, fields)),
      );
      await context.projectConfigChanged(projectId);
      forgetAfterWrite(context.loaders);
      return { customField };
    },

    updateCustomField: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'CustomField', 'input.id');
      const name = input.name == null ? undefined : validateFieldName(input.name);
      const description = input.description == null ? undefined : validateFieldDescription(input.description);
      const position = input.position ?? undefined;
      if (position !== undefined && position < 0) throw badInput('input.position', 'The position must be 0 or more.');
      const field = await fieldToAdminister(context, id);
      // The field's type decides whether options are allowed: checked once the field is known.
      const options = input.options == null ? undefined : validateOptions(field.type, input.options);
      const required = input.required ?? undefined;
      const changes = { id, projectId: field.projectId, name, description, required, options, position };
      const updated = await withUniqueFieldName(() =>
        context.prisma.$transaction((tx) => updateCustomField(tx, changes)),
      );
      await context.projectConfigChanged(field.projectId);
      forgetAfterWrite(context.loaders);
      return { customField: updated };
    },

    deleteCustomField: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'CustomField', 'input.id');
      const field = await fieldToAdminister(context, id);
      const actor = actorOf(context);
      await context.prisma.$transaction((tx) => deleteCustomField(tx, actor, { id, projectId: field.projectId }));
      await context.projectConfigChanged(field.projectId);
      forgetAfterWrite(context.loaders);
      return { deletedCustomFieldId: toGlobalId('CustomField', id) };
    },
  },
};
