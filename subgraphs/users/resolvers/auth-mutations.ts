import { unauthenticated } from '../../../lib/errors';
import { assertSignInAllowed } from '../data/assert-sign-in-allowed';
import { recordSignInFailure } from '../data/record-sign-in-failure';
import { recordSignInSuccess } from '../data/record-sign-in-success';
import { revokeRefreshTokenFamily } from '../data/revoke-refresh-token-family';
import { rotateRefreshToken } from '../data/rotate-refresh-token';
import { sessionFor } from '../auth/sessions';
import { createUser, findUserByEmail, replacePasswordHash } from '../data/users';
import type { MutationResolvers } from '../generated/resolvers-types';
import { validateEmail, validateGivenPassword, validateName, validateNewPassword } from '../validation';

const invalidCredentials = () => unauthenticated('Invalid email or password.');
const invalidSession = () => unauthenticated('The session has expired or is not valid. Sign in again.');

export const authMutations: MutationResolvers = {
  async signUp(_parent, { input }, context) {
    const email = validateEmail(input.email, 'input.email');
    const password = validateNewPassword(input.password, 'input.password');
    const name = validateName(input.name, 'input.name');
    const user = await createUser(context.prisma, {
      email,
      name,
      passwordHash: await context.auth.passwords.hash(password),
    });
    return sessionFor(context, user, new Date());
  },

  async logIn(_parent, { input }, context) {
    const email = validateEmail(input.email, 'input.email');
    const password = validateGivenPassword(input.password, 'input.password');
    const attempt = { email, clientAddress: context.clientAddress };
    const { signInLimits } = context.auth;
    await assertSignInAllowed(context.prisma, attempt, signInLimits, new Date());
    const user = await findUserByEmail(context.prisma, email);
    const { passwords } = context.auth;
    const matches = await passwords.verify(password, user?.passwordHash ?? passwords.dummyHash);
    if (!user || !matches) {
      await recordSignInFailure(context.prisma, attempt, signInLimits, new Date());
      throw invalidCredentials();
    }
    if (passwords.needsRehash(user.passwordHash)) {
      await replacePasswordHash(context.prisma, user.id, user.passwordHash, await passwords.hash(password));
    }
    await recordSignInSuccess(context.prisma, attempt, new Date());
    return sessionFor(context, user, new Date());
  },

  async refreshSession(_parent, { input }, context) {
    const now = new Date();
    const outcome = await rotateRefreshToken(context.prisma, input.refreshToken, now);
    if (outcome.kind === 'reused') {
      context.logger.warn('refresh token reuse detected; session family revoked');
      throw unauthenticated('This refresh token was already used; the session has been ended. Sign in again.');
    }
    if (outcome.kind === 'invalid') throw invalidSession();
    const user = await context.loaders.userById.load(outcome.userId);
    if (!user) throw invalidSession();
    return sessionFor(context, user, now, outcome.refreshToken);
  },

  async logOut(_parent, { input }, context) {
    await revokeRefreshTokenFamily(context.prisma, input.refreshToken, new Date());
    return { success: true };
  },
};
