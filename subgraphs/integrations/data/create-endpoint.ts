import { randomUUID } from 'node:crypto';
import type { IntegrationsPrisma } from '../db';
import type { EndpointScope } from '../access';

/** Registers an endpoint with its sealed secret. */
export function createEndpoint(
  prisma: IntegrationsPrisma,
  input: EndpointScope & {
    url: string;
    description: string;
    eventTypes: string[];
    payloadMode: 'THIN' | 'FULL';
    secretCiphertext: string;
    actorId: string;
  },
) {
  const { actorId, ...fields } = input;
  return prisma.webhookEndpoint.create({ data: { id: randomUUID(), ...fields, createdBy: actorId } });
}
