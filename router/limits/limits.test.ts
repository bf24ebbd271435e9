import { buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { aliasLimitRule } from './aliases';
import { analyzeCost } from './cost';
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
  const limits = { maxCost: 5000, maxPageSize: 100, defaultPageSize: 20 };
  const analyze = (query: string, variables?: Record<string, unknown>) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    return analyzeCost(schema, document, operation, variables, limits);
  };

  it('costs 1 per field, multiplied by enclosing `first`', () => {
    expect(analyze('{ me { id name } }').cost).toBe(3);
    // users(1) + 10 × (edges + node + id)
    expect(analyze('{ users(first: 10) { edges { node { id } } } }').cost).toBe(31);
    // without `first`, the default page size
    expect(analyze('{ users { edges { node { id } } } }').cost).toBe(61);
    expect(analyze('{ users(first: 10) { edges { node { friends(first: 10) { totalCount } } } } }').cost).toBe(
      1 + 10 * 3 + 100,
    );
    expect(analyze('{ __typename me { __typename id } }').cost).toBe(2);
  });

  it('reads `first` from variables and their defaults', () => {
    const query = 'query($n: Int = 5) { users(first: $n) { totalCount } }';
    expect(analyze(query)).toMatchObject({ cost: 6, documentOnly: false, pageSizeViolation: null });
    expect(analyze(query, { n: 50 }).cost).toBe(51);
  });

  it('names the path of a `first` above the maximum, literal or variable', () => {
    expect(analyze('{ me { friends(first: 101) { totalCount } } }').pageSizeViolation).toEqual({
      path: 'me.friends',
      first: 101,
    });
    expect(
      analyze(
        'query($n: Int) { me { f: friends(first: 1) { edges { node { friends(first: $n) { totalCount } } } } } }',
        {
          n: 1000,
        },
      ).pageSizeViolation,
    ).toEqual({ path: 'me.f.edges.node.friends', first: 1000 });
  });

  it('follows fragments and inline fragments', () => {
    const query =
      '{ users(first: 2) { ...C } } fragment C on UserConnection { edges { ... on UserEdge { node { id } } } }';
    expect(analyze(query)).toMatchObject({ cost: 1 + 2 * 3, documentOnly: true });
  });
});
