import { fromGlobalId, toGlobalId } from '../../../../../lib/ids';
import { viewerIdOf } from '../../../context';
import type { MutationResolvers } from '../../../generated/resolvers-types';
import { administeredConnection } from '../../../vcs/access';
import { deleteConnection } from '../../../vcs/data/connections';

/** At most this many batches of 100 are removed before the answer; the worker removes the rest. */
const inlineRemovalBatches = 10;

export const deleteVcsConnectionMutation: MutationResolvers = {
  deleteVcsConnection: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.connectionId, 'VcsConnection', 'input.connectionId');
    await administeredConnection(context, id);
    await deleteConnection(context.prisma, id, viewerIdOf(context));
    // After the commit: remove the link attachments now (a bounded round); what fails or is left over
    // is retried by the worker's rounds, so the answer never fails because of the files service.
    await context.services
      .vcsAttachmentRemovals()
      ?.runDue({ maxBatches: inlineRemovalBatches })
      // Failed calls are logged and postponed by the round itself; anything else the next round retries.
      .catch(() => undefined);
    return { deletedConnectionId: toGlobalId('VcsConnection', id) };
  },
};
