import { conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { parsePage, toConnection } from '../../../../lib/relay';
import { projectWithRole, readableProject } from '../../access';
import { viewerIdOf } from '../../context';
import {
  deleteLabelEverywhere,
  labelCursorOf,
  labelPageRequestOf,
  validateColor,
  validateLabelName,
  validateShortDescription,
} from '../../data/labels';
import { isUniqueViolation } from '../../../../lib/db/errors';
import { itemChanged, writeItemEvents } from '../../events/work-item-events';
import type { Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { roleInProjectOf } from './shared';

const duplicateName = () => conflict('The project already has a label with this name.', { field: 'input.name' });

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
      try {
        const label = await context.prisma.label.create({ data: { projectId, name, color, description } });
        forgetAfterWrite(context.loaders);
        return { label };
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName();
        throw error;
      }
    },

    updateLabel: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'Label', 'input.id');
      const name = input.name == null ? undefined : validateLabelName(input.name);
      const color = input.color == null ? undefined : validateColor(input.color);
      const description = input.description == null ? undefined : validateShortDescription(input.description);
      const label = await context.prisma.label.findUnique({ where: { id } });
      if (!label) throw notFound('Label');
      await roleInProjectOf(context, label.projectId, 'MEMBER', 'Label');
      const changes = {
        ...(name !== undefined && name !== label.name ? { name } : {}),
        ...(color !== undefined && color !== label.color ? { color } : {}),
        ...(description !== undefined && description !== label.description ? { description } : {}),
      };
      if (!Object.keys(changes).length) return { label };
      try {
        const updated = await context.prisma.label.update({ where: { id }, data: changes });
        forgetAfterWrite(context.loaders);
        return { label: updated };
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName();
        throw error;
      }
    },

    deleteLabel: async (_parent, { input }, context) => {
      const id = fromGlobalId(input.id, 'Label', 'input.id');
      const label = await context.prisma.label.findUnique({ where: { id } });
      if (!label) throw notFound('Label');
      await roleInProjectOf(context, label.projectId, 'ADMIN', 'Label');
      const actorId = viewerIdOf(context);
      const at = new Date();
      await context.prisma.$transaction(async (tx) => {
        const changedIds = await deleteLabelEverywhere(tx, id, actorId, at);
        if (changedIds === null) throw notFound('Label');
        await writeItemEvents(tx, changedIds, (subject) =>
          itemChanged({ actorId, at }, subject, [{ field: 'labels' }]),
        );
      });
      forgetAfterWrite(context.loaders);
      return { deletedLabelId: toGlobalId('Label', id) };
    },
  },
};
