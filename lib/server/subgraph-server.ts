import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLSchema } from 'graphql';
import { toGraphQLError, AppError, ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { verifyRequest } from '../signing';
import { identityOf, type RequestIdentity } from '../viewer';
import { readBodyOrRefuse, rejectUpgrade, sendError, sendJson } from './http-utils';
import { createMemoryReplayGuard, type ReplayGuard } from './replay-guard';
import { requestUrl } from './request-target';

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** A fresh context, with fresh DataLoaders, for every request. */
  createContext(identity: RequestIdentity): TContext;
  /** Throws when a dependency (the database) is unreachable. */
  checkReady(): Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;

/**
 * Serves one subgraph over HTTP. Only requests the router signed are executed, `_service` and
 * `_entities` included, so no subgraph is a way around the router.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: {
    port: number;
    host?: string;
    signingSecret: string;
    /** Where nonces of signed requests are remembered; one in memory for this server by default. */
    replayGuard?: ReplayGuard;
    logger: Logger;
  },
): Promise<RunningServer> {
  const { logger } = options;
  const replayGuard = options.replayGuard ?? createMemoryReplayGuard();
  const apollo = new ApolloServer<TContext>({
    // The process owns shutdown order (router first, then subgraphs, then the database).
    stopOnTerminationSignals: false,
    schema: definition.schema,
    includeStacktraceInErrorResponses: false,
    // Compact JSON for the router to parse: Apollo Server pretty-prints by default.
    stringifyResult: (result) => `${JSON.stringify(result)}\n`,
    // Signed requests only reach this server; the router decides what clients may introspect.
    introspection: true,
    csrfPrevention: false,
    // No usage reporting reads federated traces here and the router sets no cache headers from
    // subgraph hints, so skip both: each wraps every field resolver, which costs most on long lists.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      const mapped = toGraphQLError(original);
      if (mapped.extensions.code === ErrorCode.InternalServerError && !(original instanceof AppError)) {
        if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.InternalServerError) {
          const { stacktrace: _drop, ...extensions } = formatted.extensions;
          return { ...formatted, extensions };
        }
        logger.error('resolver failed', { subgraph: definition.name, path: formatted.path, error: String(original) });
      }
      return {
        message: mapped.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: mapped.extensions,
      };
    },
  });
  await apollo.start();
  // The first query of a pool connects and prepares its engine, which takes over a second for
  // eight subgraphs on a busy machine: done before listening, a started subgraph answers /readyz
  // at once. An unreachable database does not stop the start; /readyz reports it until it answers.
  await definition.checkReady().catch((error: unknown) => {
    logger.warn('not ready at start', { subgraph: definition.name, error: String(error) });
  });

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('request failed', { subgraph: definition.name, error: String(error) });
      if (!res.headersSent) sendError(res, ErrorCode.InternalServerError, 'Internal server error.');
    });
  });
  server.keepAliveTimeout = 65_000;
  // Subgraphs speak no WebSocket; without a listener Node would drop the connection unanswered.
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex) => {
    socket.on('error', () => {});
    if (requestUrl(req.url)) rejectUpgrade(socket, 404, 'Not Found');
    else rejectUpgrade(socket, 400, 'Bad Request');
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = requestUrl(req.url);
    if (!url) {
      return sendError(res, ErrorCode.BadRequest, 'The request target is not a valid path.');
    }
    if (req.method === 'GET' && url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && url.pathname === '/readyz') {
      try {
        await definition.checkReady();
        return sendJson(res, 200, { status: 'ready' });
      } catch (error) {
        return sendJson(res, 503, {
          status: 'unavailable',
          reason: error instanceof Error ? error.message : 'not ready',
        });
      }
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'Not found' });
    // The router and services only POST; a GET would carry its operation outside the body.
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      req.resume();
      return sendError(res, ErrorCode.BadRequest, 'Subgraphs accept signed POST requests only.', 405);
    }
    const body = await readBodyOrRefuse(req, res, maxBodyBytes, () =>
      sendError(res, ErrorCode.BadRequest, 'Request body too large.', 413),
    );
    if (body === null) return;
    const check = verifyRequest(options.signingSecret, {
      method: req.method,
      target: req.url ?? '/',
      body,
      headers: req.headers,
    });
    const refusal = !check.ok ? check.reason : (await replayGuard.firstUse(check.nonce)) ? null : 'replayed signature';
    if (refusal || !check.ok) {
      logger.warn('rejected unsigned request', { subgraph: definition.name, reason: refusal });
      return sendError(res, ErrorCode.Unauthenticated, 'This service only accepts requests signed by the router.');
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown;
    if (body) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return sendError(res, ErrorCode.BadRequest, 'The body is not valid JSON.');
      }
    }
    const identity = identityOf(check.caller, check.clientAddress);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body: parsedBody },
      context: async () => definition.createContext(identity),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    throw new Error(`The ${definition.name} subgraph cannot listen on port ${options.port}: ${String(error)}`);
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    stop: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
