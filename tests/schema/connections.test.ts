import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { subgraphRegistry, subgraphSdl } from '../../subgraphs/registry';
import { apiSchema } from '../node/support';

const schema = apiSchema();
const connections = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType =>
    isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields(),
);

describe('connections', () => {
  it('all offer nodes: a non-null list of the edges’ node type', () => {
    expect(connections.length).toBeGreaterThan(20);
    const wrong = connections.flatMap((connection) => {
      const fields = connection.getFields();
      const edge = getNamedType(fields.edges!.type) as GraphQLObjectType;
      const nodeType = getNamedType(edge.getFields().node!.type).name;
      const nodes = fields.nodes?.type;
      const ok =
        nodes &&
        isNonNullType(nodes) &&
        isListType(nodes.ofType) &&
        isNonNullType(nodes.ofType.ofType) &&
        getNamedType(nodes).name === nodeType;
      return ok ? [] : [connection.name];
    });
    expect(wrong).toEqual([]);
  });

  it('count nodes in the cost of every field that returns one, as they count edges', () => {
    const unsized = subgraphRegistry.flatMap((entry) =>
      [...subgraphSdl(entry).matchAll(/sizedFields: \[([^\]]*)\]/g)]
        .map((match) => match[1]!)
        .filter((fields) => fields.includes('"edges"') && !fields.includes('"nodes"'))
        .map((fields) => `${entry.name}: ${fields}`),
    );
    expect(unsized).toEqual([]);
  });
});
