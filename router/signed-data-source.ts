import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Logger } from '../lib/logger';
import { signatureHeaders } from '../lib/signing';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

/** What the router knows about a request; the gateway's own calls carry an empty context. */
export interface RouterContext {
  userId: string | null;
}

/**
 * A subgraph client whose requests carry the caller's id (signed by the fetcher). `process` is
 * overridden to serialise the body once and skip the node-fetch `Request` the stock implementation
 * builds on every call only to hand it to hooks this router does not use.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<RouterContext> {
  declare logger: Logger;
  declare name: string;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    request.http?.headers.set(signatureHeaders.userId, context?.userId ?? '');
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
      response = await this.fetcher(this.url, { method: 'POST', headers, body });
    } catch (error) {
      throw this.failure(`unreachable: ${String(error)}`);
    }
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed = await this.parseBody(response);
    if (typeof parsed !== 'object' || parsed === null) {
      throw this.failure(`returned a non-JSON body (HTTP ${response.status})`);
    }
    return parsed as GatewayGraphQLResponse;
  }

  // The stock error copies the subgraph's URL and raw body into `extensions.response`, which
  // would reach clients. A failed subgraph call is the router's problem, not the caller's.
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await response.text().catch(() => '');
    return this.failure(`answered HTTP ${response.status}`, body.slice(0, 500));
  }

  private failure(reason: string, body?: string): GraphQLError {
    this.logger.error('subgraph request failed', { subgraph: this.name, url: this.url, reason, body });
    return new GraphQLError(`The ${this.name} service is unavailable.`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
}
