import type { IntegrationsPrisma } from '../db';

const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
};

export async function endpointsByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.webhookEndpoint.findMany({ where: { id: { in: [...ids] } } }));
}

export async function deliveriesByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.webhookDelivery.findMany({ where: { id: { in: [...ids] } } }));
}

export async function attemptsByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.webhookAttempt.findMany({ where: { id: { in: [...ids] } } }));
}
