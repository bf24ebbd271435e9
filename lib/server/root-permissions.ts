import type { GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddleware, type IMiddlewareGenerator } from 'graphql-middleware';

const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Applies graphql-shield rules to root fields only. Nested fields are guarded by the resolvers that
 * load them (access checks on every entity and connection); wrapping every field of every object in
 * a shield middleware as well cost a third of a 300-item board query. Middleware that guards
 * nested fields on purpose (the users subgraph's field visibility) is passed after the rules.
 */
export function withRootPermissions(
  schema: GraphQLSchema,
  permissions: IMiddlewareGenerator<unknown, unknown, unknown>,
  ...fieldMiddleware: IMiddleware[]
): GraphQLSchema {
  const middleware = permissions.generate(schema) as Record<string, unknown>;
  const roots = Object.fromEntries(Object.entries(middleware).filter(([type]) => rootTypes.has(type)));
  return applyMiddleware(schema, roots as IMiddleware, ...fieldMiddleware);
}
