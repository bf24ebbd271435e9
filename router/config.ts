import { z } from 'zod';
import { parseCorsOrigins, type CorsOrigins } from './cors';
import { commonEnv, httpUrl, port, redisEnv } from '../lib/config';
import { maxPageSize, defaultPageSize } from '../lib/relay';
import { defaultSubgraphUrl, subgraphRegistry } from '../subgraphs/registry';

export interface RouterLimits {
  /** Deepest field nesting; `{ me { id } }` has depth 2. */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Lexical tokens in one document; enforced by the parser before any other work. */
  maxTokens: number;
  /** Largest estimate of the objects an operation can return, 10 more per mutation field (limits/cost.ts). */
  maxCost: number;
  /** Largest accepted `first` argument, literal or variable. */
  maxPageSize: number;
  /** Size the cost estimate gives a connection called without `first` (and without `@listSize(assumedSize:)`). */
  defaultPageSize: number;
  /** Largest request body in bytes (413 beyond). */
  maxBodyBytes: number;
  /** Requests per client (user, else IP) per window (429 beyond). */
  rateLimitPerWindow: number;
  rateLimitWindowMs: number;
  /** Open subscriptions on one WebSocket connection. */
  maxSubscriptionsPerConnection: number;
  /** Open WebSocket connections per user on one router. */
  maxConnectionsPerUser: number;
  /** Largest WebSocket message a client may send (the connection closes with 1009 beyond). */
  maxWebSocketPayloadBytes: number;
  /** How long a new WebSocket may take to send `connection_init` (4408 beyond). */
  connectionInitTimeoutMs: number;
  /** Interval of WebSocket pings; a connection that misses a pong for as long is dropped. */
  webSocketKeepAliveMs: number;
  /** Events waiting for a subscriber that does not keep up before its subscription is ended. */
  maxQueuedEventsPerSubscription: number;
}

export const defaultLimits: RouterLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: 100_000,
  maxPageSize,
  defaultPageSize,
  maxBodyBytes: 100 * 1024,
  rateLimitPerWindow: 1200,
  rateLimitWindowMs: 60_000,
  maxSubscriptionsPerConnection: 50,
  maxConnectionsPerUser: 20,
  maxWebSocketPayloadBytes: 64 * 1024,
  connectionInitTimeoutMs: 5_000,
  webSocketKeepAliveMs: 12_000,
  maxQueuedEventsPerSubscription: 256,
};

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const subgraphUrlEnv = Object.fromEntries(
  subgraphRegistry.map((entry) => [entry.urlEnv, httpUrl.default(defaultSubgraphUrl(entry.defaultPort))]),
) as Record<(typeof subgraphRegistry)[number]['urlEnv'], z.ZodDefault<typeof httpUrl>>;

/** Every variable `router/main.ts` reads; see router/README.md. */
export const routerEnv = commonEnv.extend({
  ...redisEnv.shape,
  ...subgraphUrlEnv,
  ROUTER_PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().min(1).default('schema/supergraph.graphql'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  MAX_QUERY_DEPTH: positiveInt(defaultLimits.maxDepth),
  MAX_ALIASES: z.coerce.number().int().min(0).default(defaultLimits.maxAliases),
  MAX_QUERY_TOKENS: positiveInt(defaultLimits.maxTokens),
  MAX_QUERY_COST: positiveInt(defaultLimits.maxCost),
  MAX_BODY_BYTES: positiveInt(defaultLimits.maxBodyBytes),
  RATE_LIMIT_PER_MINUTE: positiveInt(defaultLimits.rateLimitPerWindow),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt(defaultLimits.maxSubscriptionsPerConnection),
  WS_MAX_CONNECTIONS_PER_USER: positiveInt(defaultLimits.maxConnectionsPerUser),
  WS_MAX_PAYLOAD_BYTES: positiveInt(defaultLimits.maxWebSocketPayloadBytes),
  WS_CONNECTION_INIT_TIMEOUT_MS: positiveInt(defaultLimits.connectionInitTimeoutMs),
  WS_KEEPALIVE_MS: positiveInt(defaultLimits.webSocketKeepAliveMs),
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|(https?:\/\/[^\s,]+)(\s*,\s*https?:\/\/[^\s,]+)*)?$/, 'must be * or comma-separated http(s) origins')
    .optional(),
});

export type RouterEnv = z.infer<typeof routerEnv>;

/** CORS_ORIGINS when set; otherwise the router's default for its mode. */
export function corsOriginsFromEnv(env: RouterEnv): CorsOrigins | undefined {
  return env.CORS_ORIGINS === undefined ? undefined : parseCorsOrigins(env.CORS_ORIGINS);
}

export function limitsFromEnv(env: RouterEnv): Partial<RouterLimits> {
  return {
    maxDepth: env.MAX_QUERY_DEPTH,
    maxAliases: env.MAX_ALIASES,
    maxTokens: env.MAX_QUERY_TOKENS,
    maxCost: env.MAX_QUERY_COST,
    maxBodyBytes: env.MAX_BODY_BYTES,
    rateLimitPerWindow: env.RATE_LIMIT_PER_MINUTE,
    rateLimitWindowMs: 60_000,
    maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxConnectionsPerUser: env.WS_MAX_CONNECTIONS_PER_USER,
    maxWebSocketPayloadBytes: env.WS_MAX_PAYLOAD_BYTES,
    connectionInitTimeoutMs: env.WS_CONNECTION_INIT_TIMEOUT_MS,
    webSocketKeepAliveMs: env.WS_KEEPALIVE_MS,
  };
}
