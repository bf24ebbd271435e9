import { runSubgraphMain } from '../../lib/server/subgraph-main';
import { projectsEnv } from './config';
import { buildProjectsSubgraph } from './index';

runSubgraphMain({
  name: 'projects',
  domain: 'projects',
  env: projectsEnv,
  port: (config) => config.PROJECTS_PORT,
  publishesEvents: true,
  build: (config, logger, bus) =>
    buildProjectsSubgraph({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      usersUrl: config.USERS_URL,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      bus,
      logger,
    }),
});
