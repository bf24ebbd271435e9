/**
 * Query plans of the integrations subgraph's outbound webhooks and version control links at
 * production-like volume (`npm run explain:integrations`).
 *
 * Creates a scratch database on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres),
 * migrates the integrations schema, fills 40 organizations with 200 endpoints (one in five scoped to
 * a project, 5 disabled, one failing for 4 days), 1,000,000 deliveries over 35 days (about 14% past
 * the 30-day retention; 1% FAILED, the disabled endpoints' last 2 days HELD, the last 3,000 and a
 * burst of 20,000 to one endpoint PENDING and due, some retrying later, 2 in flight on every fourth
 * endpoint and 4 on the burst's) with 1.1 million attempts, 500,000 handled events, 40 repository
 * connections with 200,000 host delivery ids and 100,000 links, ANALYZEs, then runs each data
 * function the service runs (the lease, redelivery and replay, the delivery and attempt pages, the
 * consumer's `deliveriesForEvent`, `recordAttempt`, the retention sweep's batches, the reads by id,
 * the version control reads and writes) in a transaction that is rolled back, recording every
 * statement it sends (Prisma's query events), and prints EXPLAIN (ANALYZE, BUFFERS) of each, replayed
 * in order in another rolled-back transaction (so a statement sees what the earlier ones did), then a
 * summary table (statement → indexes used → time). The SQL is the functions' own, raw or built by
 * Prisma: the script cannot drift from production. The scratch database is dropped at the end.
 *
 * Exits 1 when a sequential scan reads a table of more than 1,000 rows or throws more than 1,000 away
 * (as explain:files), or when a statement takes longer than its budget: 100 ms, 500 ms for the
 * delivery counts (totalCount: every delivery of 20 endpoints) and a sweep batch of another table, and
 * 2 s for a sweep batch of 5,000 deliveries with their attempts. EXPLAIN_INTEGRATIONS_DELIVERIES seeds fewer (or
 * more) deliveries, for a quick look.
 */
import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { createPrismaClient } from '../lib/db/prisma';
import type { AnyEventEnvelope } from '../lib/events/envelope';
import { webhookEventsGroup, deliveriesForEvent } from '../subgraphs/integrations/data/deliveries-for-event';
import { attemptsByIds, deliveriesByIds, endpointsByIds } from '../subgraphs/integrations/data/entity-reads';
import { leaseDelivery, leaseDueDeliveries } from '../subgraphs/integrations/data/lease-deliveries';
import { pageCounts, pageIds, pageRequestFor, type PagedList } from '../subgraphs/integrations/data/pages';
import { recordAttempt } from '../subgraphs/integrations/data/record-attempt';
import { redeliver, replay } from '../subgraphs/integrations/data/requeue-deliveries';
import { sweepBatch, sweepBatchSize, type SweptTable } from '../subgraphs/integrations/data/sweep-deliveries';
import { sampleEvents } from '../subgraphs/integrations/catalogue/sample-events';
import type { IntegrationsPrisma, IntegrationsTx } from '../subgraphs/integrations/db';
import { PrismaClient } from '../subgraphs/integrations/generated/prisma/client';
import { claimDelivery } from '../subgraphs/integrations/vcs/data/deliveries';
import {
  leaseAttachmentRemovals,
  queueAttachmentRemovals,
} from '../subgraphs/integrations/vcs/data/attachment-removals';
import { applyChecks } from '../subgraphs/integrations/vcs/data/links';
import {
  connectionPages,
  linkPages,
  pageCounts as vcsPageCounts,
  projectsOfLinkedItems,
  pullRequestsByAttachment,
} from '../subgraphs/integrations/vcs/data/pages';
import { createPlanner, rolledBack, wastefulScans, seedDatabase, uuidOf, withScratchDatabase } from './explain-support';

const organizations = 40;
const endpointsPerOrganization = 5;
const endpoints = organizations * endpointsPerOrganization;
const deliveries = Number(process.env.EXPLAIN_INTEGRATIONS_DELIVERIES ?? 1_000_000);
/** Deliveries to one endpoint in the last 10 minutes, all due: a burst its receiver takes at its pace. */
const burst = Math.round(deliveries / 50);
/** The burst's endpoint, and the endpoint failing for 4 days (its work items' later deliveries wait). */
const burstEndpoint = 12;
const failingEndpoint = 7;
const itemsPerOrganization = 2000;
const retentionDays = 30;
/** INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY's default, and the worker's lease batch. */
const perEndpoint = 4;
const leaseBatch = 50;
/** Connection pages: the default size 20, plus the row that tells whether a next page exists. */
const pageTake = 21;

/** A sequential scan of a table holding more rows than this, or throwing more away, fails the script. */
const seqScanLimit = 1000;
/** A statement slower than this fails the script (warm, on a busy 2-core machine it is a few ms). */
const timeLimitMs = 100;
/** A sweep batch deletes 5,000 deliveries and cascades to their attempts. */
const sweepTimeLimitMs = 2000;
/**
 * totalCount of 20 endpoints' deliveries counts every one kept (120,000 here: 30 days of them), an
 * index-only scan that no index makes shorter; it runs only when a client asks for totalCount.
 */
const countTimeLimitMs = 500;

/**
 * Endpoint e (0..199) belongs to organization e / 5; every fifth is scoped to a project; e % 40 = 39
 * are disabled (2 days ago). Delivery n (1..N) goes to endpoint n % 200 about a work item of its
 * organization, created 35 days × n / N ago from now backwards. The failing endpoint's deliveries of
 * the last 4 days are PENDING, each work item's first retrying in 2 hours and the later ones waiting
 * behind it; the last 3,000 are PENDING and due; 1 in 1,000 of the last 10,000 retry in 30 minutes;
 * 1% FAILED after 10 attempts, 2% took 2; the rest SUCCEEDED at once.
 */
const seedSql = `
  INSERT INTO webhook_endpoint (id, organization_id, project_id, url, description, event_types, payload_mode,
    secret_ciphertext, disabled_at, disabled_reason, failing_since, created_by, created_at, updated_at)
  SELECT md5('endpoint-' || e)::uuid, md5('org-' || e / ${endpointsPerOrganization})::uuid,
    CASE WHEN e % 5 = 4 THEN md5('project-' || e / ${endpointsPerOrganization} || '-1')::uuid END,
    'https://hooks.example.com/' || e, 'Endpoint ' || e,
    CASE WHEN e % 3 = 0 THEN ARRAY['work_item.created', 'work_item.updated', 'work_item.deleted']
      WHEN e % 3 = 1 THEN ARRAY['work_item.created', 'work_item.updated', 'sprint.started', 'sprint.completed',
        'file.attached', 'comment.created']
      ELSE ARRAY['project.created', 'work_item.updated', 'file.attached'] END,
    CASE WHEN e % 2 = 0 THEN 'FULL' ELSE 'THIN' END, 'sealed-' || e,
    CASE WHEN e % 40 = 39 THEN now() - interval '2 days' END, CASE WHEN e % 40 = 39 THEN 'FAILING' END,
    CASE WHEN e = ${failingEndpoint} THEN now() - interval '4 days' END,
    md5('user-' || e)::uuid, now() - interval '400 days' + e * interval '1 day', now() - interval '10 days'
  FROM generate_series(0, ${endpoints - 1}) e;

  CREATE TEMP TABLE seed_delivery AS
  SELECT n, n % ${endpoints} AS e, now() - interval '35 days' * (1 - n::float8 / ${deliveries}) AS at,
    md5('item-' || (n % ${endpoints}) / ${endpointsPerOrganization} || '-' || abs(hashtext(n::text)) % ${itemsPerOrganization})::uuid
      AS aggregate_id
  FROM generate_series(1, ${deliveries}) n;

  INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_type, aggregate_id, occurred_at, body, status,
    next_trigger, next_attempt_at, retry_index, attempt_count, created_at)
  SELECT md5('delivery-' || n)::uuid, md5('endpoint-' || e)::uuid, md5('event-' || n)::uuid, type, aggregate_id,
    at - interval '1 second',
    '{"type":"' || type || '","timestamp":"' || at || '","data":{"id":"' || aggregate_id || '","key":"WEB-' || n ||
      '","title":"' || repeat('x', 100) || '"}}',
    status, 'SCHEDULED',
    CASE WHEN status = 'PENDING' AND n % 1000 = 7 THEN now() + interval '30 minutes'
      WHEN status = 'PENDING' THEN at END,
    CASE WHEN status = 'FAILED' THEN 9 WHEN status = 'PENDING' AND n % 1000 = 7 THEN 3 ELSE 0 END,
    CASE WHEN status = 'FAILED' THEN 10 WHEN status = 'PENDING' AND n % 1000 = 7 THEN 3
      WHEN status = 'PENDING' THEN 0 WHEN n % 50 = 1 THEN 2 ELSE 1 END,
    at
  FROM (
    SELECT s.*, (ARRAY['work_item.created', 'work_item.updated', 'work_item.updated', 'file.attached'])[1 + n % 4] AS type,
      CASE WHEN e % 40 = 39 AND at > now() - interval '2 days' THEN 'HELD'
        WHEN e = ${failingEndpoint} AND at > now() - interval '4 days' THEN 'PENDING'
        WHEN n > ${deliveries - 3000} THEN 'PENDING'
        WHEN n > ${deliveries - 10000} AND n % 1000 = 7 THEN 'PENDING'
        WHEN n % 100 = 0 THEN 'FAILED' ELSE 'SUCCEEDED' END AS status
    FROM seed_delivery s
  ) d;
  DROP TABLE seed_delivery;

  INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_type, aggregate_id, occurred_at, body, status,
    next_trigger, next_attempt_at, created_at)
  SELECT md5('burst-' || b)::uuid, md5('endpoint-' || ${burstEndpoint})::uuid, md5('burst-event-' || b)::uuid,
    'work_item.created', md5('burst-item-' || b)::uuid, at, '{"type":"work_item.created","data":{"n":' || b || '}}',
    'PENDING', 'SCHEDULED', at, at
  FROM (SELECT b, now() - interval '10 minutes' + b * interval '25 milliseconds' AS at
    FROM generate_series(1, ${burst}) b) s;

  -- The failing endpoint: each work item's first pending delivery has failed 6 times and retries in 2 hours.
  UPDATE webhook_delivery SET next_attempt_at = now() + interval '2 hours', retry_index = 6, attempt_count = 6
  WHERE id IN (
    SELECT DISTINCT ON (aggregate_id) id FROM webhook_delivery
    WHERE endpoint_id = md5('endpoint-${failingEndpoint}')::uuid AND status = 'PENDING'
    ORDER BY aggregate_id, seq
  );
  -- In flight: the 2 oldest due deliveries of every fourth endpoint, and 4 of the burst (leased for an
  -- hour, not 2 minutes: the seed takes minutes, and they must still be in flight when planned).
  UPDATE webhook_delivery SET lease_until = now() + interval '1 hour'
  WHERE id IN (
    SELECT id FROM (
      SELECT id, endpoint_id, row_number() OVER (PARTITION BY endpoint_id ORDER BY next_attempt_at, seq) AS k
      FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
    ) r
    WHERE k <= CASE WHEN r.endpoint_id = md5('endpoint-${burstEndpoint}')::uuid THEN 4 ELSE 2 END
      AND (r.endpoint_id = md5('endpoint-${burstEndpoint}')::uuid OR r.endpoint_id IN (
        SELECT md5('endpoint-' || e)::uuid FROM generate_series(0, ${endpoints - 1}, 4) e))
  );

  INSERT INTO webhook_attempt (id, delivery_id, number, trigger, started_at, duration_ms, request_url,
    request_headers, response_status, response_body_excerpt, error, outcome)
  SELECT md5('attempt-' || d.id || '-' || k)::uuid, d.id, k, 'SCHEDULED', d.created_at + (k - 1) * interval '5 minutes',
    40 + abs(hashtext(d.id::text)) % 400, 'https://hooks.example.com/x',
    jsonb_build_object('content-type', 'application/json', 'webhook-id', 'msg_' || d.id, 'webhook-signature', 'v1,…'),
    CASE WHEN k = d.attempt_count AND d.status = 'SUCCEEDED' THEN 204 ELSE 503 END,
    CASE WHEN k = d.attempt_count AND d.status = 'SUCCEEDED' THEN NULL ELSE 'Service Unavailable' END,
    NULL, CASE WHEN k = d.attempt_count AND d.status = 'SUCCEEDED' THEN 'SUCCEEDED' ELSE 'FAILED' END
  FROM webhook_delivery d, generate_series(1, d.attempt_count) k;

  INSERT INTO processed_events (consumer, event_id, processed_at)
  SELECT '${webhookEventsGroup}', md5('event-' || n)::uuid,
    now() - interval '35 days' * (1 - n::float8 / ${deliveries})
  FROM generate_series(2, ${deliveries}, 2) n;

  INSERT INTO vcs_connection (id, organization_id, provider, name, secret_ciphertext, created_by, created_at,
    last_delivery_at)
  SELECT md5('connection-' || o)::uuid, md5('org-' || o)::uuid, CASE WHEN o % 4 = 0 THEN 'GITLAB' ELSE 'GITHUB' END,
    'acme-' || o, 'sealed', md5('user-' || o)::uuid, now() - interval '300 days', now()
  FROM generate_series(0, ${organizations - 1}) o;

  INSERT INTO vcs_delivery (connection_id, delivery_id, event, received_at)
  SELECT md5('connection-' || n % ${organizations})::uuid, md5('host-delivery-' || n), 'push',
    now() - interval '35 days' * (1 - n::float8 / ${deliveries / 5})
  FROM generate_series(1, ${deliveries / 5}) n;

  INSERT INTO vcs_link (id, connection_id, organization_id, project_id, work_item_id, link_attachment_id, provider,
    repository, kind, number, sha, ref, url, title, state, checks, closes, created_at, updated_at)
  SELECT md5('link-' || n)::uuid, md5('connection-' || o)::uuid, md5('org-' || o)::uuid,
    md5('project-' || o || '-1')::uuid, md5('item-' || o || '-' || n / ${organizations} % ${itemsPerOrganization})::uuid,
    CASE WHEN n % 3 = 0 THEN md5('attachment-' || n)::uuid END, 'GITHUB', 'acme/repo-' || o,
    (ARRAY['PULL_REQUEST', 'COMMIT', 'BRANCH'])[1 + n % 3], CASE WHEN n % 3 = 0 THEN n END, md5('sha-' || n / 2),
    'feature/' || n, 'https://github.com/acme/repo-' || o || '/pull/' || n, 'Change ' || n,
    CASE WHEN n % 3 = 0 THEN 'OPEN' END, CASE WHEN n % 3 = 0 THEN 'SUCCESS' END, n % 7 = 0,
    now() - interval '300 days' + n * interval '2 minutes', now() - interval '300 days' + n * interval '2 minutes'
  FROM (SELECT n, n % ${organizations} AS o FROM generate_series(1, ${deliveries / 10}) n) s;

  INSERT INTO vcs_check (connection_id, repository, sha, check_key, state, run_id, updated_at)
  SELECT md5('connection-' || n % ${organizations})::uuid, 'acme/repo-' || n % ${organizations}, md5('sha-' || n / 2),
    'check_run:' || (ARRAY['build', 'test', 'lint'])[1 + n % 3], (ARRAY['SUCCESS', 'PENDING', 'FAILURE'])[1 + n % 3],
    n, now() - interval '300 days' + n * interval '2 minutes'
  FROM generate_series(1, ${deliveries / 10}) n
  ON CONFLICT DO NOTHING;`;

interface Statement {
  query: string;
  params: unknown[];
}

interface QueryEvent {
  query: string;
  params: string;
}

interface QueryEventSource {
  $on(event: 'query', listener: (e: QueryEvent) => void): void;
}

/** The client a data function takes, inside a transaction: its own `$transaction(work)` runs `work` there. */
function asClient(tx: IntegrationsTx): IntegrationsPrisma {
  return new Proxy(tx, {
    get: (target, key) =>
      key === '$transaction'
        ? (work: (inner: IntegrationsTx) => Promise<unknown>) => work(target)
        : Reflect.get(target, key),
  }) as unknown as IntegrationsPrisma;
}

/** A recorded statement as a `$queryRaw` statement: Prisma's `$n` placeholders bound to its parameters. */
function statementSql(statement: Statement): Sql {
  const parts = statement.query.split(/\$(\d+)/);
  const strings = parts.filter((_, i) => i % 2 === 0);
  const values = parts.filter((_, i) => i % 2 === 1).map((n) => statement.params[Number(n) - 1]);
  return sql(strings, ...(values as Parameters<typeof sql>[1][]));
}

/** Transaction control and the lease's advisory lock: sent again in order, but not planned. */
const unplanned = (query: string) =>
  /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b|pg_advisory_xact_lock/i.test(query);

/** "UPDATE webhook_delivery", "SELECT vcs_link"...: what a statement does to which table. */
function labelOf(query: string): string {
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? '?';
  const table = /"?integrations"?\."?(\w+)"?/.exec(query)?.[1] ?? '?';
  return `${verb} ${table}`;
}

/** The first page of a connection: no cursor. */
const firstPage = { take: pageTake, limit: pageTake - 1, cursor: null, backward: false };

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function main(): Promise<void> {
  const failures: string[] = [];
  await withScratchDatabase('wg_explain_integrations', 'integrations', async (url) => {
    await seedDatabase(
      url,
      'integrations',
      `Seeding ${organizations} organizations, ${endpoints} endpoints, ${deliveries.toLocaleString('en')} deliveries ` +
        `(and a burst of ${burst.toLocaleString('en')}) with their attempts…`,
      async (db) => {
        await db.query(seedSql);
        await db.query('VACUUM ANALYZE');
        const { rows } = await db.query<{ name: string; rows: string }>(
          `SELECT relname AS name, n_live_tup::text AS rows FROM pg_stat_user_tables WHERE schemaname = 'integrations'
           AND n_live_tup > 0 ORDER BY n_live_tup DESC`,
        );
        console.log(rows.map((row) => `${row.name}: ${row.rows}`).join(', '));
      },
    );
    const client = createPrismaClient(PrismaClient, { url, domain: 'integrations' });
    const recorded: Statement[] = [];
    let recording = false;
    (client as unknown as QueryEventSource).$on('query', (event) => {
      if (recording) recorded.push({ query: event.query, params: JSON.parse(event.params) as unknown[] });
    });
    try {
      const tableRows = new Map(
        (
          await client.$queryRaw<{ name: string; rows: number }[]>`
          SELECT relname AS name, reltuples::int AS rows FROM pg_class
          WHERE relnamespace = 'integrations'::regnamespace AND relkind = 'r'`
        ).map((row) => [row.name, row.rows]),
      );
      const planner = createPlanner();

      /**
       * Runs `run` (a data function on the client it is given) in a rolled-back transaction, recording
       * its statements (and warming the cache), then plans each in order in another rolled-back
       * transaction, each after the ones before it ran (EXPLAIN ANALYZE runs the statement).
       */
      const explainRun = async (
        name: string,
        run: (db: IntegrationsPrisma) => Promise<unknown>,
        budgetMs = timeLimitMs,
      ): Promise<void> => {
        recorded.length = 0;
        recording = true;
        try {
          await rolledBack(client, (tx) => run(asClient(tx)));
        } finally {
          recording = false;
        }
        const statements = recorded.filter((statement) => !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(statement.query));
        if (!statements.some((statement) => !unplanned(statement.query))) throw new Error(`${name} sent no statement`);
        const labels = new Map<string, number>();
        await rolledBack(client, async (tx) => {
          for (const statement of statements) {
            if (unplanned(statement.query)) {
              await tx.$executeRaw(statementSql(statement));
              continue;
            }
            const label = labelOf(statement.query);
            const seen = (labels.get(label) ?? 0) + 1;
            labels.set(label, seen);
            const title = `${name}: ${label}${seen > 1 ? ` #${seen}` : ''}`;
            const plan = await planner.explain(title, statementSql(statement), tx, false);
            for (const scan of wastefulScans(plan, tableRows, seqScanLimit)) {
              failures.push(
                `${title}: Seq Scan on ${scan.table} (${scan.rows} rows, ${scan.removed} filtered out over ${scan.loops} loops)`,
              );
            }
            const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? NaN);
            if (!(ms <= budgetMs)) failures.push(`${title}: ${ms} ms, over its ${budgetMs} ms`);
          }
        });
      };

      const now = new Date();
      const org = 3;
      const organizationId = uuidOf(`org-${org}`);
      const projectId = uuidOf(`project-${org}-1`);
      const endpointIds = range(0, endpoints - 1).map((e) => uuidOf(`endpoint-${e}`));
      const busyEndpoint = endpointIds[16]!;
      const deliveryIds = (
        await client.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM integrations.webhook_delivery WHERE endpoint_id = ${busyEndpoint}::uuid
          ORDER BY created_at DESC, id DESC LIMIT 50`
      ).map((row) => row.id);
      const [due] = await client.$queryRaw<{ id: string }[]>`
        SELECT d.id::text FROM integrations.webhook_delivery d
        WHERE d.endpoint_id = ${uuidOf('endpoint-1')}::uuid AND d.status = 'PENDING' AND d.next_attempt_at <= now()
          AND d.lease_until IS NULL ORDER BY d.seq LIMIT 1`;

      // The delivery worker: the lease of a round, a ping or redelivery sent now, the attempt recorded.
      await explainRun(`leaseDueDeliveries (${leaseBatch}, ${perEndpoint} per endpoint)`, (db) =>
        leaseDueDeliveries(db, now, leaseBatch, perEndpoint),
      );
      await explainRun('leaseDelivery (sendNow)', (db) => leaseDelivery(db, due!.id, now, perEndpoint));
      const result = {
        trigger: 'SCHEDULED',
        startedAt: now,
        durationMs: 120,
        requestUrl: 'https://hooks.example.com/1',
        requestHeaders: { 'content-type': 'application/json' },
        responseStatus: 503,
        responseBodyExcerpt: 'Service Unavailable',
        error: null,
        retryAfterMs: null,
      };
      await explainRun('recordAttempt (503)', (db) =>
        recordAttempt(db, { deliveryId: due!.id, result, now, disableAfterMs: 120 * 3_600_000 }),
      );
      await explainRun('recordAttempt (410: disables the endpoint)', (db) =>
        recordAttempt(db, {
          deliveryId: due!.id,
          result: { ...result, responseStatus: 410 },
          now,
          disableAfterMs: 120 * 3_600_000,
        }),
      );

      // Redelivery and replay (a day of the busy endpoint: about 140 deliveries).
      await explainRun('redeliver', (db) => redeliver(db, deliveryIds[10]!, now));
      await explainRun('replay (1 day)', (db) =>
        replay(db, {
          endpointId: busyEndpoint,
          from: new Date(now.getTime() - 3 * 86_400_000),
          to: new Date(now.getTime() - 2 * 86_400_000),
          now,
        }),
      );

      // The consumer: one work item event of organization 3 (5 endpoints, one scoped to its project).
      const [sample] = sampleEvents().filter((event) => event.type === 'work_item.updated');
      const envelope = {
        ...sample!,
        id: uuidOf('new-event'),
        organizationId,
        projectId,
        aggregateId: uuidOf(`item-${org}-7`),
      } as AnyEventEnvelope;
      await explainRun('deliveriesForEvent', (db) => deliveriesForEvent(db, envelope));

      // WebhookEndpoint.deliveries (newest first, all or by status), WebhookDelivery.attempts,
      // Organization.webhookEndpoints and Project.webhookEndpoints: pages and counts of 20 parents.
      const someEndpoints = endpointIds.slice(0, 20);
      const [cursor] = await client.$queryRaw<{ createdAt: Date; id: string }[]>`
        SELECT created_at AS "createdAt", id::text FROM integrations.webhook_delivery
        WHERE endpoint_id = ${busyEndpoint}::uuid ORDER BY created_at DESC, id DESC OFFSET ${Math.floor(deliveries / endpoints / 2)} LIMIT 1`;
      const lists: [string, PagedList, string[]][] = [
        [
          'deliveries, 20 endpoints',
          { table: 'webhook_delivery', parent: 'endpoint_id', time: 'created_at', newestFirst: true },
          someEndpoints,
        ],
        [
          'FAILED deliveries, 20 endpoints',
          { table: 'webhook_delivery', parent: 'endpoint_id', time: 'created_at', newestFirst: true, status: 'FAILED' },
          someEndpoints,
        ],
        [
          'PENDING deliveries, 20 endpoints',
          {
            table: 'webhook_delivery',
            parent: 'endpoint_id',
            time: 'created_at',
            newestFirst: true,
            status: 'PENDING',
          },
          someEndpoints,
        ],
        [
          'attempts, 50 deliveries',
          { table: 'webhook_attempt', parent: 'delivery_id', time: 'started_at', newestFirst: false },
          deliveryIds,
        ],
        [
          'endpoints, 20 organizations',
          { table: 'webhook_endpoint', parent: 'organization_id', time: 'created_at', newestFirst: false },
          range(0, 19).map((o) => uuidOf(`org-${o}`)),
        ],
        [
          'endpoints, 20 projects',
          { table: 'webhook_endpoint', parent: 'project_id', time: 'created_at', newestFirst: false },
          range(0, 19).map((o) => uuidOf(`project-${o}-1`)),
        ],
      ];
      for (const [label, list, parents] of lists) {
        const first = parents.map((parentId) => pageRequestFor(parentId, firstPage, list.newestFirst));
        await explainRun(`pageIds ${label}: first page`, (db) => pageIds(db, list, first));
        await explainRun(
          `pageCounts ${label}`,
          (db) => pageCounts(db, list, parents),
          list.table === 'webhook_delivery' ? countTimeLimitMs : timeLimitMs,
        );
      }
      await explainRun('pageIds deliveries of one endpoint: after half its deliveries', (db) =>
        pageIds(db, { table: 'webhook_delivery', parent: 'endpoint_id', time: 'created_at', newestFirst: true }, [
          {
            parentId: busyEndpoint,
            afterTime: cursor!.createdAt.toISOString(),
            afterId: cursor!.id,
            take: pageTake,
            direction: 'DESC',
          },
        ]),
      );

      // The loaders' reads by id.
      await explainRun('endpointsByIds (20)', (db) => endpointsByIds(db, someEndpoints));
      await explainRun('deliveriesByIds (50)', (db) => deliveriesByIds(db, deliveryIds));
      const attemptIds = (
        await client.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM integrations.webhook_attempt WHERE delivery_id = ANY(${deliveryIds}::uuid[]) LIMIT 50`
      ).map((row) => row.id);
      await explainRun('attemptsByIds (50)', (db) => attemptsByIds(db, attemptIds));

      // The retention sweep: one batch of each table (the first of a backlog of about 14%).
      const before = new Date(now.getTime() - retentionDays * 86_400_000);
      for (const table of ['webhook_delivery', 'processed_events', 'vcs_delivery'] as SweptTable[]) {
        await explainRun(
          `sweepBatch ${table} (${sweepBatchSize.toLocaleString('en')})`,
          (db) => sweepBatch(db, table, before),
          table === 'webhook_delivery' ? sweepTimeLimitMs : timeLimitMs * 5,
        );
      }
      await explainRun('sweepBatch webhook_delivery, nothing past retention', (db) =>
        sweepBatch(db, 'webhook_delivery', new Date(now.getTime() - 40 * 86_400_000)),
      );

      // Version control: a host's delivery claimed, checks of a head sha, the pages and reads.
      const connectionId = uuidOf(`connection-${org}`);
      await explainRun('claimDelivery', (db) =>
        claimDelivery(db, { connectionId, deliveryId: 'new-host-delivery', event: 'pull_request' }),
      );
      await explainRun('claimDelivery (a redelivery)', (db) =>
        claimDelivery(db, {
          connectionId,
          deliveryId: uuidOf(`host-delivery-${org + organizations}`).replace(/-/g, ''),
          event: 'push',
        }),
      );
      const [pullRequest] = await client.$queryRaw<{ sha: string }[]>`
        SELECT sha FROM integrations.vcs_link WHERE connection_id = ${connectionId}::uuid AND kind = 'PULL_REQUEST'
        ORDER BY created_at DESC LIMIT 1`;
      await explainRun('applyChecks (a head sha)', (db) =>
        applyChecks(db, {
          connectionId,
          repository: `acme/repo-${org}`,
          sha: pullRequest!.sha,
          checks: 'FAILURE',
          check: 'check_run:build',
          runId: 42,
        }),
      );
      await explainRun('queueAttachmentRemovals (a connection deleted)', (db) =>
        db.$transaction((tx) => queueAttachmentRemovals(tx, connectionId, uuidOf('user-1'))),
      );
      await explainRun('leaseAttachmentRemovals (100 due)', (db) => leaseAttachmentRemovals(db, new Date(), 100));
      const items = range(1, 50).map((i) => uuidOf(`item-${org}-${i}`));
      const firstPages = (parents: readonly string[]) =>
        parents.map((parentId) => pageRequestFor(parentId, firstPage, false));
      await explainRun('vcs linkPages, 50 items', (db) => linkPages(db, firstPages(items)));
      await explainRun('vcs pageCounts links, 50 items', (db) => vcsPageCounts(db, 'links', items));
      await explainRun('vcs connectionPages, 20 organizations', (db) =>
        connectionPages(db, firstPages(range(0, 19).map((o) => uuidOf(`org-${o}`)))),
      );
      await explainRun('vcs pullRequestsByAttachment (50)', (db) =>
        pullRequestsByAttachment(
          db,
          range(1, 50).map((i) => uuidOf(`attachment-${i * 3}`)),
        ),
      );
      await explainRun('vcs projectsOfLinkedItems (50)', (db) => projectsOfLinkedItems(db, items));

      planner.printSummary(`Time at ${(tableRows.get('webhook_delivery') ?? 0).toLocaleString('en')} deliveries`);
    } finally {
      await client.$disconnect();
    }
  });
  const distinct = [...new Set(failures)];
  if (distinct.length) {
    console.error(
      `\nSequential scans of large tables (over ${seqScanLimit} rows) or statements over their time:\n  ${distinct.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(
    `\nNo statement scans a table of over ${seqScanLimit} rows sequentially, and each took less than its budget.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
