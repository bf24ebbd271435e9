import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from '../lib/logger';
import type { RunningServer } from '../lib/server/subgraph-server';
import { defaultLimits, type RouterLimits } from './config';
import { createFormatError } from './format-error';
import { checkReadiness, subgraphReadinessCheck, type ReadinessCheck } from './health';
import type { CorsOrigins } from './cors';
import { createRouterHttpServer, graphqlPath } from './http-server';
import { aliasLimitRule } from './limits/aliases';
import { depthLimitRule } from './limits/depth';
import { costModelCache } from './limits/cost-model';
import { costLimitPlugin } from './limits/plugin';
import { readyWithin } from '../lib/server/ready-within';
import { credentialMutationsPlugin } from './credential-mutations';
import { gatewayInternalsPlugin } from './gateway-internals';
import { requestChecksPlugin } from './request-checks';
import { installScalarParsers } from './scalars';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { SignedDataSource, type RouterContext } from './signed-data-source';
import { InFlightCalls } from './in-flight-calls';
import { startSubscriptions } from './subscriptions';
import type { EventBus } from '../lib/events/bus';
import type { StorageDriver } from '../lib/files/storage/storage-driver';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { handleRestAttachment } from './files/rest-attachments';
import { apolloExecutor, createRouterRestApi } from './rest';
import { createApiTokenLookup } from './api-token-lookup';
import type { CredentialVerifiers } from './identity';
import { fieldSubgraphsOf } from './scopes/field-subgraphs';
import { apiTokenScopesPlugin } from './scopes/plugin';
import { subgraphUrlOf } from './subgraph-url';
import { persistedQueriesOf } from './persisted-queries';

export type { RouterLimits } from './config';
export { defaultLimits } from './config';
export type { RouterContext } from './signed-data-source';

export interface RouterOptions {
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL; overrides the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  signingSecret: string;
  jwtSecret: string;
  port: number;
  host?: string;
  /** NODE_ENV === 'production': no landing page, no introspection, no field suggestions. */
  production: boolean;
  /** Rate limits are shared by every router using this Redis; per process without it. */
  redisUrl?: string;
  /** Prefix of the router's Redis keys (REDIS_KEY_PREFIX). */
  redisKeyPrefix?: string;
  /** Where live subscriptions get their events; without it the router serves no subscriptions. */
  bus?: EventBus;
  /** Extra checks for /readyz besides every subgraph's /readyz, e.g. `{ database }`. */
  readinessChecks?: Record<string, () => Promise<void>>;
  limits?: Partial<RouterLimits>;
  /** Browser origins allowed to call the router; by default any outside production, none in production. */
  corsOrigins?: CorsOrigins;
  /** Where file bytes live (FILES_STORAGE): without it the router serves no file bytes. */
  storage?: StorageDriver;
  logger: Logger;
}

// Plans are small for this schema (a few KiB each); 30 MiB keeps thousands of distinct operations
// planned, far more than the clients send, while bounding memory if someone sends endless variants.
const queryPlanStoreMiB = 30;

// The gateway reports usage metrics to Apollo unless APOLLO_TELEMETRY_DISABLED is set when it is
// built. A self-hosted router sends nothing out by default; setting the variable yourself wins.
function withoutApolloTelemetry<T>(build: () => T): T {
  const previous = process.env.APOLLO_TELEMETRY_DISABLED;
  if (previous !== undefined) return build();
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  try {
    return build();
  } finally {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
  }
}

// Until Redis answers, requests are let through uncounted; a short wait at start-up avoids that
// in the normal case.
async function waitForRateLimiter(rateLimiter: RateLimiter, logger: Logger): Promise<void> {
  if (rateLimiter.ready && !(await readyWithin(rateLimiter.ready()))) {
    logger.warn('rate limiter: redis not reachable yet; counting starts when it is');
  }
}

/** The federated router: Apollo Gateway behind one HTTP port, signing every subgraph call. */
export async function startRouter(
  options: RouterOptions,
): Promise<
  RunningServer & { gateway: ApolloGateway; activeSubscriptions(): number; subscriptionExecutions(): number }
> {
  const { logger, production } = options;
  const limits: RouterLimits = { ...defaultLimits, ...options.limits };
  const formatError = createFormatError({ production, logger });
  const costModelOf = costModelCache();
  const subgraphFetcher = createSubgraphFetcher({ signingSecret: options.signingSecret });
  const gatewayLogger = {
    debug: (message: unknown) => logger.debug(String(message), { component: 'gateway' }),
    info: (message: unknown) => logger.info(String(message), { component: 'gateway' }),
    warn: (message: unknown) => logger.warn(String(message), { component: 'gateway' }),
    error: (message: unknown) => logger.error(String(message), { component: 'gateway' }),
  };
  const gateway = withoutApolloTelemetry(
    () =>
      new ApolloGateway({
        supergraphSdl: options.supergraphSdl,
        logger: gatewayLogger,
        experimental_approximateQueryPlanStoreMiB: queryPlanStoreMiB,
        __exposeQueryPlanExperimental: false,
        buildService: ({ name, url }) =>
          new SignedDataSource({
            name,
            url: options.subgraphUrls[name] ?? url,
            fetcher: subgraphFetcher.fetcher,
            inFlight: limits.shareSubgraphCalls ? new InFlightCalls() : undefined,
            logger,
          } as Partial<SignedDataSource>),
      }),
  );

  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => installScalarParsers(apiSchema));
  const rateLimiter = createRateLimiter({
    limit: limits.rateLimitPerWindow,
    windowMs: limits.rateLimitWindowMs,
    redisUrl: options.redisUrl,
    keyPrefix: options.redisKeyPrefix,
    logger,
  });
  const apiTokenRateLimiter = createRateLimiter({
    limit: limits.apiTokenRateLimitPerWindow,
    windowMs: limits.apiTokenRateLimitWindowMs,
    redisUrl: options.redisUrl,
    keyPrefix: options.redisKeyPrefix,
    logger,
  });
  const failedTokenLookups = createRateLimiter({
    limit: limits.apiTokenFailedLookupsPerWindow,
    windowMs: limits.apiTokenFailedLookupsWindowMs,
    redisUrl: options.redisUrl,
    keyPrefix: options.redisKeyPrefix,
    logger,
  });
  const apiTokens = createApiTokenLookup({
    usersUrl: subgraphUrlOf(options.supergraphSdl, options.subgraphUrls, 'users'),
    signingSecret: options.signingSecret,
    timeoutMs: limits.apiTokenLookupTimeoutMs,
    failedLookups: { limiter: failedTokenLookups, limit: limits.apiTokenFailedLookupsPerWindow },
    logger,
  });
  const credentials: CredentialVerifiers = { jwtSecret: options.jwtSecret, apiTokens };
  const fieldSubgraphs = fieldSubgraphsOf(options.supergraphSdl);
  const persistedQueries = persistedQueriesOf({
    redisUrl: options.redisUrl,
    redisKeyPrefix: options.redisKeyPrefix,
    ttlSeconds: limits.persistedQueryTtlSeconds,
    logger,
  });
  const closeLimitersAndLookups = async () => {
    await persistedQueries.close();
    await rateLimiter.close();
    await apiTokenRateLimiter.close();
    await failedTokenLookups.close();
    await apiTokens.close();
  };

  const apollo = new ApolloServer<RouterContext>({
    // The process owns shutdown order (router first, then subgraphs, then the database).
    stopOnTerminationSignals: false,
    gateway,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // Limits, scopes and checks run on a stored query as on one sent in full: it is stored only after them.
    persistedQueries: persistedQueries.config,
    includeStacktraceInErrorResponses: false,
    // Compact JSON, one line per response: Apollo Server pretty-prints by default, which costs CPU
    // and bytes on long lists.
    stringifyResult: (result) => `${JSON.stringify(result)}\n`,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)],
    formatError,
    logger: gatewayLogger,
    plugins: [
      // First: an API token learns nothing of an operation its scopes do not open.
      apiTokenScopesPlugin(fieldSubgraphs),
      requestChecksPlugin(),
      gatewayInternalsPlugin(logger),
      credentialMutationsPlugin({ rateLimiter, signUpsPerWindow: limits.signUpsPerWindow }),
      costLimitPlugin(limits, { costModelOf }),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            embed: { endpointIsEditable: false, runTelemetry: false },
            includeCookies: false,
          }),
    ],
  });
  try {
    await apollo.start();
  } catch (error) {
    await closeLimitersAndLookups();
    throw error;
  }

  await waitForRateLimiter(rateLimiter, logger);
  await waitForRateLimiter(apiTokenRateLimiter, logger);
  await waitForRateLimiter(failedTokenLookups, logger);
  const readinessChecks: Record<string, ReadinessCheck> = {};
  for (const [name, url] of Object.entries(options.subgraphUrls)) {
    readinessChecks[`subgraph:${name}`] = subgraphReadinessCheck(url);
  }
  Object.assign(readinessChecks, options.readinessChecks);

  const restApi = createRouterRestApi({
    apiSchema: gateway.schema!,
    execute: apolloExecutor(apollo),
    rawHandlers: {
      uploadAttachment: (req, res, url) =>
        handleRestAttachment(req, res, url, {
          ...options,
          apollo,
          rateLimiter,
          apiTokenRateLimiter,
          credentials,
          trustProxyHops: limits.trustProxyHops,
        }),
    },
    credentials,
    trustProxyHops: limits.trustProxyHops,
    rateLimiter,
    apiTokenRateLimiter,
    maxBodyBytes: limits.maxBodyBytes,
    corsOrigins: options.corsOrigins ?? (production ? [] : '*'),
    redisUrl: options.redisUrl,
    redisKeyPrefix: options.redisKeyPrefix,
    logger,
  });
  const server = createRouterHttpServer({
    apollo,
    credentials,
    signingSecret: options.signingSecret,
    maxBodyBytes: limits.maxBodyBytes,
    maxTokens: limits.maxTokens,
    trustProxyHops: limits.trustProxyHops,
    rateLimiter,
    apiTokenRateLimiter,
    checkReadiness: () => checkReadiness(readinessChecks, logger),
    corsOrigins: options.corsOrigins ?? (production ? [] : '*'),
    storage: options.storage,
    restApi,
    integrationsUrl: options.subgraphUrls.integrations,
    logger,
  });
  const subscriptions = options.bus
    ? startSubscriptions({
        server,
        path: graphqlPath,
        apollo,
        gateway,
        bus: options.bus,
        credentials,
        fieldSubgraphs,
        limits,
        rateLimiter,
        apiTokenRateLimiter,
        formatError,
        supergraphSdl: options.supergraphSdl,
        costModelOf,
        projectsUrl: subgraphUrlOf(options.supergraphSdl, options.subgraphUrls, 'projects'),
        signingSecret: options.signingSecret,
        redisUrl: options.redisUrl,
        redisKeyPrefix: options.redisKeyPrefix,
        logger,
      })
    : null;
  // Subscriptions opened before the router tails the event streams would miss the first events.
  if (subscriptions && !(await readyWithin(subscriptions.ready))) {
    logger.warn('subscriptions: event streams not readable yet; delivery starts when they are');
  }
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await subscriptions?.close();
    await apollo.stop();
    await closeLimitersAndLookups();
    await restApi.close();
    await subgraphFetcher.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  logger.info('router listening', { url: `http://${urlHost}:${port}/graphql` });
  return {
    url: `http://${urlHost}:${port}/graphql`,
    port,
    gateway,
    activeSubscriptions: () => subscriptions?.activeSubscriptions() ?? 0,
    subscriptionExecutions: () => subscriptions?.executions() ?? 0,
    stop: async () => {
      await subscriptions?.close();
      server.closeIdleConnections();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // In-flight requests get a moment to finish; then their connections are cut.
      const timer = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(timer);
      await apollo.stop();
      await closeLimitersAndLookups();
      await restApi.close();
      await subgraphFetcher.close();
    },
  };
}
