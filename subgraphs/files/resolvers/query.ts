import { toGlobalId, fromGlobalId } from '../../../lib/ids';
import { notFound } from '../../../lib/errors';
import { readableFile } from '../access';
import { organizationMember } from '../organization-access';
import type { Resolvers } from '../generated/resolvers-types';
import { effectiveLimits } from '../rules/limits';

export const queryResolvers: Resolvers = {
  Query: {
    file: async (_parent, { id }, context) => (await readableFile(context, fromGlobalId(id, 'File', 'id'))).file,
    fileLimits: async (_parent, args, context) => {
      const organizationId = fromGlobalId(args.organizationId, 'Organization', 'organizationId');
      if (!(await organizationMember(context, organizationId))) throw notFound('Organization');
      const row = await context.loaders.limitsOfOrganization.load(organizationId);
      return { organizationId, limits: effectiveLimits(row, context.settings.FILES_MAX_FILE_BYTES) };
    },
  },
  FileLimits: {
    organization: (limits) => ({ id: toGlobalId('Organization', limits.organizationId) }),
    maxFileBytes: (limits) => limits.limits.maxFileBytes,
    projectQuotaBytes: (limits) => limits.limits.projectQuotaBytes,
    retentionDays: (limits) => limits.limits.retentionDays,
    deploymentMaxFileBytes: (_limits, _args, context) => context.settings.FILES_MAX_FILE_BYTES,
  },
};
