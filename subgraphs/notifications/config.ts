import { z } from 'zod';
import { commonEnv, databaseEnv, httpUrl, port, redisEnv } from '../../lib/config';

export const notificationsEnv = commonEnv.extend({
  ...databaseEnv.shape,
  ...redisEnv.shape,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  NOTIFICATIONS_PORT: port(4005),
  HOST: z.string().min(1).default('127.0.0.1'),
  USERS_URL: httpUrl.default('http://127.0.0.1:4001/graphql'),
  PROJECTS_URL: httpUrl.default('http://127.0.0.1:4002/graphql'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  EMAIL_FROM: z.string().min(3).default('Workgraph <notifications@workgraph.localhost>'),
  EMAIL_OUTBOX_DIR: z.string().min(1).default('.data/mail'),
  /** Where people reach the router, for links in emails; derived from HOST and ROUTER_PORT when unset. */
  PUBLIC_URL: httpUrl.optional(),
  ROUTER_PORT: port(4000),
});

export type NotificationsConfig = z.infer<typeof notificationsEnv>;
