import { defaultSignInLimits } from './auth/login-throttle';
import { z } from 'zod';
import { maxAccessTokenTtlSeconds } from '../../lib/auth/access-token';
import { commonEnv, databaseEnv, port, redisEnv } from '../../lib/config';
import { subgraphUrlEnv } from '../registry';
import { nodeOwnerEntries } from './node-owners';

/** The environment of the users subgraph when it runs on its own. */
export const usersEnv = commonEnv.extend({
  ...databaseEnv.shape,
  ...subgraphUrlEnv(nodeOwnerEntries),
  ...redisEnv.shape,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  USERS_PORT: port(4001),
  HOST: z.string().min(1).default('127.0.0.1'),
  SIGN_IN_ADDRESS_FREE_FAILURES: z.coerce.number().int().min(5).default(defaultSignInLimits.freeAddressFailures),
  SIGN_IN_ACCOUNT_FAILURE_CEILING: z.coerce.number().int().min(5).default(defaultSignInLimits.accountFailureCeiling),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(maxAccessTokenTtlSeconds)
    .default(15 * 60),
  /** Invitation emails (new or sent again) an organization may send in 24 hours. */
  INVITATIONS_PER_ORGANIZATION_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(50),
});

export type UsersConfig = z.infer<typeof usersEnv>;
