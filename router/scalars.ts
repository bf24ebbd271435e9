import { isScalarType, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { CalendarDate, DateTime } from '../lib/graphql-scalars';

const parsers: readonly GraphQLScalarType[] = [DateTime, CalendarDate];

/**
 * The supergraph knows custom scalars by name only, so the router would accept any value and leave
 * a subgraph to refuse it mid-plan. Giving the router's schema the subgraphs' own parsing makes an
 * impossible `Date` a 400 BAD_USER_INPUT (variables) or GRAPHQL_VALIDATION_FAILED (literals) before
 * anything is planned. Only input parsing is installed: results pass through as subgraphs sent them.
 */
export function installScalarParsers(schema: GraphQLSchema): void {
  for (const parser of parsers) {
    const type = schema.getType(parser.name);
    if (!type || !isScalarType(type)) continue;
    Object.assign(type, { parseValue: parser.parseValue, parseLiteral: parser.parseLiteral });
  }
}
