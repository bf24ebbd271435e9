import { Agent, request } from 'undici';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { signRequest, signatureHeaders, targetOf } from '../lib/signing';

// The gateway's fetch contract (@apollo/utils.fetcher), named through the gateway's own types.
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

export interface SubgraphFetcher {
  fetcher: Fetcher;
  close(): Promise<void>;
}

export interface SubgraphFetcherOptions {
  signingSecret: string;
  /** Keep-alive connections per subgraph origin. */
  connections?: number;
  timeoutMs?: number;
}

function toHeaders(raw: Record<string, string | string[] | undefined>): FetcherHeaders {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers as unknown as FetcherHeaders;
}

class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;
  private cachedHeaders: FetcherHeaders | undefined;

  constructor(
    readonly url: string,
    readonly status: number,
    private readonly rawHeaders: Record<string, string | string[] | undefined>,
    private readonly bodyText: string,
  ) {}

  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  get statusText() {
    return String(this.status);
  }
  get headers() {
    return (this.cachedHeaders ??= toHeaders(this.rawHeaders));
  }
  async text() {
    this.bodyUsed = true;
    return this.bodyText;
  }
  async json() {
    this.bodyUsed = true;
    return JSON.parse(this.bodyText) as unknown;
  }
  async arrayBuffer() {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.bodyText, 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone() {
    return new SubgraphResponse(this.url, this.status, this.rawHeaders, this.bodyText);
  }
}

/**
 * A fetch-compatible function for the gateway that signs every subgraph request. The caller's id
 * and address travel in headers set by the data source; the signature covers them, the method,
 * the target, a fresh timestamp and nonce, and the exact body bytes sent. make-fetch-happen, the gateway's default, is the
 * gateway's main cost (see ../shared/notes/toolchain.md); undici with keep-alive is not.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agent = new Agent({
    connections: options.connections ?? 50,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const fetcher: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const body = typeof init.body === 'string' ? init.body : (init.body?.toString('utf8') ?? '');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
    const method = init.method ?? 'POST';
    Object.assign(
      headers,
      signRequest(options.signingSecret, {
        method,
        target: targetOf(url),
        body,
        caller: headers[signatureHeaders.userId] || null,
        clientAddress: headers[signatureHeaders.clientAddress] || null,
      }),
    );
    headers['content-type'] = 'application/json';
    const response = await request(url, {
      method: method as 'POST',
      headers,
      body,
      dispatcher: agent,
      signal: init.signal as AbortSignal | undefined,
    });
    const text = await response.body.text();
    return new SubgraphResponse(url, response.statusCode, response.headers, text);
  };
  return { fetcher, close: () => agent.close() };
}
