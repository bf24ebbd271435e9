import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { parseConfig } from '../../../lib/config';
import { createPrismaClient } from '../../../lib/db/prisma';
import { createLogger } from '../../../lib/logger';
import { PrismaClient } from '../../../subgraphs/integrations/generated/prisma/client';
import { createSecretBox, newWebhookSecret } from '../../../subgraphs/integrations/secrets/secret-box';
import { integrationsSettings } from '../../../subgraphs/integrations/settings';
import { startDeliveryWorker, type DeliveryWorker } from '../../../subgraphs/integrations/workers/delivery-worker';
import { useSubgraph } from '../../testkit';

// The database only: the two delivery workers below are the replicas, each with its own pool.
const integrations = useSubgraph('integrations', { env: { INTEGRATIONS_WEBHOOK_POLL_MS: 0 } });

const limit = 3;
const endpointCount = 3;
const itemsPerEndpoint = 8;
const deliveriesPerItem = 5;

/**
 * A receiver that answers each request after 150 to 200 ms (longer than a lease round takes on a busy
 * machine, so requests of both replicas overlap) and records, per path, the requests in flight at most.
 */
async function startSlowReceiver() {
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const received = new Map<string, string[]>();
  const server = http.createServer((request, response) => {
    const path = request.url ?? '';
    const now = (inFlight.get(path) ?? 0) + 1;
    inFlight.set(path, now);
    peak.set(path, Math.max(peak.get(path) ?? 0, now));
    received.set(path, [...(received.get(path) ?? []), String(request.headers['webhook-id'])]);
    request.resume();
    request.on('end', () => {
      setTimeout(
        () => {
          inFlight.set(path, (inFlight.get(path) ?? 1) - 1);
          response.writeHead(204).end();
        },
        150 + Math.floor(Math.random() * 50),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    peak,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('an endpoint’s requests in flight', () => {
  it('stay within INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY across two replicas, all delivered, each work item in order', async () => {
    const receiver = await startSlowReceiver();
    const signingSecret = randomUUID();
    const secrets = createSecretBox(signingSecret);
    const settings = parseConfig(integrationsSettings, {
      INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      INTEGRATIONS_WEBHOOK_POLL_MS: '0',
      INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY: String(limit),
    });
    const logger = createLogger('test-integrations', 'silent');
    const replicas = [0, 1].map(() => {
      const prisma = createPrismaClient(PrismaClient, { url: integrations.databaseUrl, domain: 'integrations' });
      return { prisma, worker: startDeliveryWorker({ prisma, secrets, settings, logger }) as DeliveryWorker };
    });

    // Deliveries in send order: each endpoint hears of 8 work items, 5 times each, interleaved.
    const db = new Client({ connectionString: integrations.databaseUrl });
    await db.connect();
    const paths = Array.from({ length: endpointCount }, (_, e) => `/endpoint-${e}`);
    const organizationId = randomUUID();
    const expected = new Map<string, { path: string; item: string; rank: number }>();
    try {
      for (const path of paths) {
        const endpointId = randomUUID();
        await db.query(
          `INSERT INTO integrations.webhook_endpoint (id, organization_id, url, event_types, payload_mode,
             secret_ciphertext, created_by) VALUES ($1, $2, $3, ARRAY['work_item.updated'], 'THIN', $4, $5)`,
          [endpointId, organizationId, receiver.url(path), secrets.seal(newWebhookSecret()), randomUUID()],
        );
        const items = Array.from({ length: itemsPerEndpoint }, () => randomUUID());
        for (let rank = 0; rank < deliveriesPerItem; rank += 1) {
          for (const item of items) {
            const id = randomUUID();
            expected.set(`msg_${id}`, { path, item, rank });
            await db.query(
              `INSERT INTO integrations.webhook_delivery (id, endpoint_id, event_id, event_type, aggregate_id,
                 occurred_at, body, status, next_trigger, next_attempt_at)
               VALUES ($1, $2, $3, 'work_item.updated', $4, now(), $5, 'PENDING', 'SCHEDULED', now() - interval '1 second')`,
              [id, endpointId, randomUUID(), item, JSON.stringify({ item, rank })],
            );
          }
        }
      }

      // Each replica runs rounds until nothing is pending, as its poll loop would.
      const pending = async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(*) n FROM integrations.webhook_delivery WHERE status = 'PENDING'`,
            )
          ).rows[0]!.n,
        );
      const deadline = Date.now() + 30_000;
      const sentBy = await Promise.all(
        replicas.map(async ({ worker }) => {
          let sent = 0;
          while ((await pending()) > 0 && Date.now() < deadline) {
            sent += (await worker.runDue()).sent;
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
          return sent;
        }),
      );

      expect(await pending()).toBe(0);
      const { rows } = await db.query<{ status: string; n: string }>(
        `SELECT status, count(*) n FROM integrations.webhook_delivery GROUP BY status`,
      );
      expect(rows.map((row) => [row.status, Number(row.n)])).toEqual([['SUCCEEDED', expected.size]]);
      expect(sentBy[0]! + sentBy[1]!).toBe(expected.size);
      // Both replicas sent: the limit held across them, not within one.
      expect(Math.min(...sentBy)).toBeGreaterThan(0);

      for (const path of paths) {
        expect(receiver.peak.get(path)).toBeLessThanOrEqual(limit);
        const ids = receiver.received.get(path) ?? [];
        expect(new Set(ids).size).toBe(itemsPerEndpoint * deliveriesPerItem);
        expect(ids.every((id) => expected.get(id)?.path === path)).toBe(true);
        // Each work item's deliveries arrived in the order they were made.
        const ranksByItem = new Map<string, number[]>();
        for (const id of ids) {
          const { item, rank } = expected.get(id)!;
          ranksByItem.set(item, [...(ranksByItem.get(item) ?? []), rank]);
        }
        for (const ranks of ranksByItem.values()) expect(ranks).toEqual([0, 1, 2, 3, 4]);
      }
      // The limit was reached (the replicas did send in parallel), never passed.
      expect(Math.max(...paths.map((path) => receiver.peak.get(path) ?? 0))).toBe(limit);
    } finally {
      await db.end();
      for (const { worker, prisma } of replicas) {
        await worker.stop();
        await prisma.$disconnect();
      }
      await receiver.close();
    }
  }, 60_000);
});
