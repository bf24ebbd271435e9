import type { IntegrationsPrisma } from '../../db';

/**
 * Records a delivery by the host's delivery id: true the first time, false for a redelivery (the
 * primary key decides, so two copies arriving at once are one). Also notes the connection's last
 * delivery.
 */
export async function claimDelivery(
  prisma: IntegrationsPrisma,
  input: { connectionId: string; deliveryId: string | null; event: string },
): Promise<boolean> {
  await prisma.vcsConnection.update({ where: { id: input.connectionId }, data: { lastDeliveryAt: new Date() } });
  if (!input.deliveryId) return true;
  const inserted = await prisma.$executeRaw`
    INSERT INTO integrations.vcs_delivery (connection_id, delivery_id, event)
    VALUES (${input.connectionId}::uuid, ${input.deliveryId}, ${input.event})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** Forgets a claimed delivery whose processing failed, so the host's retry is processed. */
export async function releaseDelivery(prisma: IntegrationsPrisma, connectionId: string, deliveryId: string | null) {
  if (!deliveryId) return;
  await prisma.vcsDelivery.deleteMany({ where: { connectionId, deliveryId } });
}
