import { runSubgraphMain } from '../../lib/server/subgraph-main';
import { workItemsEnv } from './config';
import { buildWorkItemsSubgraph } from './index';

runSubgraphMain({
  name: 'work-items',
  domain: 'work_items',
  env: workItemsEnv,
  port: (config) => config.WORK_ITEMS_PORT,
  publishesEvents: true,
  build: (config, logger, bus) =>
    buildWorkItemsSubgraph({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      projectsUrl: config.PROJECTS_URL,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      bus,
      logger,
    }),
});
