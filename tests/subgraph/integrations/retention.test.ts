import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createPrismaClient } from '../../../lib/db/prisma';
import { sweepBatch, sweepBatchSize } from '../../../subgraphs/integrations/data/sweep-deliveries';
import { PrismaClient } from '../../../subgraphs/integrations/generated/prisma/client';
import { dataOf, seedProjectTeam, useSubgraph } from '../../testkit';
import type { DeliveryWorker } from '../../../subgraphs/integrations/workers/delivery-worker';

const integrations = useSubgraph('integrations', {
  with: ['users', 'projects'],
  env: { INTEGRATIONS_WEBHOOK_POLL_MS: 0, INTEGRATIONS_WEBHOOK_RETENTION_DAYS: 30 },
});

const create = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
const dayMs = 24 * 3600 * 1000;

async function onDatabase<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: integrations.databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const count = (client: Client, sql: string, params: unknown[]) =>
  client.query<{ n: string }>(sql, params).then((result) => Number(result.rows[0]!.n));

describe('retention of the integrations service', () => {
  it('forgets deliveries, handled events and hosts’ delivery ids older than the retention, and keeps newer ones', async () => {
    const team = await seedProjectTeam(integrations);
    const { createWebhookEndpoint } = dataOf(
      await integrations.execute(team.admin, create, {
        input: { organizationId: team.organizationId, url: 'https://hooks.example.com/in', eventTypes: ['ping'] },
      }),
    );
    const endpointId = Buffer.from(createWebhookEndpoint.endpoint.id, 'base64url').toString().split(':')[1];
    const connectionId = randomUUID();
    const now = Date.now();
    const old = new Date(now - 31 * dayMs);
    const recent = new Date(now - 29 * dayMs);
    await onDatabase(async (client) => {
      for (const createdAt of [old, recent]) {
        await client.query(
          `insert into integrations.webhook_delivery
             (id, endpoint_id, event_type, occurred_at, body, status, next_trigger, created_at)
           values ($1, $2, 'ping', $3, '{}', 'SUCCEEDED', 'SCHEDULED', $3)`,
          [randomUUID(), endpointId, createdAt],
        );
        await client.query(
          `insert into integrations.processed_events (consumer, event_id, processed_at) values ('integrations-webhooks', $1, $2)`,
          [randomUUID(), createdAt],
        );
      }
      await client.query(
        `insert into integrations.vcs_connection (id, organization_id, provider, name, secret_ciphertext, created_by)
         values ($1, $2, 'GITHUB', 'acme', 'sealed', $3)`,
        [connectionId, randomUUID(), randomUUID()],
      );
      for (const [deliveryId, receivedAt] of [
        ['old', old],
        ['recent', recent],
      ] as const) {
        await client.query(
          `insert into integrations.vcs_delivery (connection_id, delivery_id, event, received_at) values ($1, $2, 'push', $3)`,
          [connectionId, deliveryId, receivedAt],
        );
      }
    });

    const worker = integrations.built().workers.deliveries as DeliveryWorker;
    await worker.runDue(new Date(now));

    await onDatabase(async (client) => {
      expect(
        await count(client, 'select count(*) n from integrations.webhook_delivery where endpoint_id = $1', [
          endpointId,
        ]),
      ).toBe(1);
      expect(
        await count(client, 'select count(*) n from integrations.processed_events where processed_at < $1', [
          new Date(now - 30 * dayMs),
        ]),
      ).toBe(0);
      expect(
        await count(client, 'select count(*) n from integrations.processed_events where processed_at = $1', [recent]),
      ).toBe(1);
      const { rows } = await client.query<{ delivery_id: string }>(
        'select delivery_id from integrations.vcs_delivery where connection_id = $1',
        [connectionId],
      );
      expect(rows.map((row) => row.delivery_id)).toEqual(['recent']);
    });
  });

  it('sweeps a backlog of more than one batch in statements of 5,000, deliveries with their attempts, and keeps fresh rows', async () => {
    const team = await seedProjectTeam(integrations);
    const { createWebhookEndpoint } = dataOf(
      await integrations.execute(team.admin, create, {
        input: { organizationId: team.organizationId, url: 'https://hooks.example.com/backlog', eventTypes: ['ping'] },
      }),
    );
    const endpointId = Buffer.from(createWebhookEndpoint.endpoint.id, 'base64url').toString().split(':')[1];
    const connectionId = randomUUID();
    const now = Date.now();
    const backlog = 2 * sweepBatchSize + 1;
    const fresh = 10;
    // `backlog` rows of each swept table from 31 to 60 days old, and `fresh` from the last 29 days.
    await onDatabase(async (client) => {
      await client.query(
        `insert into integrations.vcs_connection (id, organization_id, provider, name, secret_ciphertext, created_by)
         values ($1, $2, 'GITHUB', 'backlog', 'sealed', $3)`,
        [connectionId, randomUUID(), randomUUID()],
      );
      for (const [count, fromDays, spanDays] of [
        [backlog, 31, 29],
        [fresh, 0, 29],
      ] as const) {
        const at = `$2::timestamptz - interval '1 day' * (${fromDays} + ${spanDays} * n::float8 / $1)`;
        await client.query(
          `insert into integrations.webhook_delivery
             (id, endpoint_id, event_type, occurred_at, body, status, next_trigger, attempt_count, created_at)
           select gen_random_uuid(), $3, 'ping', ${at}, '{}', 'SUCCEEDED', 'PING', 1, ${at}
           from generate_series(1, $1) n`,
          [count, new Date(now), endpointId],
        );
        await client.query(
          `insert into integrations.processed_events (consumer, event_id, processed_at)
           select 'retention-backlog', gen_random_uuid(), ${at} from generate_series(1, $1) n`,
          [count, new Date(now)],
        );
        await client.query(
          `insert into integrations.vcs_delivery (connection_id, delivery_id, event, received_at)
           select $3, gen_random_uuid()::text, 'push', ${at} from generate_series(1, $1) n`,
          [count, new Date(now), connectionId],
        );
      }
      await client.query(
        `insert into integrations.webhook_attempt (id, delivery_id, number, trigger, started_at, duration_ms, request_url,
           request_headers, response_status, outcome)
         select gen_random_uuid(), d.id, 1, 'PING', d.created_at, 10, 'https://hooks.example.com/backlog', '{}', 204, 'SUCCEEDED'
         from integrations.webhook_delivery d where d.endpoint_id = $1`,
        [endpointId],
      );
    });
    const counts = () =>
      onDatabase(async (client) => ({
        deliveries: await count(client, 'select count(*) n from integrations.webhook_delivery where endpoint_id = $1', [
          endpointId,
        ]),
        attempts: await count(
          client,
          `select count(*) n from integrations.webhook_attempt a join integrations.webhook_delivery d on d.id = a.delivery_id
           where d.endpoint_id = $1`,
          [endpointId],
        ),
        orphanAttempts: await count(
          client,
          `select count(*) n from integrations.webhook_attempt a
           where not exists (select 1 from integrations.webhook_delivery d where d.id = a.delivery_id)`,
          [],
        ),
        events: await count(
          client,
          `select count(*) n from integrations.processed_events where consumer = 'retention-backlog'`,
          [],
        ),
        hostDeliveries: await count(
          client,
          'select count(*) n from integrations.vcs_delivery where connection_id = $1',
          [connectionId],
        ),
      }));
    expect(await counts()).toEqual({
      deliveries: backlog + fresh,
      attempts: backlog + fresh,
      orphanAttempts: 0,
      events: backlog + fresh,
      hostDeliveries: backlog + fresh,
    });

    // One statement deletes one batch, the oldest first, and no more.
    const prisma = createPrismaClient(PrismaClient, { url: integrations.databaseUrl, domain: 'integrations' });
    try {
      expect(await sweepBatch(prisma, 'webhook_delivery', new Date(now - 30 * dayMs))).toBe(sweepBatchSize);
    } finally {
      await prisma.$disconnect();
    }
    expect((await counts()).deliveries).toBe(backlog - sweepBatchSize + fresh);

    // The worker's round sweeps the rest, batch after batch.
    const worker = integrations.built().workers.deliveries as DeliveryWorker;
    await worker.runDue(new Date(now));
    expect(await counts()).toEqual({
      deliveries: fresh,
      attempts: fresh,
      orphanAttempts: 0,
      events: fresh,
      hostDeliveries: fresh,
    });
  }, 60_000);
});
