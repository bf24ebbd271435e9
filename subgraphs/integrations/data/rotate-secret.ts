import type { IntegrationsPrisma } from '../db';

/** Makes `secretCiphertext` the endpoint's secret; the current one signs too until `previousExpiresAt`. */
export function rotateSecret(
  prisma: IntegrationsPrisma,
  input: { endpointId: string; secretCiphertext: string; previousExpiresAt: Date },
) {
  return prisma.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ secret_ciphertext: string }[]>`
      SELECT secret_ciphertext FROM integrations.webhook_endpoint WHERE id = ${input.endpointId}::uuid FOR UPDATE`;
    if (!current) throw new Error(`endpoint ${input.endpointId} vanished`);
    return tx.webhookEndpoint.update({
      where: { id: input.endpointId },
      data: {
        secretCiphertext: input.secretCiphertext,
        previousSecretCiphertext: current.secret_ciphertext,
        previousSecretExpiresAt: input.previousExpiresAt,
      },
    });
  });
}
