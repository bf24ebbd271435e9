import { randomUUID } from 'node:crypto';
import { sign } from '@octokit/webhooks-methods';
import { request } from 'undici';
import { dataOf, graphql, type TestStack } from '../testkit';

/** A connection as the admin who made it sees it once: its URL and secret. */
export interface TestConnection {
  id: string;
  webhookUrl: string;
  secret: string;
}

export async function connectRepositoryHost(
  stack: TestStack,
  token: string,
  organizationId: string,
  provider: 'GITHUB' | 'GITLAB' = 'GITHUB',
): Promise<TestConnection> {
  const res = await graphql(
    stack.routerUrl,
    `
      mutation ($input: CreateVcsConnectionInput!) {
        createVcsConnection(input: $input) {
          connection {
            id
            webhookUrl
          }
          secret
        }
      }
    `,
    { input: { organizationId, provider, name: 'acme' } },
    { token },
  );
  const { connection, secret } = dataOf(res).createVcsConnection;
  return { id: connection.id, webhookUrl: connection.webhookUrl, secret };
}

export interface HookResponse {
  status: number;
  contentType: string | undefined;
  retryAfter: string | undefined;
  body: Record<string, unknown>;
}

/** POSTs raw bytes to the router's hook for a connection, as a host would. */
export async function postHook(
  stack: TestStack,
  connectionId: string,
  body: string,
  headers: Record<string, string>,
): Promise<HookResponse> {
  const response = await request(`${new URL(stack.routerUrl).origin}/hooks/vcs/${connectionId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    contentType: response.headers['content-type'] as string | undefined,
    retryAfter: response.headers['retry-after'] as string | undefined,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/** A GitHub delivery signed with the connection's secret (or a given signature), with a delivery id. */
export async function deliverGithub(
  stack: TestStack,
  connection: TestConnection,
  event: string,
  payload: unknown,
  options: { deliveryId?: string; signature?: string | null } = {},
): Promise<HookResponse> {
  const body = JSON.stringify(payload);
  const signature = options.signature === undefined ? await sign(connection.secret, body) : options.signature;
  return postHook(stack, connection.id, body, {
    'x-github-event': event,
    'x-github-delivery': options.deliveryId ?? randomUUID(),
    ...(signature ? { 'x-hub-signature-256': signature } : {}),
  });
}

/** A GitLab delivery carrying a token (the connection's secret unless given). */
export function deliverGitlab(
  stack: TestStack,
  connection: TestConnection,
  event: string,
  payload: unknown,
  options: { token?: string } = {},
): Promise<HookResponse> {
  return postHook(stack, connection.id, JSON.stringify(payload), {
    'x-gitlab-event': event,
    'x-gitlab-event-uuid': randomUUID(),
    'x-gitlab-token': options.token ?? connection.secret,
  });
}

export const githubRepository = { full_name: 'acme/shop', html_url: 'https://github.com/acme/shop' };

/** A GitHub `pull_request` payload. */
export function pullRequestPayload(fields: {
  number: number;
  title: string;
  body?: string;
  action?: string;
  merged?: boolean;
  branch?: string;
  sha?: string;
}) {
  const merged = fields.merged ?? false;
  const closed = fields.action === 'closed';
  return {
    action: fields.action ?? 'opened',
    repository: githubRepository,
    pull_request: {
      number: fields.number,
      html_url: `https://github.com/acme/shop/pull/${fields.number}`,
      title: fields.title,
      body: fields.body ?? null,
      state: closed ? 'closed' : 'open',
      merged,
      merged_at: merged ? '2026-03-02T10:00:00Z' : null,
      head: { ref: fields.branch ?? 'feature', sha: fields.sha ?? 'aaaaaaa1111111' },
    },
  };
}
