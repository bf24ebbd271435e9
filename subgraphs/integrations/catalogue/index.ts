import { z } from 'zod';
import { eventVersions, type AnyEventEnvelope, type EventType } from '../../../lib/events/envelope';
import { toGlobalId } from '../../../lib/ids';
import { catalogueEntries, type CatalogueEntry, type PayloadMode } from './entries';
import { globalId } from './shapes';

export type { PayloadMode };

/** The JSON body of a webhook: Standard Webhooks' recommended shape. */
export interface WebhookMessage {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

const pingType = 'ping';
const pingVersion = 1;
const pingDescription =
  'Sent when an admin pings the endpoint, to check that it receives and verifies deliveries. Never retried automatically.';

const publicEntries = (Object.entries(catalogueEntries) as [EventType, CatalogueEntry | null][]).filter(
  (pair): pair is [EventType, CatalogueEntry] => pair[1] !== null,
);

/** Every public type an endpoint may subscribe to, `ping` included, with its payload version and a description. */
export const webhookEventTypes: readonly { name: string; version: number; description: string }[] = [
  ...publicEntries.map(([name, entry]) => ({ name, version: eventVersions[name], description: entry.description })),
  { name: pingType, version: pingVersion, description: pingDescription },
];

const publicNames = new Set(webhookEventTypes.map((type) => type.name));

export function isWebhookEventType(name: string): boolean {
  return publicNames.has(name);
}

/** The message an event becomes, or null for an event type that is not public (internal events never leave). */
export function webhookMessageOf(envelope: AnyEventEnvelope, mode: PayloadMode): WebhookMessage | null {
  const entry = catalogueEntries[envelope.type] as CatalogueEntry | null;
  if (!entry) return null;
  return {
    type: envelope.type,
    timestamp: envelope.occurredAt,
    data: {
      eventId: envelope.id,
      eventVersion: envelope.version,
      organizationId: toGlobalId('Organization', envelope.organizationId),
      projectId: envelope.projectId === null ? null : toGlobalId('Project', envelope.projectId),
      actorId: envelope.actorId === null ? null : toGlobalId('User', envelope.actorId),
      ...entry.data(envelope.payload, mode),
    },
  };
}

/** A ping for an endpoint (its global id). */
export function pingMessage(endpointId: string, now: Date): WebhookMessage {
  return { type: pingType, timestamp: now.toISOString(), data: { endpointId } };
}

const common = (version: number) => ({
  eventId: z.uuid().describe('The event; the same in every delivery of it, to every endpoint.'),
  eventVersion: z
    .literal(version)
    .describe("The version of this type's payload; it changes when a field changes meaning or shape."),
  organizationId: globalId('Organization'),
  projectId: globalId('Project').nullable().describe('Null for events above projects (teams, organizations).'),
  actorId: globalId('User').nullable().describe('Who made the change; null for changes Workgraph made itself.'),
});

function messageSchema(name: string, description: string, data: z.ZodType): z.ZodType {
  return z
    .strictObject({
      type: z.literal(name),
      timestamp: z.iso.datetime().describe('When the change was made (not when it was sent).'),
      data,
    })
    .describe(description);
}

const schemas = new Map<string, z.ZodType>([
  ...publicEntries.map(([name, entry]): [string, z.ZodType] => {
    const version = eventVersions[name];
    const full = z.strictObject({ ...common(version), ...entry.full.shape }).describe('With payload mode FULL.');
    const thin = z.strictObject({ ...common(version), ...entry.thin.shape }).describe('With payload mode THIN.');
    return [name, messageSchema(name, entry.description, z.union([full, thin]))];
  }),
  [pingType, messageSchema(pingType, pingDescription, z.strictObject({ endpointId: globalId('WebhookEndpoint') }))],
]);

/** The JSON Schema (draft 2020-12) of the whole message of a type; throws for an unknown type. */
export function webhookEventSchema(name: string): Record<string, unknown> {
  const schema = schemas.get(name);
  if (!schema) throw new Error(`${name} is not a webhook event type.`);
  return z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
