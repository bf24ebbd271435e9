import type http from 'node:http';
import { ErrorCode } from '../../lib/errors';

/** One input at fault: where it was sent and its path there (`title`, `labelIds.2`). */
export interface FieldError {
  in: 'path' | 'query' | 'header' | 'body';
  field: string;
  message: string;
}

/** An RFC 9457 problem, with the GraphQL API's error code beside the standard members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  [detail: string]: unknown;
}

/** The status of a REST response failing with each code (the GraphQL API answers most of them beside data). */
export const restStatusOf: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.InternalServerError]: 500,
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.GraphQLParseFailed]: 400,
  [ErrorCode.GraphQLValidationFailed]: 400,
  [ErrorCode.OperationResolutionFailure]: 400,
  [ErrorCode.PersistedQueryNotFound]: 400,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.SubscriptionOverflow]: 500,
  [ErrorCode.ResumeWindowPassed]: 500,
  [ErrorCode.QuotaExceeded]: 413,
};

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** A stable, non-dereferenceable URI per code, as RFC 9457 allows; docs/rest/01-rest-api.md lists them. */
export const problemTypeOf = (code: ErrorCode) => `urn:workgraph:problem:${code.toLowerCase().replace(/_/g, '-')}`;

export function problem(
  code: ErrorCode,
  detail: string,
  options: { status?: number; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
): Problem {
  const status = options.status ?? restStatusOf[code];
  return {
    type: problemTypeOf(code),
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...(options.errors?.length ? { errors: options.errors } : {}),
    ...options.extra,
  };
}

/** Thrown by route handlers and the pipeline: the request ends with this problem (and headers). */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

export const fail = (...args: Parameters<typeof problem>) => new ProblemError(problem(...args));

export function sendProblem(res: http.ServerResponse, body: Problem, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(body.status, {
    ...headers,
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
