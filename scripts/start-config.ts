import { z } from 'zod';
import { commonEnv, databaseEnv, redisEnv, port } from '../lib/config';
import { notificationsEnv } from '../subgraphs/notifications/config';
import { usersEnv } from '../subgraphs/users/config';

/** `npm start`: the whole supergraph in one process. */
export const startEnv = commonEnv
  .extend(databaseEnv.shape)
  .extend(redisEnv.shape)
  .extend(notificationsEnv.pick({ SMTP_URL: true, EMAIL_FROM: true, EMAIL_OUTBOX_DIR: true, PUBLIC_URL: true }).shape)
  .extend(usersEnv.pick({ SIGN_IN_ADDRESS_FREE_FAILURES: true, SIGN_IN_ACCOUNT_FAILURE_CEILING: true }).shape)
  .extend({
    HOST: z.string().min(1).default('127.0.0.1'),
    ROUTER_PORT: port(4000),
    USERS_PORT: port(4001),
    PROJECTS_PORT: port(4002),
    WORK_ITEMS_PORT: port(4003),
    SPRINTS_PORT: port(4004),
    NOTIFICATIONS_PORT: port(4005),
    EMBEDDED_POSTGRES_DIR: z.string().optional(),
    EMBEDDED_POSTGRES_PORT: port(54329),
  });
