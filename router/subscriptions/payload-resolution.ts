import DataLoader from 'dataloader';
import { GraphQLError, responsePathAsArray, type GraphQLFieldResolver, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../lib/errors';
import { entityQuery, entityQueryGroups, entityResultKey, type EntityRequest } from './entity-query';
import type { SupergraphExecutor, SupergraphResult } from './supergraph-executor';

const entityRefMark = Symbol('entityRef');
const payloadMark = Symbol('subscriptionPayload');

/** A payload field whose value is an object of the supergraph, fetched with the client's selection on delivery. */
export interface EntityRef {
  [entityRefMark]: { typename: string; id: string };
}

export function entityRef(typename: string, id: string): EntityRef {
  return { [entityRefMark]: { typename, id } };
}

function isEntityRef(value: unknown): value is EntityRef {
  return typeof value === 'object' && value !== null && entityRefMark in value;
}

/** A subscription payload for one subscriber and one event, with its own batch of entity fetches. */
export type Payload = Record<string, unknown> & { [payloadMark]: DataLoader<EntityRequest, unknown, string> };

/** What resolving one payload found: whether an object it points to came back missing or forbidden. */
export interface PayloadOutcome {
  missingObject: boolean;
}

/**
 * The payload object graphql-js executes the client's selection on. Entity fields of one delivery
 * are fetched together, as the subscriber, in one query through the router's gateway.
 */
export function subscriptionPayload(
  fields: Record<string, unknown>,
  userId: string,
  execute: SupergraphExecutor,
  outcome: PayloadOutcome,
): Payload {
  const fetch = (query: string, variables: Record<string, unknown>) => execute(userId, query, variables);
  const loader = new DataLoader<EntityRequest, unknown, string>((requests) => fetchEntities(requests, fetch, outcome), {
    cacheKeyFn: (request) => `${request.typename}:${request.id}:${responsePathAsArray(request.info.path).join('.')}`,
  });
  return Object.assign(Object.create(null) as object, fields, { [payloadMark]: loader }) as Payload;
}

// Errors the supergraph reported below a fetched object, by parent object and response key, so the
// field that failed fails in the subscriber's result too (instead of a bare null).
const nestedErrors = new WeakMap<object, Map<string, GraphQLFormattedError>>();

type Fetch = (query: string, variables: Record<string, unknown>) => Promise<SupergraphResult>;

async function fetchEntities(
  requests: readonly EntityRequest[],
  fetch: Fetch,
  outcome: PayloadOutcome,
): Promise<unknown[]> {
  const results: unknown[] = new Array(requests.length);
  await Promise.all(
    entityQueryGroups(requests).map(async (indexes) => {
      const values = await fetchGroup(
        indexes.map((index) => requests[index]!),
        fetch,
        outcome,
      );
      indexes.forEach((index, position) => (results[index] = values[position]));
    }),
  );
  return results;
}

async function fetchGroup(
  requests: readonly EntityRequest[],
  fetch: Fetch,
  outcome: PayloadOutcome,
): Promise<unknown[]> {
  const { query, variables } = entityQuery(requests);
  const result = await fetch(query, variables);
  const data = result.data ?? {};
  const rootErrors = new Map<string, GraphQLFormattedError>();
  for (const error of result.errors ?? []) {
    const path = error.path ?? [];
    if (path.length <= 1) {
      rootErrors.set(String(path[0] ?? ''), error);
      continue;
    }
    let parent: unknown = data;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[segment];
    if (typeof parent !== 'object' || parent === null) continue;
    let errors = nestedErrors.get(parent);
    if (!errors) nestedErrors.set(parent, (errors = new Map()));
    errors.set(String(path.at(-1)), error);
  }
  return requests.map((_request, index) => {
    const key = entityResultKey(index);
    const value = data[key];
    if (value != null) return value;
    const error = rootErrors.get(key) ?? (result.data ? undefined : result.errors?.[0]);
    const code = error?.extensions?.code;
    if (!error || code === ErrorCode.NotFound || code === ErrorCode.Forbidden) outcome.missingObject = true;
    // Deleted, or no longer visible to this subscriber: the field is null, as the schema describes.
    if (!error || code === ErrorCode.NotFound) return null;
    return asError(error);
  });
}

function asError(error: GraphQLFormattedError): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}

/**
 * Resolves fields of subscription payloads: payload fields by name (entity fields through the
 * delivery's batch), and fields of fetched objects by response key, since the supergraph answered
 * with the client's aliases.
 */
export const payloadFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
  if (typeof source !== 'object' || source === null) return undefined;
  const record = source as Record<string | symbol, unknown>;
  const loader = record[payloadMark] as Payload[typeof payloadMark] | undefined;
  if (loader) {
    const value = record[info.fieldName];
    if (!isEntityRef(value)) return value;
    const { typename, id } = value[entityRefMark];
    return loader.load({ typename, id, info });
  }
  const key = String(info.path.key);
  const value = record[key];
  if (value == null) {
    const error = nestedErrors.get(source)?.get(key);
    if (error) throw asError(error);
  }
  return value;
};
