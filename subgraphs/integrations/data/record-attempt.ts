import { randomUUID } from 'node:crypto';
import { writeOutbox } from '../../../lib/events/outbox';
import type { IntegrationsTx, IntegrationsPrisma } from '../db';
import { endpointDisabledEvent } from '../events/endpoint-events';
import type { WebhookEndpoint } from '../generated/prisma/client';
import { nextAttemptAt } from '../rules/retry-schedule';

/** What one HTTP request of a delivery came to. */
export interface AttemptResult {
  trigger: string;
  startedAt: Date;
  durationMs: number;
  requestUrl: string;
  requestHeaders: Record<string, string>;
  responseStatus: number | null;
  responseBodyExcerpt: string | null;
  error: string | null;
  /** How long the response's Retry-After asked to wait. */
  retryAfterMs: number | null;
}

const succeeded = (result: AttemptResult) =>
  result.responseStatus !== null && result.responseStatus >= 200 && result.responseStatus < 300;

/** Holds the endpoint's pending deliveries and disables it, with the event that tells its admins. */
async function disable(tx: IntegrationsTx, endpoint: WebhookEndpoint, reason: 'GONE' | 'FAILING', now: Date) {
  await tx.webhookDelivery.updateMany({
    where: { endpointId: endpoint.id, status: 'PENDING' },
    data: { status: 'HELD', nextAttemptAt: null, leaseUntil: null },
  });
  const disabled = await tx.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { disabledAt: now, disabledReason: reason },
  });
  await writeOutbox(tx, 'integrations', [endpointDisabledEvent(disabled, reason, now)]);
}

/**
 * Records an attempt and what follows from it, in one transaction: success ends the delivery and
 * the endpoint's failing streak; a failure schedules the next attempt (pings are not retried) or
 * ends the schedule; 410 Gone, or failing since `disableAfterMs` ago, disables the endpoint.
 */
export function recordAttempt(
  prisma: IntegrationsPrisma,
  input: { deliveryId: string; result: AttemptResult; now: Date; disableAfterMs: number },
) {
  const { result, now } = input;
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: input.deliveryId } });
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM integrations.webhook_endpoint WHERE id = ${delivery.endpointId}::uuid FOR UPDATE`;
    if (!locked) return;
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id: delivery.endpointId } });
    const ok = succeeded(result);
    await tx.webhookAttempt.create({
      data: {
        id: randomUUID(),
        deliveryId: delivery.id,
        number: delivery.attemptCount + 1,
        trigger: result.trigger,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        requestUrl: result.requestUrl,
        requestHeaders: result.requestHeaders,
        responseStatus: result.responseStatus,
        responseBodyExcerpt: result.responseBodyExcerpt,
        error: result.error,
        outcome: ok ? 'SUCCEEDED' : 'FAILED',
      },
    });
    const failedAttempts = delivery.retryIndex + 1;
    // An endpoint disabled while this request was in flight holds the delivery, as it held the others.
    if (!ok && endpoint.disabledAt) {
      await tx.webhookDelivery.update({
        where: { id: delivery.id },
        data: { attemptCount: { increment: 1 }, leaseUntil: null, status: 'HELD', nextAttemptAt: null },
      });
      return;
    }
    const next = ok || delivery.eventType === 'ping' ? null : nextAttemptAt(failedAttempts, now, result);
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attemptCount: { increment: 1 },
        leaseUntil: null,
        ...(ok ? { status: 'SUCCEEDED', nextAttemptAt: null } : {}),
        ...(!ok && next
          ? { status: 'PENDING', nextAttemptAt: next, nextTrigger: 'SCHEDULED', retryIndex: failedAttempts }
          : {}),
        ...(!ok && !next ? { status: 'FAILED', nextAttemptAt: null } : {}),
      },
    });
    if (ok) {
      if (endpoint.failingSince)
        await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
      return;
    }
    if (result.responseStatus === 410) return disable(tx, endpoint, 'GONE', now);
    const failingSince = endpoint.failingSince ?? now;
    if (!endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince } });
    if (now.getTime() - failingSince.getTime() >= input.disableAfterMs) {
      await disable(tx, { ...endpoint, failingSince }, 'FAILING', now);
    }
  });
}
