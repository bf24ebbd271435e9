import { Agent, request } from 'undici';
import { AppError, ErrorCode } from '../errors';
import { signedPostHeaders } from '../signing';
import { serviceCaller } from '../viewer';

export interface ServiceClient {
  query<T>(query: string, variables: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Signed GraphQL calls from one subgraph to another, for checks a service must make itself (such as
 * "is this user in that organization"). They run as the calling service, never as an end user.
 */
export function createServiceClient(options: { url: string; signingSecret: string; caller: string }): ServiceClient {
  const { url, signingSecret } = options;
  const agent = new Agent({ connections: 16, keepAliveTimeout: 30_000 });
  return {
    async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const body = JSON.stringify({ query, variables });
      const response = await request(url, {
        method: 'POST',
        dispatcher: agent,
        headers: signedPostHeaders(signingSecret, url, body, serviceCaller(options.caller)),
        body,
      });
      const payload = (await response.body.json()) as { data?: T; errors?: { message: string }[] };
      if (response.statusCode !== 200 || payload.errors?.length || !payload.data) {
        throw new AppError(
          ErrorCode.InternalServerError,
          `Service call failed: ${payload.errors?.[0]?.message ?? response.statusCode}`,
        );
      }
      return payload.data;
    },
    close: () => agent.close(),
  };
}
