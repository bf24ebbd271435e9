import { userRef } from '../../../../lib/entity-ref';
import { toGlobalId } from '../../../../lib/ids';
import { scopeAccess } from '../../access';
import type { Resolvers } from '../../generated/resolvers-types';
import { vcsWebhookUrl } from '../../vcs/webhook-url';
import { rawIdOf } from '../raw-id';

export const vcsConnectionResolvers: Resolvers = {
  VcsConnection: {
    // Like the mutations: only the organization's admins see a connection; anyone else gets null.
    __resolveReference: async (reference, context) => {
      const id = rawIdOf(reference.id, 'VcsConnection');
      const connection = id ? await context.vcs.connectionById.load(id) : null;
      if (!connection || !context.identity.viewer) return null;
      const access = await scopeAccess(context, { organizationId: connection.organizationId, projectId: null });
      return access === 'admin' ? connection : null;
    },
    id: (connection) => toGlobalId('VcsConnection', connection.id),
    organization: (connection) => ({ organizationId: connection.organizationId }),
    provider: (connection) => connection.provider as 'GITHUB' | 'GITLAB',
    webhookUrl: (connection, _args, context) => vcsWebhookUrl(context.publicUrl, connection.id),
    createdBy: (connection) => userRef(connection.createdBy),
  },
  VcsConnectionConnection: { totalCount: (connection) => connection.totalCount() },
};
