import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { catalogueEntries } from './entries';
import { isWebhookEventType, pingMessage, webhookEventSchema, webhookEventTypes, webhookMessageOf } from './index';
import { sampleEvents } from './sample-events';

const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const validatorOf = (type: string) => ajv.compile(webhookEventSchema(type));

describe('the webhook event catalogue', () => {
  const events = sampleEvents();

  it('turns an event of every public type into a message its JSON Schema accepts, in both payload modes', () => {
    const publicEvents = events.filter((event) => catalogueEntries[event.type] !== null);
    expect(publicEvents.length).toBe(webhookEventTypes.length - 1);
    for (const event of publicEvents) {
      const validate = validatorOf(event.type);
      for (const mode of ['FULL', 'THIN'] as const) {
        const message = webhookMessageOf(event, mode);
        expect(validate(message)).toBe(true);
        expect(validate.errors ?? []).toEqual([]);
      }
    }
  });

  it('never lets an internal event out: invitations, report links, notifications, watches, sprint placements and a deleted organization have no message', () => {
    const internal = events.filter((event) => catalogueEntries[event.type] === null).map((event) => event.type);
    expect(internal.sort()).toEqual([
      'dashboard.report_due',
      'notification.created',
      'organization.deleted',
      'organization.invitation_created',
      'sprint_placement.changed',
      'watch.changed',
      'webhook_endpoint.disabled',
    ]);
    for (const event of events.filter((one) => internal.includes(one.type))) {
      expect(webhookMessageOf(event, 'FULL')).toBeNull();
      expect(isWebhookEventType(event.type)).toBe(false);
    }
  });

  it('carries global IDs, never the raw database uuids of events', () => {
    for (const event of events) {
      const body = JSON.stringify(webhookMessageOf(event, 'FULL')?.data ?? {});
      const withoutEventId = body.replace(event.id, '');
      expect(withoutEventId).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/);
    }
  });

  it('sends a thin work item as its id and key only, and the whole item in full mode', () => {
    const created = events.find((event) => event.type === 'work_item.created')!;
    expect(webhookMessageOf(created, 'THIN')?.data.workItem).toEqual({ id: expect.any(String), key: 'WEB-42' });
    expect(webhookMessageOf(created, 'FULL')?.data.workItem).toMatchObject({
      key: 'WEB-42',
      title: 'Checkout fails on Safari',
      state: { name: 'In progress', category: 'IN_PROGRESS' },
    });
  });

  it('refuses a message with a field its schema does not know, so a drifting payload fails the check', () => {
    const created = events.find((event) => event.type === 'work_item.created')!;
    const message = webhookMessageOf(created, 'FULL')!;
    const validate = validatorOf('work_item.created');
    expect(validate({ ...message, data: { ...message.data, secret: 'x' } })).toBe(false);
    expect(validate({ ...message, type: 'work_item.updated' })).toBe(false);
  });

  it('describes a ping with its own schema', () => {
    expect(isWebhookEventType('ping')).toBe(true);
    const ping = pingMessage('V2ViaG9va0VuZHBvaW50OjE', new Date('2026-12-04T10:00:00Z'));
    expect(validatorOf('ping')(ping)).toBe(true);
    expect(ping).toEqual({
      type: 'ping',
      timestamp: '2026-12-04T10:00:00.000Z',
      data: { endpointId: 'V2ViaG9va0VuZHBvaW50OjE' },
    });
  });

  it('refuses to describe a type it does not have', () => {
    expect(() => webhookEventSchema('notification.created')).toThrow(/not a webhook event type/);
  });

  it('stays within the list size the cost model assumes for event type lists (an endpoint holds distinct types)', () => {
    const schema = readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    for (const field of ['webhookEventTypes', 'eventTypes']) {
      const assumed = new RegExp(`\\b${field}: \\[[^\\]]+\\]!? @listSize\\(assumedSize: (\\d+)\\)`).exec(schema);
      if (!assumed) throw new Error(`${field} has no @listSize(assumedSize) in schema.graphql`);
      expect(webhookEventTypes.length).toBeLessThanOrEqual(Number(assumed[1]));
    }
  });
});
