import type { IntegrationsPrisma } from '../db';
import type { AttemptResult } from '../data/record-attempt';
import { retryAfterMs } from '../rules/retry-after';
import { messageIdOf, signedHeaders } from '../rules/signature-headers';
import type { SecretBox } from '../secrets/secret-box';
import type { HttpSender } from './http-sender';

export const maxExcerptBytes = 2048;

/** The secrets that sign at `now`: the current one, and the previous one during its overlap. */
export function signingSecrets(
  endpoint: { secretCiphertext: string; previousSecretCiphertext: string | null; previousSecretExpiresAt: Date | null },
  box: SecretBox,
  now: Date,
): string[] {
  const current = box.open(endpoint.secretCiphertext);
  const previousValid =
    endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  return previousValid ? [current, box.open(endpoint.previousSecretCiphertext!)] : [current];
}

/** Why a request got no answer, in words for the delivery log. */
function errorOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/is not allowed/.test(message)) return `Refused by the outbound address filter: ${message}`;
  return message.slice(0, 500) || 'The request failed.';
}

/** The first 2 KiB of a body as text, cut on a character boundary. */
export function excerptOf(body: Buffer): string {
  return body
    .subarray(0, maxExcerptBytes)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
}

/**
 * Makes one attempt of a leased delivery: signs its stored body with the endpoint's secrets and POSTs
 * it. Never throws for what the receiver or the network did: that is the attempt's result.
 */
export async function sendDelivery(
  deps: { prisma: IntegrationsPrisma; sender: HttpSender; secrets: SecretBox },
  deliveryId: string,
  now: Date,
): Promise<AttemptResult | null> {
  const delivery = await deps.prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: { endpoint: true },
  });
  if (!delivery) return null;
  const { endpoint } = delivery;
  // The timestamp is when the request leaves (the wall clock, whatever `now` the schedule runs on):
  // receivers compare it with their own clock.
  const sentAt = new Date();
  const signed = signedHeaders({
    messageId: messageIdOf(delivery.id),
    timestamp: sentAt,
    body: delivery.body,
    secrets: signingSecrets(endpoint, deps.secrets, now),
  });
  const started = performance.now();
  const base = {
    trigger: delivery.nextTrigger,
    startedAt: sentAt,
    requestUrl: endpoint.url,
    requestHeaders: signed.loggedHeaders,
  };
  try {
    const answer = await deps.sender.post(endpoint.url, signed.headers, delivery.body);
    return {
      ...base,
      durationMs: Math.round(performance.now() - started),
      responseStatus: answer.status,
      responseBodyExcerpt: excerptOf(answer.body),
      error: null,
      retryAfterMs: retryAfterMs(answer.headers['retry-after'], now),
    };
  } catch (error) {
    return {
      ...base,
      durationMs: Math.round(performance.now() - started),
      responseStatus: null,
      responseBodyExcerpt: null,
      error: errorOf(error),
      retryAfterMs: null,
    };
  }
}
