import { dataOf, graphql, type TestStack } from '../testkit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields it checks
export interface RestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** One call to /api/v1 on the stack's router; the body is read whole (JSON when it is some). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function rest<T = any>(
  stack: Pick<TestStack, 'routerUrl'>,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const url = path.startsWith('http')
    ? path
    : `${new URL(stack.routerUrl).origin}${path.startsWith('/api') ? '' : '/api/v1'}${path}`;
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: the text as it came.
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

/** The `Link` header as { rel: url }. */
export function linksOf(response: RestResponse): Record<string, string> {
  const header = response.headers.get('link') ?? '';
  return Object.fromEntries(
    [...header.matchAll(/<([^>]+)>;\s*rel="(\w+)"/g)].map((match) => [match[2]!, match[1]!] as const),
  );
}

export async function createSprint(stack: TestStack, token: string, projectId: string, name = 'Sprint 1') {
  const data = dataOf(
    await graphql<{ createSprint: { sprint: { id: string } } }>(
      stack.routerUrl,
      `
        mutation ($input: CreateSprintInput!) {
          createSprint(input: $input) {
            sprint {
              id
            }
          }
        }
      `,
      { input: { projectId, name, startDate: '2026-03-02', endDate: '2026-03-13' } },
      { token },
    ),
  );
  return data.createSprint.sprint;
}

/** A problem+json body's standard members, with the code. */
export const problemOf = (status: number, code: string) => ({
  type: `urn:workgraph:problem:${code.toLowerCase().replace(/_/g, '-')}`,
  title: expect.any(String),
  status,
  detail: expect.any(String),
  code,
});
