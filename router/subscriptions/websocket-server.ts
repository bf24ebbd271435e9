import type { ActivityScope } from './activity-access';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CloseCode, type Context, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ErrorCode } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { rejectUpgrade } from '../../lib/server/http-utils';
import { requestUrl } from '../../lib/server/request-target';
import type { RouterLimits } from '../config';
import { clientAddressOf } from '../client-address';
import {
  CredentialCheckRefused,
  resolveIdentity,
  type ApiTokenCaller,
  type CallerIdentity,
  type CredentialVerifiers,
} from '../identity';
import type { FieldSubgraphs } from '../scopes/field-subgraphs';
import { firstMissingScope } from '../scopes/operation-scopes';
import { missingScopeError } from '../scopes/plugin';
import type { RateLimiter } from '../rate-limit';
import { countApiTokenUse, retryAfterSecondsOf } from '../rate-limit/api-token-limit';
import type { ConnectionSlots } from './connection-slots';
import { prepareOperation, type DocumentCache, type PreparedOperation } from './prepare-operation';
import { serveGraphQLWs } from './ws-adapter';

export interface ConnectionState {
  userId?: string;
  /** Its slot among the user's connections (`ConnectionSlots`). */
  connectionId?: string;
  expiryTimer?: NodeJS.Timeout;
  /** A connection opened with a personal API token: its scopes, and the bearer value to check it again. */
  apiToken?: { caller: ApiTokenCaller; authorization: string };
}

type SubscriptionContext = Context<Record<string, unknown>, Extra & Partial<ConnectionState>>;

/** What an allowed subscription may follow, found while authorizing it. */
export interface SubscriptionGrant {
  /** The organization (and team) an activity subscription follows. */
  activity?: ActivityScope;
}

export interface SubscriptionAuthorizer {
  /** The grant when allowed; otherwise the errors to answer the `subscribe` message with. */
  (
    userId: string,
    fieldName: string,
    args: Record<string, unknown>,
  ): Promise<readonly GraphQLError[] | SubscriptionGrant>;
}

export interface WebSocketServerOptions {
  server: http.Server;
  path: string;
  /** The current schema's parsed and validated documents. */
  documents: () => DocumentCache;
  /** How a prepared subscription is started (graphql-ws's `subscribe`). */
  subscribe: NonNullable<ServerOptions['subscribe']>;
  credentials: CredentialVerifiers;
  /** Which subgraph resolves each field: an API token's scopes are checked against them. */
  fieldSubgraphs: FieldSubgraphs;
  limits: RouterLimits;
  /** Each user's connections, counted across routers when they share Redis. */
  slots: ConnectionSlots;
  rateLimiter: RateLimiter;
  /** Each personal API token's budget: its connections and each of its subscribes count, as requests do. */
  apiTokenRateLimiter: RateLimiter;
  authorize: SubscriptionAuthorizer;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
}

const maxTimerMs = 2 ** 31 - 1;
const revoked = 'Forbidden: the API token is no longer valid';

const tooManyRequests = () => [
  new GraphQLError('Too many requests; retry later.', { extensions: { code: ErrorCode.TooManyRequests } }),
];

const tokenBudgetSpent = 'This API token has made too many requests; retry later.';

/** 1013 Try Again Later (RFC 6455's registry): a refusal that may pass later, its reason led by our error code. */
const tryAgainLater = 1013;

/** A temporary refusal (429, 503) as a `subscribe` answer: its code and when to retry. */
const refusal = (code: ErrorCode, message: string, retryAfterSeconds: number) => [
  new GraphQLError(message, { extensions: { code, retryAfterSeconds } }),
];

/** The caller's identity, or the refusal of a token that cannot be checked now. */
async function identityOrRefusal(
  authorization: string | undefined,
  credentials: CredentialVerifiers,
  clientAddress: string,
): Promise<CallerIdentity | CredentialCheckRefused> {
  try {
    return await resolveIdentity(authorization, credentials, clientAddress);
  } catch (error) {
    if (error instanceof CredentialCheckRefused) return error;
    throw error;
  }
}

function bearerOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
}

/**
 * graphql-ws (`graphql-transport-ws`) on the router's HTTP port and path. Identity comes from the
 * `connection_init` payload; the protocol's own close codes cover malformed messages (4400),
 * subscribing before the acknowledgement (4401), a refused connection (4403), the init timeout
 * (4408), a duplicate subscription id (4409) and a second init (4429).
 */
export function attachWebSocketServer(options: WebSocketServerOptions): { close(): Promise<void> } {
  const { limits, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxWebSocketPayloadBytes });

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node's HTTP server stops listening for socket errors once it hands over an upgrade; a client
    // resetting the connection while the rate limiter answers would otherwise be an uncaught error.
    socket.on('error', (error) =>
      logger.debug('websocket upgrade: client connection failed', { error: error.message }),
    );
    const url = requestUrl(request.url);
    if (!url) return rejectUpgrade(socket, 400, 'Bad Request');
    if (url.pathname !== options.path) return rejectUpgrade(socket, 404, 'Not Found');
    options.rateLimiter
      .hit(`ip:${clientAddressOf(request, limits.trustProxyHops)}`)
      .then((decision) => {
        if (!decision.allowed) return rejectUpgrade(socket, 429, 'Too Many Requests');
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      })
      .catch((error: unknown) => {
        logger.error('websocket upgrade failed', { error: String(error) });
        rejectUpgrade(socket, 500, 'Internal Server Error');
      });
  };
  options.server.on('upgrade', onUpgrade);

  const release = (ctx: SubscriptionContext) => {
    clearTimeout(ctx.extra.expiryTimer);
    const { userId, connectionId } = ctx.extra;
    if (!userId || !connectionId) return;
    ctx.extra.userId = ctx.extra.connectionId = undefined;
    options.slots.release(userId, connectionId);
  };

  const disposable = serveGraphQLWs<Record<string, unknown>, ConnectionState & Record<PropertyKey, unknown>>(
    {
      schema: () => options.documents().schema,
      subscribe: options.subscribe,
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const authorization = bearerOf(ctx.connectionParams);
        const clientAddress = clientAddressOf(ctx.extra.request, limits.trustProxyHops);
        const identity = await identityOrRefusal(authorization, options.credentials, clientAddress);
        if (identity instanceof CredentialCheckRefused) {
          socket.close(tryAgainLater, `${identity.code}: ${identity.message}`);
          return false;
        }
        if (identity.kind !== 'user') {
          const reason =
            identity.kind === 'anonymous'
              ? 'Forbidden: connection_init must carry { "authorization": "Bearer <access token>" }'
              : `Forbidden: the access token is ${identity.reason}`;
          socket.close(CloseCode.Forbidden, reason);
          return false;
        }
        // The client may have gone while the token was checked: count only connections still open.
        if (socket.readyState !== socket.OPEN) return false;
        const connectionId = randomUUID();
        if (!(await options.slots.acquire(identity.userId, connectionId))) {
          socket.close(CloseCode.Forbidden, `Forbidden: at most ${limits.maxConnectionsPerUser} connections per user`);
          return false;
        }
        const giveBack = () => options.slots.release(identity.userId, connectionId);
        // A connection is a request of its token: it counts, and one past the budget is refused.
        if (identity.apiToken) {
          const decision = await countApiTokenUse(options.apiTokenRateLimiter, identity.apiToken.id);
          if (!decision.allowed) {
            giveBack();
            socket.close(tryAgainLater, `${ErrorCode.TooManyRequests}: ${tokenBudgetSpent}`);
            return false;
          }
        }
        if (socket.readyState !== socket.OPEN) {
          giveBack();
          return false;
        }
        ctx.extra.connectionId = connectionId;
        ctx.extra.userId = identity.userId;
        if (identity.apiToken) ctx.extra.apiToken = { caller: identity.apiToken, authorization: authorization! };
        const expire = () => {
          const left = identity.expiresAt.getTime() - Date.now();
          if (left <= 0) {
            socket.close(CloseCode.Forbidden, 'Forbidden: the access token expired; reconnect with a new one');
            return;
          }
          // An API token lives up to a year; timers fire at once beyond 2^31 - 1 ms (24.8 days).
          ctx.extra.expiryTimer = setTimeout(expire, Math.min(left, maxTimerMs));
          ctx.extra.expiryTimer.unref();
        };
        expire();
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const userId = ctx.extra.userId!;
        // graphql-ws has already reserved this id in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${limits.maxSubscriptionsPerConnection} subscriptions per connection.`, {
              extensions: { code: ErrorCode.TooManyRequests, limit: 'subscriptionsPerConnection' },
            }),
          ];
        }
        const decision = await options.rateLimiter.hit(`user:${userId}`);
        if (!decision.allowed) return tooManyRequests();
        const apiToken = ctx.extra.apiToken;
        if (apiToken) {
          // Checked again on every subscribe: a revoked token opens nothing more.
          const clientAddress = clientAddressOf(ctx.extra.request, limits.trustProxyHops);
          const again = await identityOrRefusal(apiToken.authorization, options.credentials, clientAddress);
          if (again instanceof CredentialCheckRefused)
            return refusal(again.code, again.message, again.retryAfterSeconds);
          if (again.kind !== 'user' || !again.apiToken) {
            ctx.extra.socket.close(CloseCode.Forbidden, revoked);
            return [new GraphQLError(revoked, { extensions: { code: ErrorCode.Unauthenticated } })];
          }
          apiToken.caller = again.apiToken;
          // Each subscribe is a request of the token, counted against its budget like one over HTTP.
          const decision = await countApiTokenUse(options.apiTokenRateLimiter, again.apiToken.id);
          if (!decision.allowed) {
            return refusal(ErrorCode.TooManyRequests, tokenBudgetSpent, retryAfterSecondsOf(decision));
          }
        }
        const documents = options.documents();
        const prepared = prepareOperation(documents, payload, limits);
        if (Array.isArray(prepared)) return prepared as readonly GraphQLError[];
        const { document, operation, fieldName, args, cost, personal } = prepared as Exclude<
          typeof prepared,
          readonly unknown[]
        >;
        if (apiToken) {
          const scopes = apiToken.caller.scopes;
          const scope = firstMissingScope(documents.schema, document, operation, scopes, options.fieldSubgraphs);
          if (scope) return [missingScopeError(scope)];
        }
        const accessCheckedAt = Date.now();
        const grant = await options.authorize(userId, fieldName, args);
        if (Array.isArray(grant)) return grant as readonly GraphQLError[];
        logger.debug('subscription started', { id, userId, fieldName });
        const execution = {
          schema: documents.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables ?? {},
        };
        return {
          ...execution,
          contextValue: { userId, args, accessCheckedAt, cost, operation: execution, personal, ...grant },
        };
      },
      // Each event's answer says what the operation costs, like every answer over HTTP.
      onNext: (_ctx, _id, _payload, args, result) => ({
        ...result,
        ...(result.errors && { errors: result.errors.map((error) => options.formatError(error.toJSON(), error)) }),
        extensions: { ...result.extensions, cost: (args.contextValue as { cost: PreparedOperation['cost'] }).cost },
      }),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error)),
      onClose: (ctx) => release(ctx),
    },
    wss,
    { keepAliveMs: limits.webSocketKeepAliveMs, maxBufferedBytes: limits.maxWebSocketBufferedBytes },
    logger,
  );

  return {
    close: async () => {
      options.server.off('upgrade', onUpgrade);
      await disposable.dispose();
    },
  };
}
