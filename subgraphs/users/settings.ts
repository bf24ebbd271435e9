import { z } from 'zod';
import { commonEnv } from '../../lib/config';
import { defaultAccessTokenTtlSeconds, maxAccessTokenTtlSeconds } from '../../lib/auth/access-token';
import { defaultSignInLimits } from './auth/login-throttle';
import { defaultInvitationsPerDay } from './data/invitations';

/** The users subgraph's own variables, validated at start-up (production refuses the development secret). */
export const usersSettings = z.object({
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
});
