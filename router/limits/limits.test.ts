import { buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { aliasLimitRule } from './aliases';
import { analyzeCost, mutationWeight } from './cost';
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
  // assumed sizes, weighted fields, a union, mutations and a list the schema gives no size.
  const sdl = `
    schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query, mutation: Mutation }
    directive @link(url: String, as: String, import: [String]) repeatable on SCHEMA
    directive @cost(weight: Int!) on FIELD_DEFINITION
    directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
    type Query {
      me: User
      users(first: Int, after: String): UserConnection
        @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
      longPages(first: Int): UserConnection
        @listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 50, requireOneSlicingArgument: false)
      search: [Result!]! @listSize(assumedSize: 3)
    }
    type Mutation {
      rename(name: String!): User
      renameAll(names: [String!]!): [User!]! @listSize(assumedSize: 3)
      renameMany(input: RenameInput!): RenamePayload
    }
    input RenameInput { names: [String!]! }
    type RenamePayload { users: [User!]! @listSize(assumedSize: 1000) }
    enum Role { ADMIN MEMBER }
    type User {
      id: ID!
      name: String
      role: Role
      best: User
      friends: [User!]! @listSize(assumedSize: 7)
      tags: [String!]! @listSize(assumedSize: 40)
      scores: [Int!]! @listSize(assumedSize: 4) @cost(weight: 2)
      unsized: [User!]!
      report: String @cost(weight: 25)
      mentor: User @cost(weight: 5)
    }
    type Team { id: ID!, members: [User!]! @listSize(assumedSize: 4) }
    union Result = User | Team
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

  it("sizes a bulk mutation's payload lists by the list it was given, inline or in variables", () => {
    const sized = costModelOf(sdl, {
      'Mutation.renameMany': { list: 'input.names', sizedFields: ['users'], most: 50 },
    });
    const query = 'mutation($input: RenameInput!) { renameMany(input: $input) { users { id best { id } } } }';
    // 10 for the mutation, 1 for the payload, then each user and its best.
    expect(analyze(query, { input: { names: ['a', 'b', 'c'] } }, sized).cost).toBe(10 + 1 + 3 * 2);
    expect(analyze('mutation { renameMany(input: { names: ["a"] }) { users { id } } }', undefined, sized).cost).toBe(
      12,
    );
    // Not seeing the list (a variable not given), at the most the service takes; without the entry, at
    // the payload list's assumed size.
    expect(analyze(query, {}, sized).cost).toBe(10 + 1 + 50 * 2);
    expect(analyze(query, { input: { names: ['a'] } }).cost).toBe(10 + 1 + 1000 * 2);
  });

  it('counts 1 per object and nothing for scalars, enums and __typename', () => {
    expect(analyze('{ me { id name role } }').cost).toBe(1);
    expect(analyze('{ __typename me { __typename id } }').cost).toBe(1);
    // me, me.best, me.best.best
    expect(analyze('{ me { name best { name best { id } } } }').cost).toBe(3);
  });

  it('counts a plain list as its assumed size times (the element plus what it selects)', () => {
    // me, then 7 friends
    expect(analyze('{ me { friends { id name } } }').cost).toBe(1 + 7);
    // me, then 7 friends each with its best
    expect(analyze('{ me { friends { best { id } } } }').cost).toBe(1 + 7 * (1 + 1));
    // nested lists multiply: 7 friends, 49 friends of friends, 343 at the third level
    expect(analyze('{ me { friends { friends { friends { id } } } } }').cost).toBe(1 + 7 + 49 + 343);
  });

  it('counts a connection once and its edges by `first`, each edge with its node', () => {
    // users and pageInfo once, totalCount nothing, 10 × (edge + node)
    expect(analyze('{ users(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id } } } }').cost).toBe(
      2 + 10 * 2,
    );
    // 10 × (edge + node + 7 friends)
    expect(analyze('{ users(first: 10) { edges { node { friends { id } } } } }').cost).toBe(1 + 10 * (2 + 7));
    expect(analyze('{ users(first: 0) { edges { node { id } } } }').cost).toBe(1);
  });

  it('takes the default page size for a connection without `first`, or its assumed size when declared', () => {
    expect(analyze('{ users { edges { node { id } } } }').cost).toBe(1 + 20 * 2);
    expect(analyze('{ longPages { edges { node { id } } } }').cost).toBe(1 + 50 * 2);
    expect(analyze('{ longPages(first: 3) { edges { node { id } } } }').cost).toBe(1 + 3 * 2);
  });

  it('charges a declared weight in place of the default, each time the field can be resolved', () => {
    expect(analyze('{ me { report } }').cost).toBe(1 + 25);
    expect(analyze('{ me { friends { report } } }').cost).toBe(1 + 7 * (1 + 25));
    // the mentor costs 5 instead of 1, its best 1
    expect(analyze('{ me { mentor { best { id } } } }').cost).toBe(1 + 5 + 1);
    // a list of scalars costs nothing, unless weighted: 4 scores × 2
    expect(analyze('{ me { tags scores } }').cost).toBe(1 + 4 * 2);
  });

  it('counts every fragment of a union or interface, as if each matched', () => {
    // 3 results × (the result + a User's best + a Team's 4 members)
    expect(analyze('{ search { ... on User { best { id } } ... on Team { members { id } } } }').cost).toBe(
      3 * (1 + 1 + 4),
    );
  });

  it('adds the weight of a write to each root mutation field', () => {
    expect(analyze('mutation { rename(name: "a") { id } }').cost).toBe(mutationWeight + 1);
    expect(analyze('mutation { a: rename(name: "a") { id } b: rename(name: "b") { best { id } } }').cost).toBe(
      mutationWeight + 1 + mutationWeight + 2,
    );
    expect(analyze('mutation { renameAll(names: ["a"]) { id } }').cost).toBe(mutationWeight + 3);
    expect(analyze('mutation { ...M } fragment M on Mutation { rename(name: "a") { best { id } } }').cost).toBe(
      mutationWeight + 2,
    );
  });

  it('counts a list without a declared size as a full page', () => {
    expect(analyze('{ me { unsized { id } } }').cost).toBe(1 + 100);
    expect(analyze('{ me { friends { id } } }', undefined, emptyCostModel).cost).toBe(1 + 100);
  });

  it('reads `first` from variables and their defaults', () => {
    const query = 'query($n: Int = 5) { users(first: $n) { edges { node { id } } } }';
    expect(analyze(query)).toMatchObject({ cost: 1 + 5 * 2, documentOnly: false, pageSizeViolation: null });
    expect(analyze(query, { n: 50 }).cost).toBe(1 + 50 * 2);
    expect(analyze('{ users(first: 5) { totalCount } }')).toMatchObject({ cost: 1, documentOnly: true });
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
    expect(analyze(query)).toMatchObject({ cost: 1 + 2 * 2, documentOnly: true });
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

  it('lists the @cost it does not read: on types, arguments and input fields', () => {
    const model = costModelOf(`
      type Query { a(filter: Filter @cost(weight: 3), n: Int): A @cost(weight: 2) }
      extend type Query { b(x: Int @cost(weight: 1)): Int }
      type A @cost(weight: 4) { id: ID }
      input Filter { approx: Boolean @cost(weight: -1), exact: Boolean }
      scalar Json @cost(weight: 5)
    `);
    expect(model.fields.get('Query.a')).toEqual({ weight: 2 });
    expect(model.unread).toEqual(['Query.a(filter:)', 'Query.b(x:)', 'A', 'Filter.approx', 'Json']);
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
