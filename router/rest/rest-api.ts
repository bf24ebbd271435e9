import { createHash } from 'node:crypto';
import type http from 'node:http';
import { ErrorCode } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { BodyTooLargeError, closeAfterResponse, readBody, RequestAbortedError } from '../../lib/server/http-utils';
import { clientAddressOf } from '../client-address';
import { handleCors, type CorsOrigins } from '../cors';
import { CredentialCheckRefused, resolveIdentity, routerContextOf, type CredentialVerifiers } from '../identity';
import type { RateLimiter } from '../rate-limit';
import { hitApiTokenLimit, retryAfterSecondsOf } from '../rate-limit/api-token-limit';
import type { RouterContext } from '../signed-data-source';
import { etagOf, ifNoneMatchMatches } from './etag';
import { runOperation, type Executor } from './graphql-call';
import type { IdempotencyStore, StoredResponse } from './idempotency';
import { parseInput, queryObject } from './input';
import { listResult, pageArgsOf, pageQuery } from './pagination';
import { fail, problem, ProblemError, sendProblem } from './problem';
import type { RawHandler, RestRoute } from './route';
import { createRouteTable, openApiPath } from './route-table';

export interface RestApiOptions {
  routes: readonly RestRoute[];
  /** The handlers of `raw` routes, by operationId. */
  rawHandlers: Record<string, RawHandler>;
  /** The served OpenAPI document. */
  document: unknown;
  execute: Executor;
  credentials: CredentialVerifiers;
  trustProxyHops: number;
  rateLimiter: RateLimiter;
  /** The budget of each personal API token, apart from its owner's. */
  apiTokenRateLimiter: RateLimiter;
  idempotency: IdempotencyStore;
  maxBodyBytes: number;
  corsOrigins: CorsOrigins;
  logger: Logger;
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

/** A body's JSON with keys sorted, so the same content in another order is the same request. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * `/api/v1`: the routes of routes/ and sofa's, each call authenticated and rate limited as
 * /graphql is, and run as GraphQL operations through the router's own gateway.
 */
export function createRestApi(options: RestApiOptions) {
  const table = createRouteTable(options.routes);
  const documentText = `${JSON.stringify(options.document)}\n`;

  function send(req: http.IncomingMessage, res: http.ServerResponse, response: StoredResponse) {
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...response.headers };
    if ((req.method === 'GET' || req.method === 'HEAD') && response.status === 200) {
      const etag = etagOf(response.body);
      headers.etag = etag;
      headers['cache-control'] = 'private, no-cache';
      if (ifNoneMatchMatches(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        return res.end();
      }
    }
    if (response.status >= 400) headers['cache-control'] = 'no-store';
    res.writeHead(response.status, { ...headers, 'content-length': Buffer.byteLength(response.body) });
    res.end(req.method === 'HEAD' ? undefined : response.body);
  }

  /** Counts the request against the caller's budget, as /graphql does; false once it has been refused. */
  async function withinRateLimit(res: http.ServerResponse, key: string): Promise<void> {
    const decision = await options.rateLimiter.hit(key);
    res.setHeader('ratelimit-limit', decision.limit);
    res.setHeader('ratelimit-remaining', decision.remaining);
    res.setHeader('ratelimit-reset', Math.ceil(decision.resetMs / 1000));
    if (!decision.allowed) {
      throw new ProblemError(problem(ErrorCode.TooManyRequests, 'Too many requests; retry later.'), {
        'retry-after': String(retryAfterSecondsOf(decision)),
      });
    }
  }

  async function readJsonBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<unknown> {
    if (!/^application\/(.+\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      throw fail(ErrorCode.BadRequest, 'Send the body as application/json.', { status: 415 });
    }
    let text: string;
    try {
      text = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        closeAfterResponse(req, res);
        throw fail(ErrorCode.BadRequest, error.message, { status: 413 });
      }
      throw error;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw fail(ErrorCode.BadRequest, 'The body is not valid JSON.');
    }
  }

  async function execute(
    req: http.IncomingMessage,
    url: URL,
    route: RestRoute,
    params: Record<string, string>,
    caller: RouterContext,
    body: unknown,
  ): Promise<StoredResponse> {
    const parsedParams = parseInput(route.params, params, 'path');
    const rawQuery = queryObject(url.searchParams);
    const parsedQuery = parseInput(
      route.query
        ? route.paginated
          ? route.query.extend(pageQuery.shape)
          : route.query
        : route.paginated
          ? pageQuery
          : undefined,
      rawQuery,
      'query',
    ) as Record<string, unknown>;
    const parsedBody = route.body ? parseInput(route.body, body, 'body') : undefined;
    const page = pageArgsOf(route.paginated ? (parsedQuery as { limit?: number; cursor?: string }) : {});
    try {
      const result = await route.handle({
        params: parsedParams as Record<string, string>,
        query: parsedQuery,
        body: parsedBody,
        caller,
        url,
        page,
        run: (query, variables, locate) => runOperation(options.execute, caller, query, variables, locate),
        list: (connection) => listResult(url, page, connection),
      });
      return {
        status: result.status,
        headers: result.headers ?? {},
        body: result.body === undefined ? '' : JSON.stringify(result.body),
      };
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      return problemResponse(error);
    }
  }

  const problemResponse = (error: ProblemError): StoredResponse => ({
    status: error.problem.status,
    headers: { ...error.headers, 'content-type': 'application/problem+json; charset=utf-8' },
    body: JSON.stringify(error.problem),
  });

  /** Runs a POST once per Idempotency-Key: retries get the stored answer. */
  async function onceByKey(
    req: http.IncomingMessage,
    url: URL,
    caller: RouterContext & { userId: string },
    body: unknown,
    run: () => Promise<StoredResponse>,
  ): Promise<StoredResponse & { replayed?: boolean }> {
    const header = req.headers['idempotency-key'];
    if (req.method !== 'POST' || header === undefined) return run();
    const key = Array.isArray(header) ? header[0]! : header;
    if (!idempotencyKeyPattern.test(key)) {
      const message = 'Idempotency-Key must be 1-255 visible ASCII characters.';
      throw fail(ErrorCode.BadUserInput, message, { errors: [{ in: 'header', field: 'Idempotency-Key', message }] });
    }
    const scoped = `${sha256(caller.userId)}:${sha256(key)}`;
    const fingerprint = sha256(`${req.method} ${url.pathname}${url.search}\n${canonicalJson(body)}`);
    let claim;
    try {
      claim = await options.idempotency.claim(scoped, fingerprint);
    } catch (error) {
      options.logger.error('rest: idempotency store unavailable', { error: String(error) });
      throw fail(ErrorCode.ServiceUnavailable, 'Idempotency keys cannot be checked right now; retry later.');
    }
    if (claim.kind === 'replay') return { ...claim.response, replayed: true };
    if (claim.kind === 'mismatch') {
      const message = 'This Idempotency-Key was used for another request; use a new key for a new request.';
      throw fail(ErrorCode.BadUserInput, message, {
        status: 422,
        errors: [{ in: 'header', field: 'Idempotency-Key', message }],
      });
    }
    if (claim.kind === 'in-flight') {
      throw fail(
        ErrorCode.Conflict,
        'A request with this Idempotency-Key is still running; retry when it has answered.',
      );
    }
    let response: StoredResponse;
    try {
      response = await run();
    } catch (error) {
      await options.idempotency.release(scoped).catch(() => undefined);
      throw error;
    }
    // Our own failures are not the answer to the request: a retry runs it again.
    if (response.status >= 500) await options.idempotency.release(scoped).catch(() => undefined);
    else await options.idempotency.complete(scoped, fingerprint, response);
    return response;
  }

  async function handleRoute(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (url.pathname === openApiPath && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS')) {
      // The one CORS exception: documentation tools on other origins read the document.
      if (handleCors(req, res, options.corsOrigins, 'GET, HEAD, OPTIONS')) return;
      await withinRateLimit(res, `ip:${clientAddressOf(req, options.trustProxyHops)}`);
      return send(req, res, { status: 200, headers: {}, body: documentText });
    }
    const match = table.match(req.method ?? 'GET', url.pathname);
    if (match.kind === 'not-found') throw fail(ErrorCode.NotFound, `No route ${url.pathname}.`);
    if (match.kind === 'method-not-allowed') {
      const allow = match.allow.join(', ');
      // OPTIONS too: no preflight is granted, so pages on other origins cannot call the API.
      throw new ProblemError(problem(ErrorCode.BadRequest, `${url.pathname} takes ${allow}.`, { status: 405 }), {
        allow,
      });
    }
    const { route, params } = match;
    if (route.raw) {
      const raw = options.rawHandlers[route.operationId];
      if (!raw) throw fail(ErrorCode.NotFound, `No route ${url.pathname}.`);
      return raw(req, res, url);
    }
    const clientAddress = clientAddressOf(req, options.trustProxyHops);
    const identity = await resolveIdentity(req.headers.authorization, options.credentials, clientAddress);
    await withinRateLimit(res, identity.kind === 'user' ? `user:${identity.userId}` : `ip:${clientAddress}`);
    if (
      identity.kind === 'user' &&
      identity.apiToken &&
      !(await hitApiTokenLimit(res, options.apiTokenRateLimiter, identity.apiToken.id, 'rest'))
    ) {
      throw new ProblemError(
        problem(ErrorCode.TooManyRequests, 'This API token has made too many requests; retry later.'),
      );
    }
    if (identity.kind !== 'user') {
      throw new ProblemError(
        problem(
          ErrorCode.Unauthenticated,
          identity.kind === 'invalid'
            ? `The access token is ${identity.reason}.`
            : 'An access token is required: Authorization: Bearer <token>.',
        ),
        { 'www-authenticate': identity.kind === 'invalid' ? 'Bearer error="invalid_token"' : 'Bearer' },
      );
    }
    // The token's scopes travel in the context: the scope plugin checks every operation a route runs.
    const caller = { ...routerContextOf(identity, clientAddress), userId: identity.userId };
    // A route that takes no body (a ping, a redelivery) is sent none: nothing to read or refuse.
    const body =
      route.body && (route.method === 'POST' || route.method === 'PATCH') ? await readJsonBody(req, res) : undefined;
    const response = await onceByKey(req, url, caller, body, () => execute(req, url, route, params, caller, body));
    if (response.replayed) res.setHeader('idempotent-replayed', 'true');
    send(req, res, response);
  }

  return {
    routes: options.routes,
    async handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
      try {
        await handleRoute(req, res, url);
      } catch (error) {
        if (error instanceof RequestAbortedError) return;
        if (res.headersSent) return void res.destroy();
        if (error instanceof ProblemError) {
          req.resume();
          return sendProblem(res, error.problem, error.headers);
        }
        if (error instanceof CredentialCheckRefused) {
          req.resume();
          return sendProblem(res, problem(error.code, error.message), { ...error.headers });
        }
        options.logger.error('rest: request failed', { error: String(error), path: url.pathname });
        sendProblem(res, problem(ErrorCode.InternalServerError, 'Internal server error.'));
      }
    },
    close: () => options.idempotency.close(),
  };
}

export type RestApi = ReturnType<typeof createRestApi>;
