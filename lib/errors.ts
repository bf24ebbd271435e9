import { GraphQLError } from 'graphql';
import { isConcurrentWriteError } from './db/errors';

/** Every error code a client can see, in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/**
 * A domain error: thrown anywhere in a subgraph, turned into a GraphQL error with its code by
 * `toGraphQLError`. `field` is the path of the offending input, e.g. `input.email`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BadUserInput, message, { field, ...details });
export const unauthenticated = (message = 'You must be logged in.') => new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.Forbidden, message);
export const notFound = (what: string) => new AppError(ErrorCode.NotFound, `${what} not found.`);
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.Conflict, message, details);

/** The one mapping from domain errors to what a client sees; anything unexpected becomes opaque. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof AppError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  if (isConcurrentWriteError(error)) {
    return new GraphQLError('Something this change depends on was changed at the same time: reload and try again.', {
      extensions: { code: ErrorCode.Conflict },
    });
  }
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  return new GraphQLError('Internal server error.', { extensions: { code: ErrorCode.InternalServerError } });
}
