import { badInput } from '../../../../../lib/errors';
import { fromGlobalId } from '../../../../../lib/ids';
import { viewerIdOf } from '../../../context';
import type { MutationResolvers } from '../../../generated/resolvers-types';
import { newVcsSecret } from '../../../secrets/secret-box';
import { administeredOrganization } from '../../../vcs/access';
import { createConnection } from '../../../vcs/data/connections';

/** A connection's name: 1-100 characters, trimmed. */
export function connectionNameOf(name: string, field: string): string {
  const trimmed = name.trim();
  const length = [...trimmed].length;
  if (length < 1 || length > 100) throw badInput(field, '1-100 characters.');
  return trimmed;
}

export const createVcsConnectionMutation: MutationResolvers = {
  createVcsConnection: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    const name = connectionNameOf(input.name, 'input.name');
    await administeredOrganization(context, organizationId);
    const secret = newVcsSecret();
    const connection = await createConnection(context.prisma, {
      organizationId,
      provider: input.provider,
      name,
      secretCiphertext: context.services.secrets.seal(secret),
      actorId: viewerIdOf(context),
    });
    return { connection, secret };
  },
};
