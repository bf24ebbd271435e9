import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import type { GraphQLResponse } from '../testkit';

/** The schema clients see: the composed supergraph without what is `@inaccessible`. */
export function apiSchema(): GraphQLSchema {
  return Supergraph.build(readFileSync(supergraphSdlPath, 'utf8')).apiSchema().toGraphQLJSSchema();
}

const pagination = ['first', 'after'];

/**
 * Every field of a type that needs no argument but pagination (`forecast` wants one of two), objects
 * by their `__typename`: a client selecting all it can, non-null fields included.
 */
export function everyField(schema: GraphQLSchema, typename: string): string {
  const type = schema.getType(typename);
  if (!isObjectType(type)) throw new Error(`${typename} is not an object type of the API schema`);
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => pagination.includes(arg.name)))
    .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`))
    .join(' ');
}

// The response extensions a client may read (docs/api.md); anything else is the gateway's inside.
const publicExtensions = ['cost'];

/** What a response shows beyond its data and errors that clients are not meant to see. */
export function internalExtensions(response: GraphQLResponse<unknown>): string[] {
  const extensions = (response.body as { extensions?: Record<string, unknown> }).extensions ?? {};
  return Object.keys(extensions).filter((key) => !publicExtensions.includes(key));
}
