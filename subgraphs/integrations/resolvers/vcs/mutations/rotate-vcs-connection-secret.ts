import { fromGlobalId } from '../../../../../lib/ids';
import type { MutationResolvers } from '../../../generated/resolvers-types';
import { newVcsSecret } from '../../../secrets/secret-box';
import { administeredConnection } from '../../../vcs/access';
import { replaceConnectionSecret } from '../../../vcs/data/connections';

export const rotateVcsConnectionSecretMutation: MutationResolvers = {
  rotateVcsConnectionSecret: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.connectionId, 'VcsConnection', 'input.connectionId');
    await administeredConnection(context, id);
    const secret = newVcsSecret();
    const connection = await replaceConnectionSecret(context.prisma, id, context.services.secrets.seal(secret));
    return { connection, secret };
  },
};
