import { z } from 'zod';
import { commonEnv, databaseEnv, httpUrl, port, redisEnv } from '../lib/config';
import { settingsShape } from '../lib/server/subgraph-env';
import { allSubgraphDeclarations } from '../subgraphs/declarations';
import { subgraphRegistry } from '../subgraphs/registry';

const dynamicShape = (shape: z.ZodRawShape) => shape as Record<never, z.ZodType>;

/**
 * `npm start`: the whole supergraph in one process. Its variables are the common ones, a port per
 * subgraph of the registry, and every subgraph's own settings, all validated before anything starts.
 */
export const startEnv = commonEnv
  .extend(databaseEnv.shape)
  .extend(redisEnv.shape)
  // Named by the registry and the declarations, so unknown to the type: read them by name.
  .extend(dynamicShape(Object.assign({}, ...allSubgraphDeclarations().map(settingsShape))))
  .extend(dynamicShape(Object.fromEntries(subgraphRegistry.map((entry) => [entry.portEnv, port(entry.defaultPort)]))))
  .extend({
    HOST: z.string().min(1).default('127.0.0.1'),
    ROUTER_PORT: port(4000),
    /** Where people reach the router, for links in emails; this router's own address when unset. */
    PUBLIC_URL: httpUrl.optional(),
    EMBEDDED_POSTGRES_DIR: z.string().optional(),
    EMBEDDED_POSTGRES_PORT: port(54329),
  });

export type StartConfig = z.infer<typeof startEnv>;
