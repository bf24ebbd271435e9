import type { IntegrationsPrisma } from '../db';

/** Deletes an endpoint; its deliveries and attempts go with it (foreign keys cascade). */
export async function deleteEndpoint(prisma: IntegrationsPrisma, endpointId: string): Promise<void> {
  await prisma.webhookEndpoint.deleteMany({ where: { id: endpointId } });
}
