import { z } from 'zod';
import { subgraphEntry, subgraphRegistry, subgraphUrlEnv, type SubgraphName } from '../../subgraphs/registry';
import { commonEnv, databaseEnv, httpUrl, port, redisEnv } from '../config';
import type { AnySubgraphDeclaration } from './define-subgraph';

/** A declaration's own settings as variables (its `settings` object's shape). */
export function settingsShape(declaration: AnySubgraphDeclaration): z.ZodRawShape {
  return declaration.settings instanceof z.ZodObject ? declaration.settings.shape : {};
}

/**
 * Every variable of one subgraph running alone (`npm run start:subgraph -- <name>`, a container),
 * derived from its registry line and declaration: the common ones, its port, the URL of each
 * subgraph it calls, and its own settings. Validated once at start-up.
 */
export function subgraphProcessEnv(declaration: AnySubgraphDeclaration) {
  const entry = subgraphEntry(declaration.name);
  const called = subgraphRegistry.filter((other) =>
    (declaration.calls as readonly SubgraphName[]).includes(other.name),
  );
  return commonEnv.extend({
    ...databaseEnv.shape,
    ...redisEnv.shape,
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
    HOST: z.string().min(1).default('127.0.0.1'),
    [entry.portEnv]: port(entry.defaultPort),
    ...subgraphUrlEnv(called),
    /** Where people reach the router, for links; derived from HOST and ROUTER_PORT when unset. */
    PUBLIC_URL: httpUrl.optional(),
    ROUTER_PORT: port(4000),
    ...settingsShape(declaration),
  });
}
