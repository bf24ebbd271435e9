import { runSubgraphMain } from '../../lib/server/subgraph-main';
import { usersEnv } from './config';
import { buildUsersSubgraph } from './index';

runSubgraphMain({
  name: 'users',
  domain: 'users',
  env: usersEnv,
  port: (config) => config.USERS_PORT,
  publishesEvents: true,
  build: (config, logger, bus) =>
    buildUsersSubgraph({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      jwtSecret: config.JWT_SECRET,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      signInLimits: {
        freeAddressFailures: config.SIGN_IN_ADDRESS_FREE_FAILURES,
        accountFailureCeiling: config.SIGN_IN_ACCOUNT_FAILURE_CEILING,
      },
      subgraphUrl: (owner) => config[owner.urlEnv],
      invitationsPerDay: config.INVITATIONS_PER_ORGANIZATION_PER_DAY,
      bus,
      logger,
    }),
});
