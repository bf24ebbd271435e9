import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { canRead, readableWorkItem } from '../../access';
import { projectsWithKey, workItemByNumber } from '../../data/item-lookups';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { parseWorkItemKey } from '../../validation';

export const itemQueries: QueryResolvers = {
  workItem: async (_parent, { id }, context) =>
    (await readableWorkItem(context, fromGlobalId(id, 'WorkItem', 'id'))).item,

  /**
   * Keys name a project by its key, unique per organization: the candidates are the projects of
   * that key this service knows, narrowed to those the viewer can read (and to the organization given).
   */
  workItemByKey: async (_parent, { key, organizationId }, context) => {
    const { projectKey, number } = parseWorkItemKey(key, 'key');
    const organization = organizationId ? fromGlobalId(organizationId, 'Organization', 'organizationId') : undefined;
    const candidates = await projectsWithKey(context.prisma, projectKey, organization);
    const readable = await Promise.all(candidates.map((settings) => canRead(context, settings.projectId)));
    const projects = candidates.filter((_, i) => readable[i]);
    if (!projects.length) throw notFound('Work item');
    if (projects.length > 1) {
      throw badInput(
        'organizationId',
        `Several of your organizations have a project with the key ${projectKey}: pass organizationId.`,
      );
    }
    const item = await workItemByNumber(context.prisma, projects[0]!.projectId, number);
    if (!item) throw notFound('Work item');
    context.loaders.workItemById.prime(item.id, item);
    return item;
  },
};
