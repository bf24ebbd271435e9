import { z } from 'zod';
import { commonEnv, databaseEnv, httpUrl, port, redisEnv } from '../../lib/config';

export const workItemsEnv = commonEnv.extend({
  ...databaseEnv.shape,
  ...redisEnv.shape,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  WORK_ITEMS_PORT: port(4003),
  HOST: z.string().min(1).default('127.0.0.1'),
  PROJECTS_URL: httpUrl.default('http://127.0.0.1:4002/graphql'),
});

export type WorkItemsConfig = z.infer<typeof workItemsEnv>;
