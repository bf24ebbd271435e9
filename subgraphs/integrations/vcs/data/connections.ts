import { randomUUID } from 'node:crypto';
import { byId } from '../../../../lib/loader-results';
import type { IntegrationsPrisma } from '../../db';
import { queueAttachmentRemovals } from './attachment-removals';

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

/**
 * Removes a connection; its links and checks go with it (foreign key cascade), its deliveries' dedupe
 * rows too, and the removal of its link attachments is queued in the same transaction (the files
 * service removes them after the commit, see `attachment-removals`).
 */
export function deleteConnection(prisma: IntegrationsPrisma, id: string, actorId: string) {
  return prisma.$transaction(async (tx) => {
    await queueAttachmentRemovals(tx, id, actorId);
    await tx.vcsDelivery.deleteMany({ where: { connectionId: id } });
    await tx.vcsConnection.delete({ where: { id } });
  });
}

export function replaceConnectionSecret(prisma: IntegrationsPrisma, id: string, secretCiphertext: string) {
  return prisma.vcsConnection.update({ where: { id }, data: { secretCiphertext } });
}

export async function connectionsByIds(prisma: IntegrationsPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.vcsConnection.findMany({ where: { id: { in: [...ids] } } }));
}
