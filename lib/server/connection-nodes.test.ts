import { graphql, parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { withConnectionNodes } from './connection-nodes';

const typeDefs = parse(`
  type Query { plain: ItemConnection! computed: ItemConnection! wrapped: WrappedConnection! own: ItemConnection! }
  type Item { name: String! }
  type ItemEdge { cursor: String! node: Item! }
  type ItemConnection { edges: [ItemEdge!]! nodes: [Item!]! }
  type WrappedEdge { cursor: String! node: Item! }
  type WrappedConnection { edges: [WrappedEdge!]! nodes: [Item!]! }
`);

const edgesOf = (...names: string[]) => names.map((name, i) => ({ cursor: String(i), node: { name } }));

async function run(resolvers: object, query: string) {
  const schema = buildSubgraphSchema({ typeDefs, resolvers: withConnectionNodes(typeDefs, resolvers) as never });
  const result = await graphql({ schema, source: query });
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, { nodes: { name: string }[]; edges?: { node: { name: string } }[] }>;
}

describe('withConnectionNodes', () => {
  it('answers nodes with the edges’ nodes, in order', async () => {
    const data = await run(
      { Query: { plain: () => ({ edges: edgesOf('a', 'b') }) } },
      '{ plain { nodes { name } edges { node { name } } } }',
    );
    expect(data.plain!.nodes).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(data.plain!.edges!.map((edge) => edge.node)).toEqual(data.plain!.nodes);
  });

  it('goes through the connection’s own edges resolver and the edge’s own node resolver', async () => {
    const data = await run(
      {
        Query: { computed: () => ({ names: ['x', 'y'] }), wrapped: () => ({ rows: ['p', 'q'] }) },
        ItemConnection: { edges: (parent: { names: string[] }) => Promise.resolve(edgesOf(...parent.names)) },
        WrappedConnection: { edges: (parent: { rows: string[] }) => parent.rows.map((row) => ({ cursor: row, row })) },
        WrappedEdge: { node: (edge: { row: string }) => ({ name: edge.row.toUpperCase() }) },
      },
      '{ computed { nodes { name } } wrapped { nodes { name } } }',
    );
    expect(data.computed!.nodes).toEqual([{ name: 'x' }, { name: 'y' }]);
    expect(data.wrapped!.nodes).toEqual([{ name: 'P' }, { name: 'Q' }]);
  });

  it('leaves a nodes resolver the subgraph wrote alone', async () => {
    const data = await run(
      { Query: { own: () => ({ edges: edgesOf('a') }) }, ItemConnection: { nodes: () => [{ name: 'written' }] } },
      '{ own { nodes { name } } }',
    );
    expect(data.own!.nodes).toEqual([{ name: 'written' }]);
  });
});
