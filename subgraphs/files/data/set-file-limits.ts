import type { FilesPrisma } from '../db';
import type { EffectiveLimits } from '../rules/limits';

/** Stores an organization's limits (checked by `nextLimits`). */
export function setFileLimits(
  prisma: FilesPrisma,
  input: { organizationId: string; limits: EffectiveLimits; actorId: string },
) {
  const data = {
    maxFileBytes: BigInt(input.limits.maxFileBytes),
    projectQuotaBytes: BigInt(input.limits.projectQuotaBytes),
    retentionDays: input.limits.retentionDays,
    updatedBy: input.actorId,
  };
  return prisma.organizationLimits.upsert({
    where: { organizationId: input.organizationId },
    create: { organizationId: input.organizationId, ...data },
    update: data,
  });
}
