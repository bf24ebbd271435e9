import { buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { aliasLimitRule } from './aliases';
import { analyzeCost } from './cost';
import { costModelOf, emptyCostModel } from './cost-model';
import { depthLimitRule } from './depth';

const schema = buildSchema(`
  type Query { me: User, users(first: Int, after: String): UserConnection }
  type User { id: ID!, name: String, friends(first: Int): UserConnection, best: User }
  type UserConnection { edges: [UserEdge!]!, totalCount: Int }
  type UserEdge { node: User! }
`);

const errorsOf = (query: string, rule: ReturnType<typeof depthLimitRule>) =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((error) => ({
    message: error.message,
    extensions: error.extensions,
  }));

describe('depth limit', () => {
  it('counts nested fields, through fragments, and ignores introspection', () => {
    expect(errorsOf('{ me { best { best { id } } } }', depthLimitRule(4))).toEqual([]);
    expect(errorsOf('{ me { best { best { best { id } } } } }', depthLimitRule(4))).toEqual([
      {
        message: 'The operation is nested 5 levels deep; the limit is 4.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', http: { status: 400 } },
      },
    ]);
    const viaFragment = 'query { me { ...F } } fragment F on User { best { best { best { id } } } }';
    expect(errorsOf(viaFragment, depthLimitRule(4))).toHaveLength(1);
    expect(
      errorsOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', depthLimitRule(2)),
    ).toEqual([]);
  });

  it('survives fragment cycles (reported by the standard rule)', () => {
    const cyclic = '{ me { ...A } } fragment A on User { best { ...B } } fragment B on User { best { ...A } }';
    expect(errorsOf(cyclic, depthLimitRule(10)).map((e) => e.message)).toEqual([
      expect.stringContaining('Cannot spread fragment "A" within itself'),
    ]);
  });
});

describe('alias limit', () => {
  it('counts aliases in the whole document', () => {
    expect(errorsOf('{ a: me { id } b: me { id } }', aliasLimitRule(2))).toEqual([]);
    expect(errorsOf('{ a: me { x: id } b: me { id } }', aliasLimitRule(2))).toEqual([
      {
        message: 'The document has 3 aliases; the limit is 2.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', http: { status: 400 } },
      },
    ]);
  });
});

describe('cost analysis', () => {
  // A supergraph-like SDL: the cost spec linked, a connection sliced by `first`, plain lists with
  // assumed sizes, a weighted field, a list of scalars and a list the schema gives no size.
  const sdl = `
    schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query }
    directive @link(url: String, as: String, import: [String]) repeatable on SCHEMA
    directive @cost(weight: Int!) on FIELD_DEFINITION
    directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
    type Query {
      me: User
      users(first: Int, after: String): UserConnection
        @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
      longPages(first: Int): UserConnection
        @listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 50, requireOneSlicingArgument: false)
    }
    type User {
      id: ID!
      name: String
      friends: [User!]! @listSize(assumedSize: 7)
      tags: [String!]! @listSize(assumedSize: 40)
      unsized: [User!]!
      report: String @cost(weight: 25)
    }
    type UserConnection { edges: [UserEdge!]!, totalCount: Int, pageInfo: PageInfo }
    type UserEdge { node: User! }
    type PageInfo { hasNextPage: Boolean }
  `;
  const schema = buildSchema(sdl);
  const model = costModelOf(sdl);
  const limits = { maxCost: 5000, maxPageSize: 100, defaultPageSize: 20 };
  const analyze = (query: string, variables?: Record<string, unknown>, costModel = model) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    return analyzeCost(schema, costModel, document, operation, variables, limits);
  };

  it('costs 1 per field', () => {
    expect(analyze('{ me { id name } }').cost).toBe(3);
    expect(analyze('{ __typename me { __typename id } }').cost).toBe(2);
  });

  it('multiplies what a plain list selects by its assumed size', () => {
    // me + friends + 7 × (id + name)
    expect(analyze('{ me { friends { id name } } }').cost).toBe(2 + 7 * 2);
    // nested lists multiply: 7 × (friends + 7 × (friends + 7 × id))
    expect(analyze('{ me { friends { friends { friends { id } } } } }').cost).toBe(2 + 7 + 49 + 343);
  });

  it('multiplies the edges of a connection by `first`, and counts totalCount and pageInfo once', () => {
    // users + totalCount + pageInfo + hasNextPage + edges + 10 × (node + id)
    expect(analyze('{ users(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id } } } }').cost).toBe(
      5 + 10 * 2,
    );
    expect(analyze('{ users(first: 10) { edges { node { friends { id } } } } }').cost).toBe(2 + 10 * 2 + 10 * 7);
  });

  it('takes the default page size for a connection without `first`, or its assumed size when declared', () => {
    expect(analyze('{ users { edges { node { id } } } }').cost).toBe(2 + 20 * 2);
    expect(analyze('{ longPages { edges { node { id } } } }').cost).toBe(2 + 50 * 2);
    expect(analyze('{ longPages(first: 3) { edges { node { id } } } }').cost).toBe(2 + 3 * 2);
  });

  it('counts a list of scalars as one field', () => {
    expect(analyze('{ me { tags } }').cost).toBe(2);
    expect(analyze('{ me { friends { tags } } }').cost).toBe(2 + 7);
  });

  it('charges the declared weight of a field, multiplied like any other field', () => {
    expect(analyze('{ me { report } }').cost).toBe(1 + 25);
    expect(analyze('{ me { friends { report } } }').cost).toBe(2 + 7 * 25);
  });

  it('counts a list without a declared size as a full page', () => {
    expect(analyze('{ me { unsized { id } } }').cost).toBe(2 + 100);
    expect(analyze('{ me { friends { id } } }', undefined, emptyCostModel).cost).toBe(2 + 100);
  });

  it('reads `first` from variables and their defaults', () => {
    const query = 'query($n: Int = 5) { users(first: $n) { edges { node { id } } } }';
    expect(analyze(query)).toMatchObject({ cost: 2 + 5 * 2, documentOnly: false, pageSizeViolation: null });
    expect(analyze(query, { n: 50 }).cost).toBe(2 + 50 * 2);
    expect(analyze('{ users(first: 5) { totalCount } }')).toMatchObject({ cost: 2, documentOnly: true });
  });

  it('names the path of a `first` above the maximum, literal or variable', () => {
    expect(analyze('{ users(first: 101) { totalCount } }').pageSizeViolation).toEqual({
      path: 'users',
      first: 101,
    });
    expect(
      analyze('query($n: Int) { me { f: friends { best: unsized { id } } } u: users(first: $n) { totalCount } }', {
        n: 1000,
      }).pageSizeViolation,
    ).toEqual({ path: 'u', first: 1000 });
  });

  it("follows fragments and inline fragments, a connection's edges included", () => {
    const query =
      '{ users(first: 2) { ...C } } fragment C on UserConnection { edges { ... on UserEdge { node { id } } } }';
    expect(analyze(query)).toMatchObject({ cost: 2 + 2 * 2, documentOnly: true });
  });
});

describe('cost model', () => {
  it('reads @listSize and @cost from field definitions, under the names the cost spec link gives them', () => {
    const model = costModelOf(`
      schema @link(url: "https://specs.apollo.dev/cost/v0.1", as: "price", import: [{ name: "@listSize", as: "@size" }]) {
        query: Query
      }
      type Query { a: [A!]! @size(assumedSize: 3) @price(weight: 4), b(first: Int): AConnection @size(slicingArguments: ["first"], sizedFields: ["edges"]) }
      extend type Query { c: [A!]! @listSize(assumedSize: 9) }
      interface I { list: [A!]! @size(assumedSize: 2) }
      type A { id: ID }
      type AConnection { edges: [A!]! }
    `);
    expect(Object.fromEntries(model.fields)).toEqual({
      'Query.a': { assumedSize: 3, weight: 4 },
      'Query.b': { slicingArguments: ['first'], sizedFields: ['edges'] },
      'I.list': { assumedSize: 2 },
    });
  });

  it("takes the spec's default names when the cost spec is linked without imports, and plain names without a link", () => {
    const linked = costModelOf(`
      schema @link(url: "https://specs.apollo.dev/cost/v0.1") { query: Query }
      type Query { a: [Int] @cost__listSize(assumedSize: 2) @cost(weight: 3) }
    `);
    expect(linked.fields.get('Query.a')).toEqual({ assumedSize: 2, weight: 3 });
    const plain = costModelOf('type Query { a: [Int] @listSize(assumedSize: 5) }');
    expect(plain.fields.get('Query.a')).toEqual({ assumedSize: 5 });
  });
});
