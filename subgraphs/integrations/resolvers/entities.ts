import { toGlobalId } from '../../../lib/ids';
import { scopeAccess } from '../access';
import { viewerIdOf } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { emptyConnection, endpointsUnder } from './connections';
import { rawIdOf } from './raw-id';

export const entityResolvers: Resolvers = {
  Organization: {
    __resolveReference: (reference) => {
      const organizationId = rawIdOf(reference.id, 'Organization');
      return organizationId ? { organizationId } : null;
    },
    id: (organization) => toGlobalId('Organization', organization.organizationId),
    webhookEndpoints: async (organization, args, context) => {
      const access = await scopeAccess(context, { organizationId: organization.organizationId, projectId: null });
      if (access !== 'admin') return emptyConnection(args);
      return endpointsUnder(context, 'organization_id', organization.organizationId, args);
    },
  },
  Project: {
    __resolveReference: (reference) => {
      const projectId = rawIdOf(reference.id, 'Project');
      return projectId ? { projectId } : null;
    },
    id: (project) => toGlobalId('Project', project.projectId),
    webhookEndpoints: async (project, args, context) => {
      const access = await context.loaders.projectAccess.load({
        projectId: project.projectId,
        userId: viewerIdOf(context),
      });
      if (!access) return emptyConnection(args);
      const scope = { organizationId: access.organizationId, projectId: project.projectId };
      if ((await scopeAccess(context, scope)) !== 'admin') return emptyConnection(args);
      return endpointsUnder(context, 'project_id', project.projectId, args);
    },
  },
};
