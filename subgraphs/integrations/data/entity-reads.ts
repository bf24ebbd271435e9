import { byId } from '../../../lib/loader-results';
import type { IntegrationsPrisma } from '../db';

export async function endpointsByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.webhookEndpoint.findMany({ where: { id: { in: [...ids] } } }));
}

export async function deliveriesByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.webhookDelivery.findMany({ where: { id: { in: [...ids] } } }));
}

export async function attemptsByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.webhookAttempt.findMany({ where: { id: { in: [...ids] } } }));
}
