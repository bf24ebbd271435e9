import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { toGlobalId } from '../../../../lib/ids';
import { scopeAccess } from '../../access';
import type { Resolvers } from '../../generated/resolvers-types';
import { readsProject } from '../../vcs/access';
import { emptyConnection } from '../connections';

export const vcsOrganizationResolvers: Resolvers = {
  Organization: {
    vcsConnections: async (organization, args, context) => {
      const access = await scopeAccess(context, { organizationId: organization.organizationId, projectId: null });
      if (access !== 'admin') return emptyConnection(args);
      return timeIdConnection(organization.organizationId, args, {
        pages: context.vcs.connectionPages,
        counts: context.vcs.connectionCounts,
      });
    },
  },
  Project: {
    vcsSettings: async (project, _args, context) => {
      if (!(await readsProject(context, project.projectId))) return null;
      return context.vcs.projectSettings.load(project.projectId);
    },
  },
  VcsProjectSettings: {
    mergedState: (settings) =>
      settings.mergedStateId ? { id: toGlobalId('WorkflowState', settings.mergedStateId) } : null,
  },
};
