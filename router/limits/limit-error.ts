import { GraphQLError, type ASTNode } from 'graphql';

export type LimitName = 'depth' | 'aliases' | 'cost' | 'pageSize';

/**
 * Every query-shape limit fails the same way: code GRAPHQL_VALIDATION_FAILED, HTTP 400, and
 * `extensions.limit` naming the limit, so clients can tell them apart without parsing messages.
 */
export function limitError(limit: LimitName, message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } },
  });
}
