import { notFound } from '../../../../lib/errors';
import type { ProjectRole } from '../../../../lib/roles';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { parsePage, toConnection } from '../../../../lib/relay';
import { projectWithRole, readableProject } from '../../access';
import type { WorkItemsContext } from '../../context';
import { createLabel, deleteLabel, findLabel, updateLabel } from '../../data/label-mutations';
import {
  labelCursorOf,
  labelPageRequestOf,
  validateColor,
  validateLabelName,
  validateShortDescription,
} from '../../data/labels';
import type { Label } from '../../generated/prisma/client';
import type { Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';
import { roleInProjectOf } from './shared';

/** A label of a project where the viewer has `required`: NOT_FOUND when unknown or unreadable, FORBIDDEN below. */
async function labelOfRole(context: WorkItemsContext, id: string, required: ProjectRole): Promise<Label> {
  const label = await findLabel(context.prisma, id);
  if (!label) throw notFound('Label');
  await roleInProjectOf(context, label.projectId, required, 'Label');
  return label;
}

export const labelResolvers: Resolvers = {
  Project: {
    labels: async (project, args, context) => {
      const page = parsePage(args);
      const request = labelPageRequestOf(project.projectId, page);
      await readableProject(context, project.projectId);
      const rows = await context.loaders.projectLabelPage.load(request);
      return toConnection(rows, page, labelCursorOf, () => context.loaders.projectLabelCount.load(project.projectId));
    },
  },

  LabelConnection: {
    totalCount: (connection) => connection.totalCount(),
  },

  Label: {
    id: (label) => toGlobalId('Label', label.id),
  },

  Mutation: {
    createLabel: async (_parent, { input }, context) => {
      const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
      const name = validateLabelName(input.name);
      const color = validateColor(input.color);
      const description = validateShortDescription(input.description ?? '');
      await projectWithRole(context, projectId, 'MEMBER');
      const label = await createLabel(context.prisma, { projectId, name, color, description });
      forgetAfterWrite(context.loaders);
      return { label };
    },

    updateLabel: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'Label', 'input.id');
      const name = input.name == null ? undefined : validateLabelName(input.name);
      const color = input.color == null ? undefined : validateColor(input.color);
      const description = input.description == null ? undefined : validateShortDescription(input.description);
      const label = await labelOfRole(context, id, 'MEMBER');
      const updated = await updateLabel(context.prisma, label, { name, color, description });
      if (updated !== label) forgetAfterWrite(context.loaders);
      return { label: updated };
    },

    deleteLabel: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'Label', 'input.id');
      await labelOfRole(context, id, 'ADMIN');
      const actor = actorOf(context);
      await context.prisma.$transaction((tx) => deleteLabel(tx, actor, { id }));
      forgetAfterWrite(context.loaders);
      return { deletedLabelId: toGlobalId('Label', id) };
    },
  },
};
