import { GraphQLError, type ASTNode } from 'graphql';
import { ErrorCode, requestErrorExtensions } from '../../lib/errors';

export type LimitName = 'depth' | 'aliases' | 'cost' | 'pageSize';

/**
 * Every query-shape limit fails the same way: code GRAPHQL_VALIDATION_FAILED, HTTP 400, and
 * `extensions.limit` naming the limit, so clients can tell them apart without parsing messages.
 */
export function limitError(limit: LimitName, message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: requestErrorExtensions(ErrorCode.GraphQLValidationFailed, { limit }),
  });
}

/** The refusal of an operation whose estimated cost is above the limit. */
export function costError(cost: number, limits: { maxCost: number }): GraphQLError {
  return limitError('cost', `The operation's estimated cost is ${cost}; the limit is ${limits.maxCost}.`);
}

/** The refusal of a `first` above the largest page. */
export function pageSizeError(violation: { path: string; first: number }, limits: { maxPageSize: number }) {
  return limitError(
    'pageSize',
    `\`first\` on ${violation.path} is ${violation.first}; it must be at most ${limits.maxPageSize}.`,
  );
}
