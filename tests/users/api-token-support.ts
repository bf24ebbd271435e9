import { dataOf, graphql, type TestStack } from '../testkit';

export const createApiTokenMutation = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken { id name prefix scopes createdAt expiresAt lastUsedAt lastUsedIp revokedAt }
  }
}`;

export const revokeApiTokenMutation = `mutation ($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) { apiToken { id revokedAt } }
}`;

export const apiTokensQuery = `query ($first: Int, $after: String, $includeRevoked: Boolean) {
  apiTokens(first: $first, after: $after, includeRevoked: $includeRevoked) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name prefix scopes createdAt expiresAt lastUsedAt lastUsedIp revokedAt } }
  }
}`;

export interface CreatedApiToken {
  /** The secret, `wg_pat_...`. */
  token: string;
  id: string;
}

/** A personal API token of the session's user, created through the router. */
export async function createApiToken(
  stack: Pick<TestStack, 'routerUrl'>,
  sessionToken: string,
  input: { name?: string; scopes: string[]; expiresAt?: string },
): Promise<CreatedApiToken> {
  const { createApiToken: created } = dataOf(
    await graphql(
      stack.routerUrl,
      createApiTokenMutation,
      { input: { name: 'test', ...input } },
      { token: sessionToken },
    ),
  );
  return { token: created.token, id: created.apiToken.id };
}
