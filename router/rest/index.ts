import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../../lib/logger';
import type { CorsOrigins } from '../cors';
import type { CredentialVerifiers } from '../identity';
import type { RateLimiter } from '../rate-limit';
import type { Executor } from './graphql-call';
import { createIdempotencyStore } from './idempotency';
import { openApiDocument } from './openapi';
import { createRestApi } from './rest-api';
import type { RawHandler } from './route';
import { routeGroups } from './routes';
import { createSofaRoutes } from './sofa-routes';

export { restBasePath, openApiPath } from './route-table';
export { apolloExecutor } from './graphql-call';
export type { RestApi } from './rest-api';

/** Every route of /api/v1 and the OpenAPI document describing them, from the API schema. */
export function restApiDefinition(apiSchema: GraphQLSchema, execute: Executor) {
  const sofa = createSofaRoutes(apiSchema, execute);
  return {
    routes: [...routeGroups.flatMap((group) => group.routes), ...sofa.group.routes],
    document: openApiDocument(routeGroups, sofa),
  };
}

export interface RouterRestOptions {
  apiSchema: GraphQLSchema;
  execute: Executor;
  rawHandlers: Record<string, RawHandler>;
  credentials: CredentialVerifiers;
  trustProxyHops: number;
  rateLimiter: RateLimiter;
  apiTokenRateLimiter: RateLimiter;
  maxBodyBytes: number;
  corsOrigins: CorsOrigins;
  redisUrl?: string;
  redisKeyPrefix?: string;
  logger: Logger;
}

/** The router's /api/v1, its idempotency keys kept where its rate limits are (Redis or this process). */
export function createRouterRestApi(options: RouterRestOptions) {
  const { apiSchema, redisUrl, redisKeyPrefix, ...rest } = options;
  return createRestApi({
    ...rest,
    ...restApiDefinition(apiSchema, options.execute),
    idempotency: createIdempotencyStore({ redisUrl, keyPrefix: redisKeyPrefix }),
  });
}
