import { Webhook } from 'standardwebhooks';

export interface SignedRequest {
  /** The headers every attempt sends, the signature included. */
  headers: Record<string, string>;
  /** The same headers with each signature's value masked, for the delivery log. */
  loggedHeaders: Record<string, string>;
}

export const userAgent = 'Workgraph-Webhooks/1.0 (+https://workgraph.dev/docs/webhooks)';

/**
 * The Standard Webhooks headers of one attempt: `webhook-id`, `webhook-timestamp` and a
 * `webhook-signature` per valid secret (`v1,<base64>`, space-separated), made by the
 * standardwebhooks package itself.
 */
export function signedHeaders(input: {
  messageId: string;
  timestamp: Date;
  body: string;
  secrets: readonly string[];
}): SignedRequest {
  const signatures = input.secrets.map((secret) =>
    new Webhook(secret).sign(input.messageId, input.timestamp, input.body),
  );
  const common = {
    'content-type': 'application/json',
    'user-agent': userAgent,
    'webhook-id': input.messageId,
    'webhook-timestamp': String(Math.floor(input.timestamp.getTime() / 1000)),
  };
  return {
    headers: { ...common, 'webhook-signature': signatures.join(' ') },
    loggedHeaders: { ...common, 'webhook-signature': signatures.map((s) => `${s.slice(0, 3)}…`).join(' ') },
  };
}

/** The `webhook-id` of a delivery: stable across its retries, redeliveries and replays. */
export const messageIdOf = (deliveryId: string): string => `msg_${deliveryId}`;
