import { Agent, request } from 'undici';
import { AppError, ErrorCode, serviceBusy } from '../errors';
import { signedPostHeaders } from '../signing';
import { serviceCaller, type Viewer } from '../viewer';

/** An error of a partial answer, as the other subgraph formatted it. */
export interface ServiceError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface ServiceClient {
  /** As the calling service: any error fails the call. */
  query<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  /**
   * As the person the router vouched for in the request being served, for answers that depend on
   * what that person may see (entity lookups). The answer comes back partial: an error about one
   * entity does not fail the others. Fails only when the service gives no GraphQL answer.
   */
  queryAsViewer<T>(
    viewer: Viewer,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data: T | null; errors: ServiceError[] }>;
  close(): Promise<void>;
}

/**
 * Signed GraphQL calls from one subgraph to another, for checks a service must make itself (such as
 * "is this user in that organization"). `query` runs as the calling service.
 *
 * `queryAsViewer` signs as the viewer instead. That grants nothing new: every subgraph holds the
 * signing secret already, and it passes on only the identity whose router signature the serving
 * subgraph has just verified (its context's viewer, never a user of its choosing), or a subscriber
 * whose access a scheduled job has just checked (the weekly dashboard report), so the person
 * learns no more than the router would tell them; the receiving subgraph applies that person's
 * visibility as for any router request (reference resolvers answer null or NOT_FOUND for what
 * they may not see). Signing such a call as the service would be wrong the other way round: a
 * service is nobody's viewer, so it sees no project's objects.
 *
 * `url` may be a function: `npm start` learns some subgraphs' URLs only after this one is built.
 */
export function createServiceClient(options: {
  url: string | (() => string);
  signingSecret: string;
  caller: string;
  /** Longest wait to connect, for the answer's headers, and between its body's chunks; undici's defaults without. */
  timeoutMs?: number;
}): ServiceClient {
  const { url, signingSecret, timeoutMs } = options;
  const urlNow = typeof url === 'function' ? url : () => url;
  const timeouts = timeoutMs ? { connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs } : {};
  const agent = new Agent({ connections: 16, keepAliveTimeout: 30_000, ...timeouts });

  async function post<T>(signedCaller: string, query: string, variables: Record<string, unknown>) {
    const body = JSON.stringify({ query, variables });
    const target = urlNow();
    const response = await request(target, {
      method: 'POST',
      dispatcher: agent,
      headers: signedPostHeaders(signingSecret, target, body, signedCaller),
      body,
    });
    const text = await response.body.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const payload =
      typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as { data?: T | null; errors?: ServiceError[] })
        : undefined;
    return { status: response.statusCode, payload };
  }

  // A peer that is only busy (its pool full, SERVICE_UNAVAILABLE or 503) makes this call busy too, so
  // the client learns to retry; anything else the peer answered is a fault of ours.
  const failed = (status: number, payload?: { errors?: ServiceError[] }) => {
    const first = payload?.errors?.[0];
    if (status === 503 || first?.extensions?.code === ErrorCode.ServiceUnavailable) {
      return serviceBusy();
    }
    return new AppError(ErrorCode.InternalServerError, `Service call failed: ${first?.message ?? status}`);
  };

  return {
    async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const { status, payload } = await post<T>(serviceCaller(options.caller), query, variables);
      if (status !== 200 || !payload || payload.errors?.length || !payload.data) throw failed(status, payload);
      return payload.data;
    },
    async queryAsViewer<T>(viewer: Viewer, query: string, variables: Record<string, unknown>) {
      const { status, payload } = await post<T>(viewer.userId, query, variables);
      if (status !== 200 || !payload || !('data' in payload)) throw failed(status, payload);
      return { data: payload.data ?? null, errors: Array.isArray(payload.errors) ? payload.errors : [] };
    },
    close: () => agent.close(),
  };
}
