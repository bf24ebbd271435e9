import { runSubgraphMain } from '../../lib/server/subgraph-main';
import { sprintsEnv } from './config';
import { buildSprintsSubgraph } from './index';

runSubgraphMain({
  name: 'sprints',
  domain: 'sprints',
  env: sprintsEnv,
  port: (config) => config.SPRINTS_PORT,
  publishesEvents: true,
  build: (config, logger, bus) =>
    buildSprintsSubgraph({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      projectsUrl: config.PROJECTS_URL,
      workItemsUrl: config.WORK_ITEMS_URL,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      bus,
      logger,
    }),
});
