// Temporary stand-in for the lead's webhook event catalogue: the same exports, a minimal body.
import type { AnyEventEnvelope } from '../../../lib/events/envelope';

export type PayloadMode = 'THIN' | 'FULL';
/** The JSON body of a webhook: Standard Webhooks' recommended shape. */
export interface WebhookMessage {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

const publicTypes: Record<string, string> = {
  'work_item.created': 'A work item was created.',
  'work_item.updated': 'A work item changed.',
  'work_item.transitioned': 'A work item moved to another workflow state.',
  'work_item.moved': 'A work item moved on a board.',
  'work_item.archived': 'A work item was archived.',
  'work_item.restored': 'A work item was restored.',
  'work_item.deleted': 'A work item was deleted.',
  'work_item.commented': 'A comment was added to a work item.',
  'project.created': 'A project was created.',
  'project.updated': 'A project changed.',
  'sprint.created': 'A sprint was created.',
  'sprint.started': 'A sprint started.',
  'sprint.completed': 'A sprint was completed.',
  'file.attached': 'A file was attached.',
  ping: 'A test event sent by pingWebhookEndpoint.',
};

/** Every public type an endpoint may subscribe to, `ping` included, with its payload version and a description. */
export const webhookEventTypes: readonly { name: string; version: number; description: string }[] = Object.entries(
  publicTypes,
).map(([name, description]) => ({ name, version: 1, description }));

export function isWebhookEventType(name: string): boolean {
  return name in publicTypes;
}

/** The message an event becomes, or null for an event type that is not public (internal events never leave). */
export function webhookMessageOf(envelope: AnyEventEnvelope, mode: PayloadMode): WebhookMessage | null {
  if (!isWebhookEventType(envelope.type)) return null;
  const thin = {
    eventId: envelope.id,
    organizationId: envelope.organizationId,
    projectId: envelope.projectId,
    aggregateId: envelope.aggregateId,
    actorId: envelope.actorId,
  };
  return {
    type: envelope.type,
    timestamp: envelope.occurredAt,
    data: mode === 'FULL' ? { ...thin, payload: envelope.payload } : thin,
  };
}

/** A ping for an endpoint (its global id). */
export function pingMessage(endpointId: string, now: Date): WebhookMessage {
  return { type: 'ping', timestamp: now.toISOString(), data: { endpointId } };
}

/** The JSON Schema (draft 2020-12) of the whole message of a type; throws for an unknown type. */
export function webhookEventSchema(name: string): Record<string, unknown> {
  if (!isWebhookEventType(name)) throw new Error(`Unknown webhook event type: ${name}`);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['type', 'timestamp', 'data'],
    additionalProperties: false,
    properties: {
      type: { const: name },
      timestamp: { type: 'string', format: 'date-time' },
      data: { type: 'object' },
    },
  };
}
