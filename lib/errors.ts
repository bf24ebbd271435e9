import { GraphQLError } from 'graphql';
import { isConcurrentWriteError, isDatabaseBusy } from './db/errors';

/**
 * Every error code a client can see, in `extensions.code`; the router turns any other code into
 * INTERNAL_SERVER_ERROR, and docs/api.md lists them all (a test checks both).
 */
export enum ErrorCode {
  /** A value of the request is not acceptable; `extensions.field` is its input path. */
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  /** The HTTP request itself is unusable: not JSON, too large, a malformed target. */
  BadRequest = 'BAD_REQUEST',
  GraphQLParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** The document does not fit the schema, or exceeds a limit (`extensions.limit`). */
  GraphQLValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** No operation of the document matches `operationName`. */
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query hash the router does not know yet: send the query text with it. */
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  /** A service the request needs cannot be reached. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** A subscriber fell too far behind its events: its subscription ended. */
  SubscriptionOverflow = 'SUBSCRIPTION_OVERFLOW',
  /** A subscription cannot resume from its `after` cursor: the events since are no longer all kept. */
  ResumeWindowPassed = 'RESUME_WINDOW_PASSED',
  /** Storing this would pass a quota (a project's files); `extensions.limit` and `extensions.used` say by how much. */
  QuotaExceeded = 'QUOTA_EXCEEDED',
}

/**
 * The HTTP status of a response that fails as a whole with this code: what the router's and the
 * subgraphs' HTTP layers answer, and `extensions.http.status` of the errors that end a request
 * before it runs. Errors raised while fields resolve answer 200 beside the data, whatever their
 * code. `null`: no response fails as a whole with this code (it only comes beside data, or on a
 * WebSocket). Exhaustive, so a new code cannot be added without deciding its status; docs/api.md's
 * HTTP column lists it (a test checks).
 */
export const httpStatusOf = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: null,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.InternalServerError]: 500,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.GraphQLParseFailed]: 400,
  [ErrorCode.GraphQLValidationFailed]: 400,
  [ErrorCode.OperationResolutionFailure]: 400,
  // Apollo's automatic persisted queries protocol: a 200 the client answers by sending the text.
  [ErrorCode.PersistedQueryNotFound]: 200,
  // A dependency of the whole request is down (the users service checking an API token); beside
  // data when only some fields' service is.
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.SubscriptionOverflow]: null,
  [ErrorCode.ResumeWindowPassed]: null,
  [ErrorCode.QuotaExceeded]: 413,
} as const satisfies Record<ErrorCode, number | null>;

/** The codes a whole HTTP response may fail with. */
export type HttpErrorCode = {
  [Code in ErrorCode]: (typeof httpStatusOf)[Code] extends number ? Code : never;
}[ErrorCode];

/**
 * The extensions of a GraphQL error that ends the whole request before it runs: its code, its
 * details, and `http` with the code's status (and any headers) for Apollo Server to answer with.
 */
export const requestErrorExtensions = (
  code: HttpErrorCode,
  details: Record<string, unknown> = {},
  http: { headers?: unknown } = {},
) => ({ code, ...details, http: { ...http, status: httpStatusOf[code] } });

const knownCodes = new Set<string>(Object.values(ErrorCode));

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && knownCodes.has(code);

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
/** A database or a service this one depends on has no room now: 503, and the client retries. */
export const serviceBusy = () =>
  new AppError(ErrorCode.ServiceUnavailable, 'The service is busy: try again in a moment.');

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
  if (isDatabaseBusy(error)) return toGraphQLError(serviceBusy());
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  return new GraphQLError('Internal server error.', { extensions: { code: ErrorCode.InternalServerError } });
}
