import { randomUUID } from 'node:crypto';
import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { deliveriesForEvent, webhookEventsGroup } from '../../subgraphs/integrations/data/deliveries-for-event';
import { PrismaClient } from '../../subgraphs/integrations/generated/prisma/client';
import { createWorkItem, querySql, rawId, seedProjectTeam, useTestStack, workItemEvents } from '../testkit';
import { anyTransaction, useRecordedClient } from '../testkit/statement-recorder';
import { createEndpoint } from './support';

const stack = useTestStack();

/** The consumer's client, whose statements the tests count. */
const recorded = useRecordedClient(stack, PrismaClient, 'integrations');

/** The item's creation event under a new id, as if published anew: the stack's own consumer has handled the original. */
async function creationEventOf(projectId: string, token: string): Promise<AnyEventEnvelope> {
  const item = await createWorkItem(stack, token, { projectId });
  const [created] = await workItemEvents(stack, rawId(item.id));
  return { ...created!, id: randomUUID() };
}

async function handledOnce(envelope: AnyEventEnvelope) {
  const rows = await querySql<{ count: number }>(
    stack,
    'SELECT count(*)::int AS count FROM integrations.processed_events WHERE consumer = $1 AND event_id = $2::uuid',
    [webhookEventsGroup, envelope.id],
  );
  return rows[0]!.count === 1;
}

describe('webhook deliveries of one event', () => {
  it('mark an event no endpoint wants as processed in two statements and no transaction', async () => {
    const team = await seedProjectTeam(stack);
    const envelope = await creationEventOf(team.project.id, team.admin.token);

    recorded.statements.length = 0;
    expect(await deliveriesForEvent(recorded.client, envelope)).toBe(0);
    expect(recorded.statements).toHaveLength(2);
    expect(anyTransaction(recorded.statements)).toBe(false);
    expect(await handledOnce(envelope)).toBe(true);
    expect(await deliveriesForEvent(recorded.client, envelope)).toBe(0);
  });

  it('make one delivery per wanting endpoint in the transaction that marks the event, and none when it comes again', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await createEndpoint(stack, team.admin.token, {
      organizationId: team.organizationId,
      url: 'https://hooks.example.com/in',
      eventTypes: ['work_item.created'],
    });
    const envelope = await creationEventOf(team.project.id, team.admin.token);

    recorded.statements.length = 0;
    expect(await deliveriesForEvent(recorded.client, envelope)).toBe(1);
    expect(recorded.statements.filter((text) => /^\s*(BEGIN|COMMIT)/i.test(text))).toHaveLength(2);
    expect(await handledOnce(envelope)).toBe(true);
    expect(await deliveriesForEvent(recorded.client, envelope)).toBe(0);
    const made = await querySql<{ count: number }>(
      stack,
      'SELECT count(*)::int AS count FROM integrations.webhook_delivery WHERE endpoint_id = $1::uuid AND event_id = $2::uuid',
      [rawId(endpoint.id), envelope.id],
    );
    expect(made[0]!.count).toBe(1);
  });
});
