import { fromGlobalId, toGlobalId } from '../../../../../lib/ids';
import type { MutationResolvers } from '../../../generated/resolvers-types';
import { administeredConnection } from '../../../vcs/access';
import { deleteConnection } from '../../../vcs/data/connections';

export const deleteVcsConnectionMutation: MutationResolvers = {
  deleteVcsConnection: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.connectionId, 'VcsConnection', 'input.connectionId');
    await administeredConnection(context, id);
    await deleteConnection(context.prisma, id);
    return { deletedConnectionId: toGlobalId('VcsConnection', id) };
  },
};
