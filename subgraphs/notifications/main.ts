import { defaultPublicUrl } from '../../lib/public-url';
import { runSubgraphMain } from '../../lib/server/subgraph-main';
import { notificationsEnv } from './config';
import { buildNotificationsSubgraph } from './index';

runSubgraphMain({
  name: 'notifications',
  domain: 'notifications',
  env: notificationsEnv,
  port: (config) => config.NOTIFICATIONS_PORT,
  publishesEvents: true,
  build: (config, logger, bus) =>
    buildNotificationsSubgraph({
      databaseUrl: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      usersUrl: config.USERS_URL,
      projectsUrl: config.PROJECTS_URL,
      signingSecret: config.SUBGRAPH_SIGNING_SECRET,
      email: {
        smtpUrl: config.SMTP_URL,
        from: config.EMAIL_FROM,
        outboxDir: config.EMAIL_OUTBOX_DIR,
        publicUrl: config.PUBLIC_URL ?? defaultPublicUrl(config.HOST, config.ROUTER_PORT),
      },
      bus,
      logger,
    }),
});
