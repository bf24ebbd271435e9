import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import type { Resolvers } from '../generated/resolvers-types';

/** Project fields of this subgraph each check the viewer's access through readableProject (cached per request). */
export const projectResolvers: Resolvers = {
  Project: {
    __resolveReference: (reference) => ({ projectId: fromGlobalId(reference.id, 'Project', 'id') }),
    id: (project) => toGlobalId('Project', project.projectId),
  },
};
