import { issueAccessToken } from '../../../lib/auth/access-token';
import type { UsersContext } from '../context';
import type { AuthPayloadMapper, UserMapper } from '../mappers';
import { issueRefreshToken } from '../data/issue-refresh-token';

/** Access token plus refresh token for a user who just proved who they are. */
export async function sessionFor(
  context: UsersContext,
  user: UserMapper,
  now: Date,
  refreshToken?: string,
): Promise<AuthPayloadMapper> {
  const access = await issueAccessToken(context.auth.jwtSecret, user.id, context.auth.accessTokenTtlSeconds);
  context.signedInUserId = user.id;
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refreshToken ?? (await issueRefreshToken(context.prisma, user.id, now)),
    user,
  };
}
