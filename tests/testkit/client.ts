import { request } from 'undici';

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: T | null; errors?: GraphQLErrorJson[]; extensions?: Record<string, unknown> };
}

/** Posts one GraphQL operation, as a browser or app would, and returns status, headers and body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.body.text();
  let body: GraphQLResponse<T>['body'];
  try {
    body = JSON.parse(text) as GraphQLResponse<T>['body'];
  } catch {
    throw new Error(`Non-JSON response (${response.statusCode}): ${text.slice(0, 200)}`);
  }
  return { status: response.statusCode, headers: response.headers, body };
}

/** A response as the router's client or the subgraph tier's `execute` returns it (the latter has no status). */
type AnyResponse<T> = Pick<GraphQLResponse<T>, 'body'> & { status?: number };

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<R extends AnyResponse<unknown>>(response: R): NonNullable<R['body']['data']> {
  if (response.body.errors?.length || !response.body.data) {
    throw new Error(
      `Expected success, got ${response.status ?? 'a response'}: ${JSON.stringify(response.body.errors)}`,
    );
  }
  return response.body.data as NonNullable<R['body']['data']>;
}

/** The first error's code and field, for `expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' })`. */
export function errorOf(response: AnyResponse<unknown>): { code?: string; field?: string; message: string } {
  const error = response.body.errors?.[0];
  if (!error) throw new Error(`Expected an error, got data: ${JSON.stringify(response.body.data)}`);
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}
