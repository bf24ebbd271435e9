import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../lib/logger';
import { startSupergraph, type RunningSupergraph, type SupergraphOptions } from '../../scripts/start-supergraph';
import type { ReportScheduler } from '../../subgraphs/analytics/reports/report-scheduler';
import type { PreviewWorker } from '../../subgraphs/files/workers/preview-worker';
import type { Sweeper } from '../../subgraphs/files/workers/sweeper';
import type { DeliveryWorker } from '../../subgraphs/integrations/workers/delivery-worker';
import { subgraphNames, type SubgraphName } from '../../subgraphs/registry';
import type { SignInLimits } from '../../subgraphs/users/auth/login-throttle';
import { adminQuery, withDatabase } from './database-server';
import { deleteRedisKeys } from './redis-server';

export interface TestStack {
  routerUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Each subgraph as built, with its workers. */
  subgraphs: RunningSupergraph['subgraphs'];
  signingSecret: string;
  jwtSecret: string;
  databaseUrl: string;
  /** The Redis the stack uses (REDIS_URL or the machine's), or undefined for the in-process bus. */
  redisUrl: string | undefined;
  /** This stack's own prefix for every Redis key, so stacks running side by side never see each other's events. */
  redisKeyPrefix: string;
  /** Subscriptions registered on the stack's router. */
  activeSubscriptions(): number;
  /** Answers to events the router computed: one per group of subscriptions that share an answer. */
  subscriptionExecutions(): number;
  /** Where the stack's emails are written as .eml files when no SMTP_URL was given. */
  mailDir: string;
  /** Sends the notification emails due by `now` (the stack's mailer has no timer of its own). */
  mailer: { runDue(now?: Date): Promise<number> };
  /** Writes the weekly dashboard reports due at `now` to the outbox (no timer of its own either). */
  reports: ReportScheduler;
  /** Where the stack's file bytes are stored with the local driver (a folder of its own). */
  filesDir: string;
  /** Makes the thumbnails and PDF previews due (no timer of its own in tests). */
  previews: PreviewWorker;
  /** Removes expired uploads and purges deleted files past retention (no timer of its own in tests). */
  sweeper: Sweeper;
  /** Sends the webhook deliveries due at `runDue(now)` (no timer of its own in tests). */
  webhooks: DeliveryWorker;
  stop(): Promise<void>;
}

/** What a test may set on its stack. */
export interface TestStackOverrides extends Partial<
  Pick<SupergraphOptions, 'production' | 'routerLimits' | 'redisUrl'>
> {
  /** Notification emails: an SMTP server of the test's own, or .eml files (a folder of the stack's own by default). */
  email?: { smtpUrl?: string; outboxDir?: string; from?: string; publicUrl?: string };
  /** How often due emails are sent; 0 (the default here): only when `mailer.runDue()` is called. */
  mailerPollMs?: number;
  /** How often due dashboard reports are looked for; 0 (the default here): only when `reports.runDue()` is called. */
  reportPollMs?: number;
  signInLimits?: Partial<SignInLimits>;
  /** The files subgraph's store (FILES_STORAGE and FILES_S3_* variables; a local folder of the stack's own by default) and timers (0: tests call runDue). */
  files?: { env?: Record<string, string>; previewPollMs?: number; sweepPollMs?: number };
  /** The integrations subgraph's variables (INTEGRATIONS_WEBHOOK_*); its delivery worker polls only when asked to here. */
  integrations?: { env?: Record<string, string> };
}

/** The subgraphs' settings variables a test's overrides stand for. */
function settingsEnv(overrides: TestStackOverrides, mailDir: string, filesDir: string): Record<string, unknown> {
  const entries: [string, unknown][] = [
    ['FILES_LOCAL_DIR', filesDir],
    ['FILES_PREVIEW_POLL_MS', overrides.files?.previewPollMs ?? 0],
    ['FILES_SWEEP_POLL_MS', overrides.files?.sweepPollMs ?? 0],
    ...Object.entries(overrides.files?.env ?? {}),
    ['INTEGRATIONS_WEBHOOK_POLL_MS', 0],
    ...Object.entries(overrides.integrations?.env ?? {}),
    ['SMTP_URL', overrides.email?.smtpUrl],
    ['EMAIL_OUTBOX_DIR', overrides.email?.outboxDir ?? mailDir],
    ['EMAIL_FROM', overrides.email?.from],
    ['EMAIL_POLL_MS', overrides.mailerPollMs ?? 0],
    ['ANALYTICS_REPORT_POLL_MS', overrides.reportPollMs ?? 0],
    ['SIGN_IN_ADDRESS_FREE_FAILURES', overrides.signInLimits?.freeAddressFailures],
    ['SIGN_IN_ACCOUNT_FAILURE_CEILING', overrides.signInLimits?.accountFailureCeiling],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** A fresh database cloned from the migrated template, and the whole supergraph on free ports. */
export async function startTestStack(overrides: TestStackOverrides = {}): Promise<TestStack> {
  // `redisUrl: undefined` asks for the in-process bus even where Redis runs.
  const redisUrl = 'redisUrl' in overrides ? overrides.redisUrl : process.env.WORKGRAPH_TEST_REDIS_URL;
  const adminUrl = process.env.WORKGRAPH_TEST_ADMIN_URL;
  const template = process.env.WORKGRAPH_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('The test database was not prepared: run the tests through jest.');
  const runId = template.slice('wg_test_template_'.length);
  const database = `wg_test_${runId}_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  const databaseUrl = withDatabase(adminUrl, database);
  const signingSecret = randomBytes(32).toString('hex');
  const jwtSecret = randomBytes(32).toString('hex');
  const redisKeyPrefix = `wg-test:${database}:`;
  const mailDir = path.join(os.tmpdir(), `${database}-mail`);
  const filesDir = path.join(os.tmpdir(), `${database}-files`);
  const cleanRedis = () => (redisUrl ? deleteRedisKeys(redisUrl, redisKeyPrefix) : Promise.resolve());
  try {
    const supergraph = await startSupergraph({
      databaseUrl,
      signingSecret,
      jwtSecret,
      production: overrides.production ?? false,
      ports: { router: 0, ...(Object.fromEntries(subgraphNames.map((name) => [name, 0])) as Record<SubgraphName, 0>) },
      poolSize: 5,
      logger: createLogger('test', (process.env.TEST_LOG_LEVEL as 'debug' | undefined) ?? 'silent'),
      // Tests send due emails with `stack.mailer.runDue()`, into a folder of their own unless they give SMTP_URL.
      env: settingsEnv(overrides, mailDir, filesDir),
      publicUrl: overrides.email?.publicUrl,
      // Every test signs its people up from 127.0.0.1: the per-address sign-up budget is tested on its own.
      routerLimits: { signUpsPerWindow: 100_000, ...overrides.routerLimits },
      redisUrl,
      redisKeyPrefix,
    });
    const mailer = supergraph.subgraphs.notifications.workers.mailer as unknown as TestStack['mailer'];
    const reports = supergraph.subgraphs.analytics.workers.reports as ReportScheduler;
    const files = supergraph.subgraphs.files.workers as unknown as { previews: PreviewWorker; sweeper: Sweeper };
    return {
      ...supergraph,
      mailer,
      reports,
      signingSecret,
      jwtSecret,
      databaseUrl,
      redisUrl,
      redisKeyPrefix,
      mailDir,
      filesDir,
      previews: files.previews,
      sweeper: files.sweeper,
      webhooks: supergraph.subgraphs.integrations.workers.deliveries as unknown as DeliveryWorker,
      stop: async () => {
        await supergraph.stop();
        await rm(mailDir, { recursive: true, force: true });
        await rm(filesDir, { recursive: true, force: true });
        await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await cleanRedis();
      },
    };
  } catch (error) {
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await cleanRedis();
    throw error;
  }
}

/**
 * Starts a stack before the tests of the enclosing file (or describe block) and stops it after them.
 * The returned object reads through to the running stack, so it can be used like one.
 */
export function useTestStack(overrides: TestStackOverrides = {}): TestStack {
  let running: TestStack | undefined;
  beforeAll(async () => {
    running = await startTestStack(overrides);
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  });
  return new Proxy({} as TestStack, {
    get: (_target, key) => {
      if (!running) throw new Error('The test stack is used before beforeAll started it.');
      return running[key as keyof TestStack];
    },
  });
}
