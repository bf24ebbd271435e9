import type http from 'node:http';
import type { z } from 'zod';
import type { RouterContext } from '../signed-data-source';
import type { LocateField } from './graphql-problem';
import type { PageArgs, PageInfo } from './page-cursor';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** What a handler answers: the pipeline adds ETag (GET), stores it for Idempotency-Key (POST), and sends it. */
export interface RouteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext<Params, Query, Body> {
  params: Params;
  query: Query;
  body: Body;
  caller: RouterContext;
  url: URL;
  /** Runs one GraphQL operation through the router's gateway as the caller; a failure ends the request as a problem. */
  run<T>(query: string, variables: Record<string, unknown>, locate?: LocateField): Promise<T>;
  /**
   * `limit` and `cursor` of the query string as GraphQL page arguments (`page.variables`: `first` and
   * `after`, or `last` and `before`); for `paginated` routes.
   */
  page: PageArgs;
  /** A page of a connection (its `pageInfoFields` read) as the list body, with its `Link` header. */
  list<T>(connection: { edges: { node: T }[]; pageInfo: PageInfo; totalCount: number }): RouteResult;
}

/** The documented success response: a component schema, a page of them, or no body. */
export type SuccessSchema = { component: string } | { listOf: string } | { inline: Record<string, unknown> } | null;

type ZodObjectLike = z.ZodObject<z.ZodRawShape>;

/** One REST operation: what the OpenAPI document says of it, and how it answers. */
export interface RestRoute {
  method: HttpMethod;
  /** Under /api/v1, with `{name}` path parameters: `/projects/{projectId}`. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  params?: ZodObjectLike;
  query?: ZodObjectLike;
  body?: z.ZodType;
  /** Takes `limit` and `cursor` and answers a page with `Link` headers. */
  paginated?: boolean;
  success: { status: number; description: string; schema: SuccessSchema };
  /** Problem statuses beyond those every operation may answer (400, 401, 404, 429, 500, 503). */
  problems?: number[];
  /**
   * Answered by a raw handler of its own (the multipart upload: `body` documents its form), before
   * authentication: no body parsing, ETag or idempotency here.
   */
  raw?: boolean;
  handle(context: RouteContext<Record<string, string>, Record<string, unknown>, unknown>): Promise<RouteResult>;
}

/** A handler answering a `raw` route itself, by its operationId. */
export type RawHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>;

/** Route groups live in routes/, one file each, and list their resources' schemas beside their routes. */
export interface RouteGroup {
  tag: string;
  description: string;
  /** Component schemas of the resources the group answers with, by name. */
  schemas: Record<string, z.ZodType>;
  routes: RestRoute[];
}

/** Types a route's handler by its zod schemas, and erases them for the route table. */
export function defineRoute<
  P extends ZodObjectLike = ZodObjectLike,
  Q extends ZodObjectLike = ZodObjectLike,
  B extends z.ZodType = z.ZodType,
>(
  route: Omit<RestRoute, 'handle' | 'params' | 'query' | 'body'> & {
    params?: P;
    query?: Q;
    body?: B;
    handle(context: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<RouteResult>;
  },
): RestRoute {
  return route as unknown as RestRoute;
}
