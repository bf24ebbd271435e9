import { z } from 'zod';
import { parseCorsOrigins, type CorsOrigins } from './cors';
import { commonEnv, httpUrl, port, redisEnv } from '../lib/config';
import { filesStorageSettings } from '../lib/files/storage/storage-settings';
import { maxPageSize, defaultPageSize } from '../lib/relay';
import { subgraphRegistry, subgraphUrlEnv } from '../subgraphs/registry';

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
  /** `signUp` mutations per client address per window (429 beyond); one credential mutation per operation. */
  signUpsPerWindow: number;
  rateLimitWindowMs: number;
  /** Requests per personal API token per API token window (429 beyond), besides the per-user limit. */
  apiTokenRateLimitPerWindow: number;
  apiTokenRateLimitWindowMs: number;
  /**
   * API token lookups per client address (an IPv6 /64) per window that find no valid token (429
   * beyond, before any lookup). A made-up token costs the users service a signed call and a statement.
   */
  apiTokenFailedLookupsPerWindow: number;
  apiTokenFailedLookupsWindowMs: number;
  /** Longest wait for the users service to check an API token (503 beyond). */
  apiTokenLookupTimeoutMs: number;
  /** Open subscriptions on one WebSocket connection. */
  maxSubscriptionsPerConnection: number;
  /** Open WebSocket connections per user, on every router sharing Redis. */
  maxConnectionsPerUser: number;
  /** Largest WebSocket message a client may send (the connection closes with 1009 beyond). */
  maxWebSocketPayloadBytes: number;
  /** Bytes a connection may have waiting to be sent before it is closed with 4413 (a client not reading). */
  maxWebSocketBufferedBytes: number;
  /** How long a new WebSocket may take to send `connection_init` (4408 beyond). */
  connectionInitTimeoutMs: number;
  /** Interval of WebSocket pings; a connection that misses a pong for as long is dropped. */
  webSocketKeepAliveMs: number;
  /** Events waiting for a subscriber that does not keep up before its subscription is ended. */
  maxQueuedEventsPerSubscription: number;
  /** Proxies in front of the router (load balancer, ingress) whose X-Forwarded-For entry is trusted. */
  trustProxyHops: number;
  /** Identical subgraph reads in flight at once, for the same caller, make one call (signed-data-source.ts). */
  shareSubgraphCalls: boolean;
  /** How long an automatic persisted query is kept after it was registered (persisted-queries/). */
  persistedQueryTtlSeconds: number;
}

export const defaultLimits: RouterLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: 100_000,
  maxPageSize,
  defaultPageSize,
  // A bulk update of 1,000 items with an expected version each is about 150 KB of JSON.
  maxBodyBytes: 256 * 1024,
  rateLimitPerWindow: 1200,
  signUpsPerWindow: 10,
  rateLimitWindowMs: 60_000,
  apiTokenRateLimitPerWindow: 5000,
  apiTokenRateLimitWindowMs: 60 * 60_000,
  apiTokenFailedLookupsPerWindow: 100,
  apiTokenFailedLookupsWindowMs: 60 * 60_000,
  apiTokenLookupTimeoutMs: 3_000,
  maxSubscriptionsPerConnection: 50,
  maxConnectionsPerUser: 20,
  maxWebSocketPayloadBytes: 64 * 1024,
  maxWebSocketBufferedBytes: 4 * 1024 * 1024,
  connectionInitTimeoutMs: 5_000,
  webSocketKeepAliveMs: 12_000,
  maxQueuedEventsPerSubscription: 256,
  trustProxyHops: 0,
  shareSubgraphCalls: true,
  persistedQueryTtlSeconds: 24 * 60 * 60,
};

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** Every variable `router/main.ts` reads; see router/README.md. */
export const routerEnv = commonEnv.extend({
  ...redisEnv.shape,
  // The router serves file bytes (signed downloads, local uploads): the files subgraph's store.
  ...filesStorageSettings.shape,
  PUBLIC_URL: httpUrl.optional(),
  ...subgraphUrlEnv(subgraphRegistry),
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
  SIGN_UP_RATE_LIMIT_PER_MINUTE: positiveInt(defaultLimits.signUpsPerWindow),
  API_TOKEN_RATE_LIMIT_PER_HOUR: positiveInt(defaultLimits.apiTokenRateLimitPerWindow),
  API_TOKEN_FAILED_LOOKUPS_PER_HOUR: positiveInt(defaultLimits.apiTokenFailedLookupsPerWindow),
  API_TOKEN_LOOKUP_TIMEOUT_MS: positiveInt(defaultLimits.apiTokenLookupTimeoutMs),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt(defaultLimits.maxSubscriptionsPerConnection),
  WS_MAX_CONNECTIONS_PER_USER: positiveInt(defaultLimits.maxConnectionsPerUser),
  WS_MAX_PAYLOAD_BYTES: positiveInt(defaultLimits.maxWebSocketPayloadBytes),
  WS_MAX_BUFFERED_BYTES: positiveInt(defaultLimits.maxWebSocketBufferedBytes),
  WS_CONNECTION_INIT_TIMEOUT_MS: positiveInt(defaultLimits.connectionInitTimeoutMs),
  WS_KEEPALIVE_MS: positiveInt(defaultLimits.webSocketKeepAliveMs),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(defaultLimits.trustProxyHops),
  ROUTER_SHARE_SUBGRAPH_CALLS: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  PERSISTED_QUERY_TTL_SECONDS: positiveInt(defaultLimits.persistedQueryTtlSeconds),
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
    signUpsPerWindow: env.SIGN_UP_RATE_LIMIT_PER_MINUTE,
    rateLimitWindowMs: 60_000,
    apiTokenRateLimitPerWindow: env.API_TOKEN_RATE_LIMIT_PER_HOUR,
    apiTokenRateLimitWindowMs: 60 * 60_000,
    apiTokenFailedLookupsPerWindow: env.API_TOKEN_FAILED_LOOKUPS_PER_HOUR,
    apiTokenFailedLookupsWindowMs: 60 * 60_000,
    apiTokenLookupTimeoutMs: env.API_TOKEN_LOOKUP_TIMEOUT_MS,
    maxSubscriptionsPerConnection: env.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxConnectionsPerUser: env.WS_MAX_CONNECTIONS_PER_USER,
    maxWebSocketPayloadBytes: env.WS_MAX_PAYLOAD_BYTES,
    maxWebSocketBufferedBytes: env.WS_MAX_BUFFERED_BYTES,
    connectionInitTimeoutMs: env.WS_CONNECTION_INIT_TIMEOUT_MS,
    webSocketKeepAliveMs: env.WS_KEEPALIVE_MS,
    trustProxyHops: env.TRUST_PROXY_HOPS,
    shareSubgraphCalls: env.ROUTER_SHARE_SUBGRAPH_CALLS,
    persistedQueryTtlSeconds: env.PERSISTED_QUERY_TTL_SECONDS,
  };
}
