import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { entityQuery, entityQueryGroups, type EntityRequest } from './entity-query';

const schema = buildSchema(`
  type Query { node(id: ID!): Node }
  interface Node { id: ID! }
  type User implements Node { id: ID! name: String! }
  type WorkItem implements Node { id: ID! title: String! assignee: User labels(first: Int): [String!]! }
  type Subscription { changed(flag: Boolean): Event! }
  type Event { kind: String! workItem: WorkItem actor: User }
`);

/** The resolve infos graphql-js hands to the entity fields of `document`. */
function infosOf(document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo[] {
  const infos: GraphQLResolveInfo[] = [];
  const capture = (_source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    infos.push(info);
    return null;
  };
  void execute({
    schema,
    document: parse(document),
    variableValues: variables,
    rootValue: {},
    fieldResolver: (source, args, context, info) => {
      if (info.fieldName === 'changed') return { kind: 'x' };
      if (info.fieldName === 'kind') return 'x';
      return capture(source, args, context, info);
    },
  });
  return infos;
}

describe('entityQuery', () => {
  it('asks Query.node for each entity under its own alias, with the client selection and __typename everywhere', async () => {
    const infos = infosOf(
      `
      subscription ($first: Int, $unused: Boolean) { changed(flag: $unused) {
        kind
        workItem { ...Card assignee { name } }
        who: actor { name }
      } }
      fragment Card on WorkItem { heading: title labels(first: $first) }
      fragment Unused on User { id }
    `,
      { first: 2, unused: true },
    );
    const requests: EntityRequest[] = [
      { typename: 'WorkItem', id: 'W1', info: infos[0]! },
      { typename: 'User', id: 'U1', info: infos[1]! },
    ];
    const { query, variables } = entityQuery(requests);
    expect(variables).toEqual({ wgEntity0: 'W1', wgEntity1: 'U1', first: 2 });
    expect(query).toContain('query SubscriptionPayload($wgEntity0: ID!, $wgEntity1: ID!, $first: Int)');
    expect(query).toContain('wgEntity0: workItem(id: $wgEntity0)');
    expect(query).toContain('wgEntity1: node(id: $wgEntity1)');
    expect(query).toContain('... on WorkItem');
    expect(query).toContain('fragment Card on WorkItem');
    expect(query).not.toContain('Unused');
    expect(query).not.toContain('$unused');
    const reparsed = parse(query);
    expect(reparsed.definitions).toHaveLength(2);
    expect(query.match(/__typename/g)!.length).toBeGreaterThanOrEqual(5);
  });
});

describe('entityQueryGroups', () => {
  const request = (typename: string) => ({ typename, id: 'x', info: {} as GraphQLResolveInfo });

  it('lets nullable root fields share a query and gives each non-null one its own', () => {
    expect(entityQueryGroups([request('WorkItem'), request('User'), request('WorkItem'), request('Project')])).toEqual([
      [1, 3],
      [0],
      [2],
    ]);
    expect(entityQueryGroups([request('WorkItem')])).toEqual([[0]]);
  });
});
