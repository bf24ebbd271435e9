import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from '../lib/logger';
import { ErrorCode, requestErrorExtensions } from '../lib/errors';
import { readBodyOrRefuse, sendError, sendJson } from '../lib/server/http-utils';
import { requestUrl } from '../lib/server/request-target';
import { handleCors, type CorsOrigins } from './cors';
import { clientAddressOf } from './client-address';
import { CredentialCheckRefused, resolveIdentity, routerContextOf, type CredentialVerifiers } from './identity';
import type { RateLimiter } from './rate-limit';
import { hitApiTokenLimit } from './rate-limit/api-token-limit';
import type { RouterContext } from './signed-data-source';
import type { ReadinessReport } from './health';
import { handleUnsubscribe, unsubscribePath } from './unsubscribe';
import { handleChartFile } from './chart-files';
import { chartFilesPrefix } from '../lib/chart-links';
import { isSubscriptionOverHttp, subscriptionOverHttpMessage } from './subscriptions/http-guard';
import { fileDownloadPath, fileUploadPath } from '../lib/files/file-links';
import type { StorageDriver } from '../lib/files/storage/storage-driver';
import { handleFileDownload } from './files/download-endpoint';
import { handleFileUpload } from './files/upload-endpoint';
import { restBasePath, type RestApi } from './rest';
import { createVcsHookHandler, vcsHookPattern } from './vcs/vcs-hooks';
import { extensionsOfSearch, persistedQueryRefusal } from './persisted-queries';

export interface RouterHttpOptions {
  apollo: ApolloServer<RouterContext>;
  /** Bearer tokens: access tokens and personal API tokens (`resolveIdentity`). */
  credentials: CredentialVerifiers;
  /** SUBGRAPH_SIGNING_SECRET: chart links are signed with a key derived from it. */
  signingSecret: string;
  maxBodyBytes: number;
  maxTokens: number;
  /** Proxies in front of the router whose X-Forwarded-For entries are trusted (0: none). */
  trustProxyHops: number;
  rateLimiter: RateLimiter;
  /** Each personal API token's own budget (`x-ratelimit-*` headers). */
  apiTokenRateLimiter: RateLimiter;
  checkReadiness(): Promise<ReadinessReport>;
  corsOrigins: CorsOrigins;
  /** Where file bytes live: the router serves signed downloads (and local uploads) from it. */
  storage?: StorageDriver;
  /** `/api/v1` (router/rest/). */
  restApi: RestApi;
  /** The integrations subgraph: inbound repository webhooks (`/hooks/vcs/<id>`) are forwarded to it. */
  integrationsUrl?: string;
  logger: Logger;
}

export const graphqlPath = '/graphql';

function unauthenticated(reason: 'expired' | 'invalid'): GraphQLError {
  return new GraphQLError(reason === 'expired' ? 'The access token has expired.' : 'The access token is invalid.', {
    extensions: requestErrorExtensions(
      ErrorCode.Unauthenticated,
      {},
      { headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) },
    ),
  });
}

function isJson(contentType: string | undefined): boolean {
  return !!contentType && /^application\/(graphql-response\+)?json\b/i.test(contentType.trim());
}

/**
 * The router's HTTP surface: `/graphql`, `/healthz`, `/readyz`, `/unsubscribe` (one-click links of
 * notification emails), `/charts/widgets/<id>.svg|png|csv` (dashboard charts as files),
 * `/files/upload/<token>` and `/files/download/<token>/<name>` (signed file bytes),
 * `/api/v1/...` (the REST API, router/rest/), and `/` redirecting to `/graphql`.
 */
export function createRouterHttpServer(options: RouterHttpOptions): http.Server {
  const { apollo, logger } = options;
  const vcsHooks =
    options.integrationsUrl && createVcsHookHandler({ ...options, integrationsUrl: options.integrationsUrl });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = requestUrl(req.url);
    if (!url) return sendError(res, ErrorCode.BadRequest, 'The request target is not a valid path.');
    if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendJson(res, 200, { status: 'ok' });
    }
    if (url.pathname === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const report = await options.checkReadiness();
      return sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'unavailable', ...report });
    }
    // Sandbox uses the page's own URL as its endpoint, so the landing page lives at /graphql.
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(302, { location: `${graphqlPath}${url.search}` });
      return res.end();
    }
    if (url.pathname === unsubscribePath) return handleUnsubscribe(req, res, url, options);
    if (url.pathname.startsWith(chartFilesPrefix)) return handleChartFile(req, res, url, options);
    // Web clients send an upload's bytes and fetch files from their own origin: the token in the
    // path is the credential, so the allowed origins may. The REST upload below gets no CORS at all:
    // its CSRF header is only a defence while no other origin may send it.
    if (options.storage && url.pathname.startsWith(fileDownloadPath)) {
      if (handleCors(req, res, options.corsOrigins, 'GET, HEAD, OPTIONS')) return;
      return handleFileDownload(req, res, url, { ...options, storage: options.storage });
    }
    if (options.storage && url.pathname.startsWith(fileUploadPath)) {
      if (handleCors(req, res, options.corsOrigins, 'PUT, OPTIONS')) return;
      return handleFileUpload(req, res, url, { ...options, storage: options.storage });
    }
    if (vcsHooks && vcsHookPattern.test(url.pathname)) return vcsHooks(req, res, url);
    if (url.pathname.startsWith(`${restBasePath}/`)) return options.restApi.handle(req, res, url);
    if (url.pathname !== graphqlPath) return sendError(res, ErrorCode.NotFound, 'Not found.');
    if (handleCors(req, res, options.corsOrigins)) return;

    const clientAddress = clientAddressOf(req, options.trustProxyHops);
    const identity = await resolveIdentity(req.headers.authorization, options.credentials, clientAddress);
    const clientKey = identity.kind === 'user' ? `user:${identity.userId}` : `ip:${clientAddress}`;
    const decision = await options.rateLimiter.hit(clientKey);
    res.setHeader('ratelimit-limit', decision.limit);
    res.setHeader('ratelimit-remaining', decision.remaining);
    res.setHeader('ratelimit-reset', Math.ceil(decision.resetMs / 1000));
    if (!decision.allowed) {
      res.setHeader('retry-after', Math.max(1, Math.ceil(decision.resetMs / 1000)));
      req.resume();
      return sendError(res, ErrorCode.TooManyRequests, 'Too many requests; retry later.');
    }
    const apiToken = identity.kind === 'user' ? identity.apiToken : null;
    if (apiToken && !(await hitApiTokenLimit(res, options.apiTokenRateLimiter, apiToken.id, 'graphql'))) {
      req.resume();
      return sendError(res, ErrorCode.TooManyRequests, 'This API token has made too many requests; retry later.');
    }

    const rawBody = await readBodyOrRefuse(req, res, options.maxBodyBytes, (error) =>
      sendError(res, ErrorCode.BadRequest, error.message, 413),
    );
    if (rawBody === null) return;
    let body: unknown = rawBody;
    if (rawBody && isJson(req.headers['content-type'])) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return sendError(res, ErrorCode.BadRequest, 'The body is not valid JSON.');
      }
    }

    const isGet = req.method === 'GET';
    const query = isGet ? url.searchParams.get('query') : (body as { query?: unknown } | null)?.query;
    if (isSubscriptionOverHttp(query, options.maxTokens)) {
      return sendError(res, ErrorCode.BadRequest, subscriptionOverHttpMessage(graphqlPath));
    }
    const extensions = isGet
      ? extensionsOfSearch(url.searchParams)
      : (body as { extensions?: unknown } | null)?.extensions;
    const refusal = persistedQueryRefusal(query ?? undefined, extensions);
    if (refusal) return sendError(res, ErrorCode.BadRequest, refusal);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        if (identity.kind === 'invalid') throw unauthenticated(identity.reason);
        return routerContextOf(identity, clientAddress);
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // An API token that cannot be checked now (/graphql, chart files): 429 or 503, said alike everywhere.
      if (error instanceof CredentialCheckRefused && !res.headersSent) {
        for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
        req.resume();
        return sendError(res, error.code, error.message);
      }
      logger.error('router request failed', { error: String(error) });
      if (!res.headersSent) sendError(res, ErrorCode.InternalServerError, 'Internal server error.');
      else res.destroy();
    });
  });
  // Longer than the usual load balancer idle timeout (60 s), so the balancer closes idle connections first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
