import { buildSchema } from 'graphql';
import { defaultLimits } from '../config';
import { costModelOf, emptyCostModel } from '../limits/cost-model';
import { DocumentCache, prepareOperation } from './prepare-operation';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { changed(projectId: ID!): Event!, mine: Event! }
  type Event { kind: String! items(first: Int): [String!]! }
`);
const limits = { ...defaultLimits, maxPageSize: 10 };
const subscription = 'subscription ($p: ID!) { changed(projectId: $p) { kind } }';

describe('prepareOperation', () => {
  it('reads the root field and its coerced arguments', () => {
    const prepared = prepareOperation(
      new DocumentCache(schema, limits),
      { query: subscription, variables: { p: 'P1' } },
      limits,
    );
    expect(prepared).toMatchObject({ fieldName: 'changed', args: { projectId: 'P1' }, variableValues: { p: 'P1' } });
  });

  it.each([
    ['a syntax error', 'subscription {', 'GRAPHQL_PARSE_FAILED', {}],
    ['an unknown field', 'subscription { nope }', 'GRAPHQL_VALIDATION_FAILED', {}],
    ['a missing variable', subscription, 'BAD_USER_INPUT', {}],
    ['a query', '{ ok }', 'BAD_REQUEST', {}],
  ])('refuses %s with its code', (_label, query, code, variables) => {
    const prepared = prepareOperation(new DocumentCache(schema, limits), { query, variables }, limits);
    expect(prepared).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
  });

  it.each([
    ['an operationName the document does not hold', 'no operation named "Other"', 'Other'],
    ['no operationName with several operations', 'name the one to run', undefined],
  ])('refuses %s as HTTP does, with OPERATION_RESOLUTION_FAILURE', (_label, message, operationName) => {
    const query = `subscription A { mine { kind } } subscription B { mine { kind } }`;
    const prepared = prepareOperation(new DocumentCache(schema, limits), { query, operationName }, limits);
    expect(prepared).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(message),
        extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
      }),
    ]);
  });

  it.each([
    [
      '@skip on the field that was authorized',
      'subscription ($p: ID!) { changed(projectId: $p) @skip(if: true) { kind } mine { kind } }',
    ],
    [
      '@include from a variable',
      'subscription ($p: ID!, $on: Boolean!) { changed(projectId: $p) @include(if: $on) { kind } }',
    ],
    ['@skip on the only field', 'subscription ($p: ID!) { changed(projectId: $p) @skip(if: false) { kind } }'],
    ['a fragment at the root', 'subscription ($p: ID!) { ... on Subscription { changed(projectId: $p) { kind } } }'],
  ])('refuses %s on the root field, so the field that runs is the one authorized', (_label, query) => {
    const prepared = prepareOperation(
      new DocumentCache(schema, limits),
      { query, variables: { p: 'P', on: true } },
      limits,
    );
    expect(prepared).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: expect.stringMatching(/BAD_REQUEST|GRAPHQL_VALIDATION_FAILED/) }),
      }),
    ]);
  });

  it('names the variable path of a bad variable', () => {
    const prepared = prepareOperation(
      new DocumentCache(schema, limits),
      { query: subscription, variables: { p: {} } },
      limits,
    );
    expect(prepared).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'p' }) }),
    ]);
  });

  it('applies the page-size limit with the variables given', () => {
    const query = 'subscription ($p: ID!, $n: Int) { changed(projectId: $p) { items(first: $n) } }';
    const prepared = prepareOperation(
      new DocumentCache(schema, limits),
      { query, variables: { p: 'P', n: 11 } },
      limits,
    );
    expect(prepared).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ limit: 'pageSize' }) })]);
  });
});

describe('prepareOperation costs', () => {
  const sdl = `
    directive @listSize(assumedSize: Int) on FIELD_DEFINITION
    type Query { ok: Boolean }
    type Subscription { changed(projectId: ID!): Event! }
    type Event { kind: String! item: Item! }
    type Item { id: ID! related: [Item!]! @listSize(assumedSize: 100) }
  `;
  const costed = buildSchema(sdl);
  const documents = new DocumentCache(costed, defaultLimits, costModelOf(sdl));

  it('refuses a selection whose lists the supergraph sizes beyond the cost limit, before subscribing', () => {
    // changed and item, then 100 related items, 100² at the second level, 100³ and 100⁴.
    const query =
      'subscription { changed(projectId: "P") { item { related { related { related { related { id } } } } } } }';
    expect(prepareOperation(documents, { query }, defaultLimits)).toEqual([
      expect.objectContaining({
        message: `The operation's estimated cost is ${2 + 100 + 100 ** 2 + 100 ** 3 + 100 ** 4}; the limit is ${defaultLimits.maxCost}.`,
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' }),
      }),
    ]);
    const cheap = 'subscription { changed(projectId: "P") { item { related { id } } } }';
    expect(prepareOperation(documents, { query: cheap }, defaultLimits)).toMatchObject({ fieldName: 'changed' });
  });
});

describe('DocumentCache', () => {
  it('parses a document once and evicts the least recently used beyond its size', () => {
    const cache = new DocumentCache(schema, limits, emptyCostModel, new Set(), 2);
    const other = (name: string) => `subscription { changed(projectId: "${name}") { kind } }`;
    const first = cache.get(subscription);
    expect(cache.get(subscription)).toBe(first);
    const a = cache.get(other('a'));
    cache.get(subscription);
    cache.get(other('b'));
    expect(cache.get(subscription)).toBe(first);
    expect(cache.get(other('a'))).not.toBe(a);
  });
});
