import { z } from 'zod';
import { commonEnv, databaseEnv, httpUrl, port, redisEnv } from '../../lib/config';

export const sprintsEnv = commonEnv.extend({
  ...databaseEnv.shape,
  ...redisEnv.shape,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  SPRINTS_PORT: port(4004),
  HOST: z.string().min(1).default('127.0.0.1'),
  PROJECTS_URL: httpUrl.default('http://127.0.0.1:4002/graphql'),
  WORK_ITEMS_URL: httpUrl.default('http://127.0.0.1:4003/graphql'),
});

export type SprintsConfig = z.infer<typeof sprintsEnv>;
