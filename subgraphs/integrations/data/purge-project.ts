import type { PurgedRows } from '../../../lib/events/project-purge';
import type { IntegrationsPrisma } from '../db';

/**
 * Deletes, in one transaction, a deleted project's webhook endpoints (their deliveries and attempts
 * go with them by cascade), its items' version control links and its version control settings.
 */
export function purgeProject(prisma: IntegrationsPrisma, projectId: string): Promise<PurgedRows> {
  const ofProject = { where: { projectId } };
  return prisma.$transaction(async (tx) => ({
    webhookEndpoints: (await tx.webhookEndpoint.deleteMany(ofProject)).count,
    vcsLinks: (await tx.vcsLink.deleteMany(ofProject)).count,
    vcsSettings: (await tx.vcsProjectSettings.deleteMany(ofProject)).count,
  }));
}
