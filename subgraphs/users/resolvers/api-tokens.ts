import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../../lib/ids';
import { badInput } from '../../../lib/errors';
import { parsePage, toConnection } from '../../../lib/relay';
import { fetchDirection } from '../../../lib/keyset';
import { decodeTimeIdCursor, timeIdCursorOf } from '../../../lib/time-id-cursor';
import { apiScopes } from '../../../lib/auth/api-scopes';
import { newApiTokenSecret } from '../../../lib/auth/api-token-secret';
import type { ApiToken } from '../generated/prisma/client';
import type {
  ApiTokenConnectionResolvers,
  ApiTokenResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types';
import { selfId, type UsersContext } from '../context';
import { apiTokenCount, apiTokenPage, authenticateApiToken, insertApiToken, revokeApiToken } from '../data/api-tokens';
import { parseApiTokenInput } from '../rules/api-token-input';
import { viewerIdOf } from './viewer';

/** A token is its owner's alone: anyone else gets null, as for a token that does not exist. */
export async function visibleApiTokenById(context: UsersContext, id: string): Promise<ApiToken | null> {
  const token = await context.loaders.apiTokenById.load(id);
  return token && token.userId === selfId(context) ? token : null;
}

const scopeList = apiScopes.map(({ name, description }) => ({ name, description }));
const sha256Hex = /^[0-9a-f]{64}$/;

export const apiTokenQueries: Pick<QueryResolvers, 'apiTokens' | 'apiTokenScopes' | 'apiTokenCredential'> = {
  async apiTokens(_parent, args, context) {
    const userId = viewerIdOf(context);
    const page = parsePage(args);
    const includeRevoked = args.includeRevoked ?? false;
    const rows = await apiTokenPage(context.prisma, {
      userId,
      includeRevoked,
      after: decodeTimeIdCursor(page),
      take: page.take,
      direction: fetchDirection(page, 'DESC'),
    });
    for (const row of rows) context.loaders.apiTokenById.prime(row.id, row);
    return toConnection(
      rows,
      page,
      (row) => timeIdCursorOf(row.createdAt, row.id),
      () => apiTokenCount(context.prisma, userId, includeRevoked),
    );
  },

  apiTokenScopes: () => scopeList,

  async apiTokenCredential(_parent, { tokenHash, clientAddress }, context) {
    if (!sha256Hex.test(tokenHash)) throw badInput('tokenHash', 'tokenHash is 64 lowercase hexadecimal digits.');
    const found = await authenticateApiToken(context.prisma, tokenHash, clientAddress?.slice(0, 100) ?? null);
    return found && { tokenId: found.id, userId: found.userId, scopes: found.scopes, expiresAt: found.expiresAt };
  },
};

export const apiTokenMutations: Pick<MutationResolvers, 'createApiToken' | 'revokeApiToken'> = {
  async createApiToken(_parent, { input }, context) {
    const userId = viewerIdOf(context);
    const parsed = parseApiTokenInput(input, new Date());
    const secret = newApiTokenSecret();
    const apiToken = await insertApiToken(context.prisma, userId, parsed, secret);
    context.loaders.apiTokenById.prime(apiToken.id, apiToken);
    return { token: secret.token, apiToken };
  },

  async revokeApiToken(_parent, { input }, context) {
    const userId = viewerIdOf(context);
    const id = fromGlobalId(input.id, 'ApiToken', 'input.id');
    const apiToken = await context.prisma.$transaction((tx) => revokeApiToken(tx, userId, id, new Date()));
    context.loaders.apiTokenById.clear(id).prime(id, apiToken);
    return { apiToken };
  },
};

export const apiToken: ApiTokenResolvers = {
  async __resolveReference(reference, context) {
    const decoded = decodeGlobalId(reference.id);
    return decoded?.type === 'ApiToken' ? visibleApiTokenById(context, decoded.id) : null;
  },
  id: (token) => toGlobalId('ApiToken', token.id),
};

export const apiTokenConnection: ApiTokenConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
