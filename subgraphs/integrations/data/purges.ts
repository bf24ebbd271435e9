import type { DeletedOrganization, PurgedRows } from '../../../lib/events/purges';
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

/**
 * Deletes, in one transaction, a deleted organization's webhook endpoints (with their deliveries) and
 * version control connections (with their links, checks and the deliveries they received). Removals
 * of link attachments under way finish by themselves: the files service answers that they are gone.
 */
export function purgeOrganization(prisma: IntegrationsPrisma, organization: DeletedOrganization): Promise<PurgedRows> {
  const ofOrganization = { where: { organizationId: organization.id } };
  return prisma.$transaction(async (tx) => {
    const connections = await tx.vcsConnection.findMany({ ...ofOrganization, select: { id: true } });
    const connectionIds = connections.map((connection) => connection.id);
    return {
      webhookEndpoints: (await tx.webhookEndpoint.deleteMany(ofOrganization)).count,
      vcsDeliveries: (await tx.vcsDelivery.deleteMany({ where: { connectionId: { in: connectionIds } } })).count,
      vcsConnections: (await tx.vcsConnection.deleteMany(ofOrganization)).count,
    };
  });
}
