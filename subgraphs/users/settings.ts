import { z } from 'zod';
import { commonEnv } from '../../lib/config';
import { defaultAccessTokenTtlSeconds, maxAccessTokenTtlSeconds } from '../../lib/auth/access-token';
import { defaultSignInLimits } from './auth/login-throttle';
import {
  defaultPasswordHashCost,
  maxPasswordHashCost,
  minPasswordHashCost,
  minProductionPasswordHashCost,
} from './auth/passwords';
import { defaultInvitationsPerDay } from './data/invitations';

/** The users subgraph's own variables, validated at start-up (production refuses the development secret). */
export const usersSettings = z
  .object({
    NODE_ENV: commonEnv.shape.NODE_ENV,
    /** Signs access tokens; the router verifies them with the same secret. */
    JWT_SECRET: commonEnv.shape.JWT_SECRET,
    ACCESS_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(maxAccessTokenTtlSeconds)
      .default(defaultAccessTokenTtlSeconds),
    SIGN_IN_ADDRESS_FREE_FAILURES: z.coerce.number().int().min(5).default(defaultSignInLimits.freeAddressFailures),
    SIGN_IN_ACCOUNT_FAILURE_CEILING: z.coerce.number().int().min(5).default(defaultSignInLimits.accountFailureCeiling),
    /** Invitation emails (new or sent again) an organization may send in 24 hours. */
    INVITATIONS_PER_ORGANIZATION_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(defaultInvitationsPerDay),
    /** log2 of scrypt's N for new password hashes; older hashes are upgraded at sign-in. */
    PASSWORD_HASH_COST: z.coerce
      .number()
      .int()
      .min(minPasswordHashCost)
      .max(maxPasswordHashCost)
      .default(defaultPasswordHashCost),
  })
  // Below the default only to make tests of many sign-ins cheaper: production refuses it.
  .refine(
    (settings) => settings.NODE_ENV !== 'production' || settings.PASSWORD_HASH_COST >= minProductionPasswordHashCost,
    {
      path: ['PASSWORD_HASH_COST'],
      message: `must be at least ${minProductionPasswordHashCost} in production`,
    },
  );
