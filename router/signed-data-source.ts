import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { signatureHeaders } from '../lib/signing';
import type { ApiTokenCaller } from './api-token-lookup';
import type { InFlightCalls } from './in-flight-calls';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

// A subgraph answers 400 when a value passes the router's checks but not its own: the client's
// mistake, passed on with its code and field. Anything else that is not 2xx is the router's problem.
const clientErrorCodes = new Set<unknown>([ErrorCode.BadUserInput]);

interface SubgraphError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

function clientErrorsIn(status: number, body: string): GatewayGraphQLResponse | null {
  if (status !== 400) return null;
  let parsed: { errors?: SubgraphError[] };
  try {
    parsed = JSON.parse(body) as { errors?: SubgraphError[] };
  } catch {
    return null;
  }
  const errors = Array.isArray(parsed?.errors) ? parsed.errors : [];
  if (!errors.length || !errors.every((error) => clientErrorCodes.has(error?.extensions?.code))) return null;
  return {
    errors: errors.map((error) => ({
      message: String(error.message),
      extensions: {
        code: error.extensions!.code,
        ...(typeof error.extensions!.field === 'string' ? { field: error.extensions!.field } : {}),
      },
    })),
  } as GatewayGraphQLResponse;
}

// The gateway sends one operation per subgraph call, printed: `query Name__subgraph__0(...){...}` or `{...}`.
const queryText = /^\s*(query\b|\{)/;

/**
 * A call may join an identical one in flight only when it reads: the client's whole operation is a
 * query (never a mutation's root or entity fetches) and so is the subgraph operation itself.
 */
function readsOnly(options: GraphQLDataSourceProcessOptions<RouterContext>): boolean {
  return (
    'incomingRequestContext' in options &&
    options.incomingRequestContext.operation?.operation === 'query' &&
    queryText.test(options.request.query ?? '')
  );
}

/** What the router knows about a request; the gateway's own calls carry an empty context. */
export interface RouterContext {
  userId: string | null;
  /** The client's address (see router/client-address.ts), for per-client limits in subgraphs. */
  clientAddress?: string | null;
  /** The personal API token the request carries, whose scopes bound what it may select; null or absent for a session. */
  apiToken?: ApiTokenCaller | null;
}

/**
 * A subgraph client whose requests carry the caller's id (signed by the fetcher). `process` is
 * overridden to serialise the body once and skip the node-fetch `Request` the stock implementation
 * builds on every call only to hand it to hooks this router does not use.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<RouterContext> {
  declare logger: Logger;
  declare name: string;
  /** Identical reads in flight, shared; absent: every call is sent (ROUTER_SHARE_SUBGRAPH_CALLS=false). */
  declare inFlight: InFlightCalls<FetcherResponse> | undefined;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    request.http?.headers.set(signatureHeaders.userId, context?.userId ?? '');
    request.http?.headers.set(signatureHeaders.clientAddress, context?.clientAddress ?? '');
  }

  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    request.http = { method: 'POST', url: this.url, headers: new Headers() as never };
    this.willSendRequest(options);
    if (!request.query) throw new Error('Missing query');
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http.headers) headers[name] = value;
    let response: FetcherResponse;
    try {
      response = await this.send(headers, body, readsOnly(options));
    } catch (error) {
      throw this.failure(`unreachable: ${String(error)}`);
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      const clientErrors = clientErrorsIn(response.status, text);
      if (clientErrors) return clientErrors;
      throw this.failure(`answered HTTP ${response.status}`, text.slice(0, 500));
    }
    const parsed = await this.parseBody(response);
    if (typeof parsed !== 'object' || parsed === null) {
      throw this.failure(`returned a non-JSON body (HTTP ${response.status})`);
    }
    return parsed as GatewayGraphQLResponse;
  }

  // Shared before signing (each call signs with a nonce of its own), keyed on everything the subgraph
  // sees: the URL, every header the data source set (the caller, the client's address) and the body.
  // Each sharer gets its own copy of the response: the gateway merges and rewrites what it parses.
  private async send(headers: Record<string, string>, body: string, shareable: boolean): Promise<FetcherResponse> {
    const call = () => this.fetcher(this.url, { method: 'POST', headers, body });
    if (!shareable || !this.inFlight) return call();
    const key = `${this.url}\n${JSON.stringify(headers)}\n${body}`;
    return (await this.inFlight.share(key, call)).clone();
  }

  // Unlike the stock error, which copies the subgraph's URL and raw body into `extensions.response`
  // for clients to read: a failed subgraph call is the router's problem, not the caller's.
  private failure(reason: string, body?: string): GraphQLError {
    this.logger.error('subgraph request failed', { subgraph: this.name, url: this.url, reason, body });
    return new GraphQLError(`The ${this.name} service is unavailable.`, {
      extensions: { code: ErrorCode.ServiceUnavailable },
    });
  }
}
