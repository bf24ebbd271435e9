import { parse } from 'graphql';
import { hasSubscription } from './subscription-root';

/**
 * Whether an HTTP request's query is a subscription, which the router serves over WebSocket only.
 * Checked before Apollo Server sees the request: its validation throws on some subscription
 * documents (see subscription-root.ts) and would answer 500. Only documents that mention the word
 * are parsed a second time; parse errors are left for Apollo Server to report.
 */
export function isSubscriptionOverHttp(query: unknown, maxTokens: number): boolean {
  if (typeof query !== 'string' || !/\bsubscription\b/.test(query)) return false;
  try {
    return hasSubscription(parse(query, { maxTokens, noLocation: true }));
  } catch {
    return false;
  }
}

export const subscriptionOverHttpMessage = (path: string) =>
  `Subscriptions are served over WebSocket: connect to ws(s)://<this host>${path} with the graphql-transport-ws protocol.`;
