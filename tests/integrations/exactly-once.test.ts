import { createPrismaClient } from '../../lib/db/prisma';
import { createEventBus } from '../../lib/events';
import type { EventBus } from '../../lib/events/bus';
import { createLogger } from '../../lib/logger';
import { deliveriesForEvent, webhookEventsGroup } from '../../subgraphs/integrations/data/deliveries-for-event';
import { PrismaClient } from '../../subgraphs/integrations/generated/prisma/client';
import { createWorkItem, describeWithRedis, querySql, rawId, seedProjectTeam, useTestStack } from '../testkit';
import { createEndpoint, until } from './support';

jest.setTimeout(60_000);

const stack = useTestStack();

describeWithRedis('webhook deliveries across a killed consumer', () => {
  let bus: EventBus;
  let prisma: PrismaClient;
  beforeAll(async () => {
    // The stack's own consumer steps aside: the test plays the group's consumers itself.
    await stack.subgraphs.integrations.workers.webhookEvents!.stop();
    bus = createEventBus({
      redisUrl: stack.redisUrl,
      keyPrefix: stack.redisKeyPrefix,
      logger: createLogger('test', 'silent'),
    });
    prisma = createPrismaClient(PrismaClient, { url: stack.databaseUrl, domain: 'integrations', poolSize: 2 });
  });
  afterAll(async () => {
    await bus?.close();
    await prisma?.$disconnect();
  });

  it('makes exactly one delivery per endpoint and event when a consumer dies after its insert and before XACK', async () => {
    const team = await seedProjectTeam(stack);
    const endpoint = await createEndpoint(stack, team.admin.token, {
      organizationId: team.organizationId,
      url: 'https://hooks.example.com/in',
      eventTypes: ['work_item.created'],
    });
    // Dies mid-batch: it makes the deliveries of the first event of the endpoint's organization, then
    // never acknowledges it nor touches the rest of what it was handed.
    let release: () => void = () => undefined;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const doomedSeen: string[] = [];
    const doomed = bus.consume({
      group: webhookEventsGroup,
      consumer: 'doomed',
      streams: ['work-items'],
      batchSize: 10,
      handle: async ({ envelope }) => {
        if (envelope.organizationId !== rawId(team.organizationId)) return;
        doomedSeen.push(envelope.id);
        if (doomedSeen.length === 1) await deliveriesForEvent(prisma, envelope);
        await hung;
        throw new Error('killed');
      },
    });
    await doomed.started;
    const items = [];
    for (let n = 0; n < 3; n += 1)
      items.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id }));
    await until(async () => doomedSeen.length >= 1, 'the doomed consumer took the first event');
    const made = await querySql<{ count: number }>(
      stack,
      'SELECT count(*)::int AS count FROM integrations.webhook_delivery WHERE endpoint_id = $1',
      [rawId(endpoint.id)],
    );
    expect(made[0]!.count).toBe(1);

    const survivorMade: number[] = [];
    const survivor = bus.consume({
      group: webhookEventsGroup,
      consumer: 'survivor',
      streams: ['work-items'],
      claimIdleMs: 300,
      handle: async ({ envelope }) => {
        if (envelope.organizationId === rawId(team.organizationId))
          survivorMade.push(await deliveriesForEvent(prisma, envelope));
      },
    });
    await until(async () => survivorMade.length >= 3, 'the survivor claimed and handled the three events', 30_000);
    await survivor.stop();
    release();
    await doomed.stop();

    // The first event was already delivered by the doomed consumer: the survivor made nothing for it.
    expect([...survivorMade].sort()).toEqual([0, 1, 1]);
    const rows = await querySql<{ event_id: string; aggregate_id: string }>(
      stack,
      'SELECT event_id::text, aggregate_id::text FROM integrations.webhook_delivery WHERE endpoint_id = $1',
      [rawId(endpoint.id)],
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.event_id)).size).toBe(3);
    expect(rows.map((row) => row.aggregate_id).sort()).toEqual(items.map((item) => rawId(item.id)).sort());
  });
});
