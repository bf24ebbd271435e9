import { z } from 'zod';
import { pageQuery } from './pagination';
import type { RestRoute, RouteGroup, SuccessSchema } from './route';
import { openApiPath, restBasePath } from './route-table';

type Json = Record<string, unknown>;

/** JSON Schema 2020-12 of what a client sends (`io: 'input'`), as OpenAPI 3.1 takes it. */
const jsonSchemaOf = (schema: z.ZodType): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
};

const problemSchema = {
  type: 'object',
  description: 'An RFC 9457 problem, with `code` from the same list as GraphQL errors (`extensions.code`).',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', description: '`urn:workgraph:problem:<code in kebab case>`.' },
    title: { type: 'string', description: "The status's name." },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, for people.' },
    code: { type: 'string', description: 'The error code, as GraphQL gives it (docs/api.md, Error codes).' },
    errors: {
      type: 'array',
      description: 'For BAD_USER_INPUT: every input at fault.',
      items: {
        type: 'object',
        required: ['in', 'field', 'message'],
        properties: {
          in: { type: 'string', enum: ['path', 'query', 'header', 'body'] },
          field: { type: 'string', description: 'Its path there: `title`, `labelIds.2`.' },
          message: { type: 'string' },
        },
      },
    },
  },
} satisfies Json;

/** The problems every operation may answer, and those routes add with `problems`. */
const problemResponses: Record<number, string> = {
  400: 'BAD_USER_INPUT (a value is not acceptable: `errors` names each) or BAD_REQUEST (the body is not JSON).',
  401: 'UNAUTHENTICATED: no access token, or an invalid or expired one.',
  403: 'FORBIDDEN: your role in the project does not allow this.',
  404: 'NOT_FOUND: it does not exist or you may not see it (the same answer for both).',
  409: 'CONFLICT: the change collides with the current state, or a request with this Idempotency-Key is still running.',
  413: 'BAD_REQUEST or QUOTA_EXCEEDED: the body is larger than allowed.',
  415: 'BAD_REQUEST: the body is not of the media type this operation takes.',
  422: 'BAD_USER_INPUT: this Idempotency-Key was used for a request with another body.',
  429: 'TOO_MANY_REQUESTS: over the rate limit; `Retry-After` says when to retry.',
  500: 'INTERNAL_SERVER_ERROR: a bug on our side; the details are in the server log.',
  503: 'SERVICE_UNAVAILABLE: a service the request needs cannot be reached; retry later.',
};
const everyOperation = [400, 401, 404, 429, 500, 503];

const rateLimitHeaders = {
  'ratelimit-limit': { $ref: '#/components/headers/RateLimitLimit' },
  'ratelimit-remaining': { $ref: '#/components/headers/RateLimitRemaining' },
  'ratelimit-reset': { $ref: '#/components/headers/RateLimitReset' },
};

function successContent(schema: SuccessSchema): Json | undefined {
  if (!schema) return undefined;
  if ('inline' in schema) return { 'application/json': { schema: schema.inline } };
  if ('component' in schema)
    return { 'application/json': { schema: { $ref: `#/components/schemas/${schema.component}` } } };
  return {
    'application/json': {
      schema: {
        type: 'object',
        required: ['items', 'totalCount'],
        properties: {
          items: { type: 'array', items: { $ref: `#/components/schemas/${schema.listOf}` } },
          totalCount: { type: 'integer', description: 'Items in the whole list, over every page.' },
        },
      },
    },
  };
}

function parametersOf(route: RestRoute): Json[] {
  const of = (where: 'path' | 'query', schema: z.ZodObject<z.ZodRawShape> | undefined) =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const { description, ...fieldSchema } = jsonSchemaOf(field as z.ZodType);
      return {
        name,
        in: where,
        required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        ...(description ? { description } : {}),
        schema: fieldSchema,
      };
    });
  const parameters: Json[] = [...of('path', route.params), ...of('query', route.query)];
  if (route.paginated)
    parameters.push({ $ref: '#/components/parameters/Limit' }, { $ref: '#/components/parameters/Cursor' });
  if (route.method === 'GET') parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });
  if (route.method === 'POST' && !route.raw) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (route.raw) {
    parameters.push({
      name: 'X-Workgraph-Token',
      in: 'header',
      required: true,
      description: 'Must be `no-check`: a header no HTML form can send, so no other site can post here.',
      schema: { type: 'string', const: 'no-check' },
    });
  }
  return parameters;
}

function operationOf(route: RestRoute, tag: string): Json {
  const successHeaders: Json = { ...rateLimitHeaders };
  if (route.method === 'GET') successHeaders.etag = { $ref: '#/components/headers/ETag' };
  if (route.paginated) successHeaders.link = { $ref: '#/components/headers/Link' };
  const responses: Json = {
    [route.success.status]: {
      description: route.success.description,
      headers: successHeaders,
      ...(successContent(route.success.schema) ? { content: successContent(route.success.schema) } : {}),
    },
  };
  if (route.method === 'GET')
    responses['304'] = { description: 'Not modified: `If-None-Match` holds the current ETag.' };
  const problems = new Set([...everyOperation, ...(route.problems ?? [])]);
  if (route.body && !route.raw) [413, 415].forEach((status) => problems.add(status));
  for (const status of [...problems].sort()) responses[status] = { $ref: `#/components/responses/Problem${status}` };
  const operation: Json = {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    tags: [tag],
    security: [{ bearerAuth: [] }],
    parameters: parametersOf(route),
    responses,
  };
  if (route.body) {
    operation.requestBody = {
      required: true,
      content: { [route.raw ? 'multipart/form-data' : 'application/json']: { schema: jsonSchemaOf(route.body) } },
    };
  }
  return operation;
}

const pathOf = (route: RestRoute) => `${restBasePath}${route.path}`;

/**
 * The OpenAPI 3.1 document of /api/v1: the route groups' operations and schemas, and sofa's
 * generated operations (their parameters and schemas as sofa made them) with the same problems,
 * headers and security added.
 */
export function openApiDocument(
  groups: readonly RouteGroup[],
  sofa: {
    group: RouteGroup;
    openApi: { paths: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } };
  },
): Json {
  const paths: Record<string, Json> = {
    [openApiPath]: {
      get: {
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        description:
          'The OpenAPI 3.1 document of this API. No token needed; browsers on the allowed origins (`CORS_ORIGINS`) may read it.',
        tags: ['Meta'],
        security: [],
        parameters: [{ $ref: '#/components/parameters/IfNoneMatch' }],
        responses: {
          200: {
            description: 'The document.',
            headers: { etag: { $ref: '#/components/headers/ETag' } },
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          304: { description: 'Not modified.' },
          429: { $ref: '#/components/responses/Problem429' },
        },
      },
    },
  };
  const schemas: Record<string, unknown> = { Problem: problemSchema };
  for (const group of groups) {
    for (const [name, schema] of Object.entries(group.schemas)) {
      if (schemas[name]) throw new Error(`Two schemas are named ${name}`);
      schemas[name] = jsonSchemaOf(schema);
    }
    for (const route of group.routes) {
      paths[pathOf(route)] = { ...paths[pathOf(route)], [route.method.toLowerCase()]: operationOf(route, group.tag) };
    }
  }
  // Sofa describes its Query type too; no operation answers with it.
  const { Query: _query, ...sofaSchemas } = sofa.openApi.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(sofaSchemas)) {
    if (schemas[name]) throw new Error(`A sofa schema is named like a route's: ${name}`);
    schemas[name] = schema;
  }
  for (const route of sofa.group.routes) {
    const generated = (sofa.openApi.paths[route.path] ?? sofa.openApi.paths[pathOf(route)])?.get as Json | undefined;
    if (!generated) throw new Error(`sofa made no operation for ${pathOf(route)}`);
    const ours = operationOf(route, sofa.group.tag);
    const generatedResponses = (generated.responses ?? {}) as Record<string, Json>;
    paths[pathOf(route)] = {
      get: {
        ...ours,
        parameters: [
          ...((generated.parameters as Json[] | undefined) ?? []),
          { $ref: '#/components/parameters/IfNoneMatch' },
        ],
        responses: {
          ...(ours.responses as Json),
          200: {
            ...generatedResponses['200'],
            description: route.success.description,
            headers: (ours.responses as Record<string, Json>)['200']!.headers,
          },
        },
      },
    };
  }
  const tags = [...groups, sofa.group].map((group) => ({ name: group.tag, description: group.description }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Workgraph REST API',
      version: '1.0.0',
      description:
        'The REST API beside GraphQL: the same people, permissions and limits, each call run as GraphQL operations through the router. docs/rest/01-rest-api.md is the guide.',
    },
    tags: [...tags, { name: 'Meta', description: 'About the API itself.' }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The access token of signUp, logIn or refreshSession, as for /graphql.',
        },
      },
      schemas,
      parameters: {
        Limit: {
          name: 'limit',
          in: 'query',
          required: false,
          description: pageQuery.shape.limit.description,
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        },
        Cursor: {
          name: 'cursor',
          in: 'query',
          required: false,
          description: pageQuery.shape.cursor.description,
          schema: { type: 'string' },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An ETag you have: 304 without a body while it is current.',
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A key of yours (1-255 visible ASCII characters, a UUID is best): the same key, from you, with the same body, within 24 hours answers the first answer again without running the request twice (`Idempotent-Replayed: true`). Another body: 422. While the first is running: 409.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      headers: {
        ETag: { description: 'A strong tag of this body: send it in `If-None-Match`.', schema: { type: 'string' } },
        Link: {
          description: 'RFC 8288 links to the `next`, `prev` and `first` pages, where there are some.',
          schema: { type: 'string' },
        },
        RateLimitLimit: {
          description: 'Requests allowed per window (the same budget as /graphql).',
          schema: { type: 'integer' },
        },
        RateLimitRemaining: { description: 'Requests left in this window.', schema: { type: 'integer' } },
        RateLimitReset: { description: 'Seconds until the window ends.', schema: { type: 'integer' } },
      },
      responses: Object.fromEntries(
        Object.entries(problemResponses)
          .map(([status, description]) => [
            `Problem${status}`,
            {
              description,
              headers:
                status === '429'
                  ? { 'retry-after': { description: 'Seconds to wait.', schema: { type: 'integer' } } }
                  : undefined,
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          ])
          .map(([name, response]) => [name, JSON.parse(JSON.stringify(response))]),
      ),
    },
  };
}
