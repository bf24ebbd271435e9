import { fromGlobalId } from '../../../../lib/ids';
import { viewerIdOf } from '../../context';
import { setFileLimits } from '../../data/set-file-limits';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { organizationAdmin } from '../../organization-access';
import { effectiveLimits, nextLimits } from '../../rules/limits';

export const setFileLimitsMutation: MutationResolvers = {
  setFileLimits: async (_parent, { input }, context) => {
    const organizationId = fromGlobalId(input.organizationId, 'Organization', 'input.organizationId');
    await organizationAdmin(context, organizationId);
    const deploymentMax = context.settings.FILES_MAX_FILE_BYTES;
    const current = effectiveLimits(await context.loaders.limitsOfOrganization.load(organizationId), deploymentMax);
    const limits = nextLimits(current, input, deploymentMax);
    await setFileLimits(context.prisma, { organizationId, limits, actorId: viewerIdOf(context) });
    return { limits: { organizationId, limits } };
  },
};
