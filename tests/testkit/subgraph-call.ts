import { request } from 'undici';
import { signedPostHeaders } from '../../lib/signing';
import type { GraphQLResponse } from './client';
import type { TestStack } from './stack';

/** Posts straight to one subgraph, signed as the router (a user id or null) or a service (`service:<name>`) would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
export async function callSubgraph<T = any>(
  stack: TestStack,
  subgraph: keyof TestStack['subgraphUrls'],
  query: string,
  variables: Record<string, unknown>,
  caller: string | null,
): Promise<GraphQLResponse<T>['body']> {
  const url = stack.subgraphUrls[subgraph];
  const body = JSON.stringify({ query, variables });
  const response = await request(url, {
    method: 'POST',
    headers: signedPostHeaders(stack.signingSecret, url, body, caller),
    body,
  });
  return (await response.body.json()) as GraphQLResponse<T>['body'];
}
