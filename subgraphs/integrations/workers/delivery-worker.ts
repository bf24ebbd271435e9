import type { Logger } from '../../../lib/logger';
import type { Worker } from '../../../lib/server/define-subgraph';
import { startPollLoop } from '../../../lib/server/poll-loop';
import type { IntegrationsPrisma } from '../db';
import { createHttpSender } from '../delivery/http-sender';
import { sendDelivery } from '../delivery/send-delivery';
import { leaseDelivery, leaseDueDeliveries } from '../data/lease-deliveries';
import { recordAttempt } from '../data/record-attempt';
import { sweepDeliveries } from '../data/sweep-deliveries';
import type { SecretBox } from '../secrets/secret-box';
import type { IntegrationsSettings } from '../settings';

const batchSize = 50;
const dayMs = 24 * 3600 * 1000;

export interface DeliveryRound {
  sent: number;
  succeeded: number;
  failed: number;
}

export interface DeliveryWorker extends Worker {
  /** Sends every delivery due at `now` (and those that become due by earlier ones succeeding); removes deliveries past retention. */
  runDue(now?: Date): Promise<DeliveryRound>;
  /** Sends one delivery now if it may go (not leased elsewhere, no earlier one of its work item pending); whether it went. */
  sendNow(deliveryId: string, now?: Date): Promise<boolean>;
  /** Runs a round soon (after new deliveries), without waiting for the next poll. */
  wake(): void;
}

/**
 * Sends due webhook deliveries: replicas share them through leases, each endpoint has at most
 * INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY requests in flight across every replica (a lease is a
 * request in flight until it is recorded or expires; see `leaseDueDeliveries`), and every attempt is
 * recorded with what follows from it (see `recordAttempt`).
 */
export function startDeliveryWorker(options: {
  prisma: IntegrationsPrisma;
  secrets: SecretBox;
  settings: IntegrationsSettings;
  logger: Logger;
}): DeliveryWorker {
  const { prisma, secrets, settings, logger } = options;
  const sender = createHttpSender({
    allowedHosts: settings.INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS,
    timeoutMs: settings.INTEGRATIONS_WEBHOOK_TIMEOUT_MS,
    maxResponseBytes: settings.INTEGRATIONS_WEBHOOK_MAX_RESPONSE_BYTES,
  });
  const disableAfterMs = settings.INTEGRATIONS_WEBHOOK_DISABLE_AFTER_HOURS * 3600 * 1000;
  const perEndpoint = settings.INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY;

  async function attempt(deliveryId: string, now: Date, round: DeliveryRound) {
    const result = await sendDelivery({ prisma, sender, secrets }, deliveryId, now);
    if (!result) return;
    await recordAttempt(prisma, { deliveryId, result, now, disableAfterMs });
    round.sent += 1;
    const ok = result.responseStatus !== null && result.responseStatus >= 200 && result.responseStatus < 300;
    if (ok) round.succeeded += 1;
    else {
      round.failed += 1;
      logger.debug('webhook attempt failed', { deliveryId, status: result.responseStatus, error: result.error });
    }
  }

  async function runDue(now = new Date()): Promise<DeliveryRound> {
    const round = { sent: 0, succeeded: 0, failed: 0 };
    await sweepDeliveries(prisma, new Date(now.getTime() - settings.INTEGRATIONS_WEBHOOK_RETENTION_DAYS * dayMs));
    for (;;) {
      const leased = await leaseDueDeliveries(prisma, now, batchSize, perEndpoint);
      if (!leased.length) return round;
      // At most `perEndpoint` of one endpoint were leased: every leased delivery may go at once.
      await Promise.all(leased.map((id) => attempt(id, now, round)));
    }
  }

  let wakeTimer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const loop = startPollLoop({
    pollMs: settings.INTEGRATIONS_WEBHOOK_POLL_MS,
    round: () => runDue(),
    logger,
    failure: 'webhook delivery round failed',
  });
  return {
    runDue,
    async sendNow(deliveryId, now = new Date()) {
      if (!(await leaseDelivery(prisma, deliveryId, now, perEndpoint))) return false;
      await attempt(deliveryId, now, { sent: 0, succeeded: 0, failed: 0 });
      return true;
    },
    wake() {
      if (stopped || settings.INTEGRATIONS_WEBHOOK_POLL_MS === 0 || wakeTimer) return;
      wakeTimer = setTimeout(() => {
        wakeTimer = undefined;
        running = running
          .then(() => runDue())
          .catch((error: unknown) => logger.error('webhook delivery round failed', { error: String(error) }));
      }, 20);
    },
    async stop() {
      stopped = true;
      clearTimeout(wakeTimer);
      await loop.stop();
      await running;
      sender.close();
    },
  };
}
