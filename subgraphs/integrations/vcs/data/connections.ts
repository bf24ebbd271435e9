import { randomUUID } from 'node:crypto';
import type { IntegrationsPrisma } from '../../db';

/** Connects a repository host with its sealed secret. */
export function createConnection(
  prisma: IntegrationsPrisma,
  input: {
    organizationId: string;
    provider: 'GITHUB' | 'GITLAB';
    name: string;
    secretCiphertext: string;
    actorId: string;
  },
) {
  const { actorId, ...fields } = input;
  return prisma.vcsConnection.create({ data: { id: randomUUID(), ...fields, createdBy: actorId } });
}

/** Removes a connection; its links go with it (foreign key cascade), its deliveries' dedupe rows too. */
export function deleteConnection(prisma: IntegrationsPrisma, id: string) {
  return prisma.$transaction(async (tx) => {
    await tx.vcsDelivery.deleteMany({ where: { connectionId: id } });
    await tx.vcsConnection.delete({ where: { id } });
  });
}

export function replaceConnectionSecret(prisma: IntegrationsPrisma, id: string, secretCiphertext: string) {
  return prisma.vcsConnection.update({ where: { id }, data: { secretCiphertext } });
}

export async function connectionsByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  const rows = await prisma.vcsConnection.findMany({ where: { id: { in: [...ids] } } });
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}
