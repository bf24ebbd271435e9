import { z } from 'zod';
import { commonEnv, databaseEnv, redisEnv, port } from '../lib/config';

/** `npm start`: the whole supergraph in one process. */
export const startEnv = commonEnv
  .extend(databaseEnv.shape)
  .extend(redisEnv.shape)
  .extend({
    HOST: z.string().min(1).default('127.0.0.1'),
    ROUTER_PORT: port(4000),
    USERS_PORT: port(4001),
    PROJECTS_PORT: port(4002),
    WORK_ITEMS_PORT: port(4003),
    SPRINTS_PORT: port(4004),
    EMBEDDED_POSTGRES_DIR: z.string().optional(),
    EMBEDDED_POSTGRES_PORT: port(54329),
  });
