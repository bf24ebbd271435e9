import { z } from 'zod';
import { commonEnv, databaseEnv, httpUrl, port, redisEnv } from '../../lib/config';

export const projectsEnv = commonEnv.extend({
  ...databaseEnv.shape,
  ...redisEnv.shape,
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  PROJECTS_PORT: port(4002),
  HOST: z.string().min(1).default('127.0.0.1'),
  USERS_URL: httpUrl.default('http://127.0.0.1:4001/graphql'),
});

export type ProjectsConfig = z.infer<typeof projectsEnv>;
