import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { CalendarDate } from '../lib/graphql-scalars';
import { variableErrors } from './variables';

const schema = buildSchema(`
  scalar Date
  input Filter { dueAfter: Date, labelIds: [ID!], nested: Nested }
  input Nested { count: Int! }
  input UpdateInput { id: ID!, version: Int!, filter: Filter }
  type Query { items(filter: Filter, first: Int): Int, update(input: UpdateInput!): Int }
`);
Object.assign(schema.getType('Date')!, {
  parseValue: CalendarDate.parseValue,
  parseLiteral: CalendarDate.parseLiteral,
});

const operationOf = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;
const fieldsOf = (query: string, variables?: Record<string, unknown>) =>
  variableErrors(schema, operationOf(query), variables).map((error) => error.extensions.field);

describe('variableErrors', () => {
  const update = 'query ($input: UpdateInput!) { update(input: $input) }';

  it('names the path of a value its scalar refuses', () => {
    expect(fieldsOf(update, { input: { id: '1', version: 1, filter: { dueAfter: '2026-02-30' } } })).toEqual([
      'input.filter.dueAfter',
    ]);
  });

  it('names list elements by index', () => {
    expect(fieldsOf(update, { input: { id: '1', version: 1, filter: { labelIds: ['a', null] } } })).toEqual([
      'input.filter.labelIds[1]',
    ]);
  });

  it('names unknown and missing input fields by their own name', () => {
    expect(fieldsOf(update, { input: { id: '1', versoin: 1 } })).toEqual(['input.version', 'input.versoin']);
    expect(fieldsOf(update, { input: { id: '1', version: 1, filter: { nested: {} } } })).toEqual([
      'input.filter.nested.count',
    ]);
  });

  it('names a required variable that is missing or null', () => {
    expect(fieldsOf(update, {})).toEqual(['input']);
    expect(fieldsOf(update, { input: null })).toEqual(['input']);
    expect(fieldsOf(update)).toEqual(['input']);
  });

  it('accepts what graphql-js accepts: defaults, nullable variables left out, valid values', () => {
    expect(fieldsOf('query ($first: Int = 5, $filter: Filter) { items(first: $first, filter: $filter) }', {})).toEqual(
      [],
    );
    expect(fieldsOf('query ($first: Int! = 5) { items(first: $first) }', {})).toEqual([]);
    expect(fieldsOf(update, { input: { id: 7, version: 2, filter: { dueAfter: '2026-02-28' } } })).toEqual([]);
  });

  it('answers 400 BAD_USER_INPUT with a message that names the path', () => {
    const [error] = variableErrors(schema, operationOf(update), { input: { id: '1', version: 'seven' } });
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.version', http: { status: 400 } });
    expect(error?.message).toBe(
      'Variable "$input" has an invalid value at "input.version": Int cannot represent non-integer value: "seven"',
    );
  });

  it('stops listing after twenty invalid values', () => {
    const labelIds = Array.from({ length: 500 }, () => null);
    expect(fieldsOf(update, { input: { id: '1', version: 1, filter: { labelIds } } })).toHaveLength(20);
  });
});
