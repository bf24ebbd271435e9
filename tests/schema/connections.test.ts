import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
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

  it('are paged both ways: every field returning one takes first/after and last/before, sized by first or last', () => {
    const connectionNames = new Set(connections.map((connection) => connection.name));
    const fields = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => connectionNames.has(getNamedType(field.type).name))
          .map((field): [string, GraphQLField<unknown, unknown>] => [`${type.name}.${field.name}`, field]),
      );
    expect(fields.length).toBeGreaterThan(50);
    const oneWay = fields
      .filter(
        ([, field]) => !['first', 'after', 'last', 'before'].every((name) => field.args.some((a) => a.name === name)),
      )
      .map(([name]) => name);
    expect(oneWay).toEqual([]);
    const sizedOneWay = subgraphRegistry.flatMap((entry) =>
      [...subgraphSdl(entry).matchAll(/slicingArguments: \[([^\]]*)\]/g)]
        .map((match) => match[1]!)
        .filter((names) => names.includes('"first"') !== names.includes('"last"'))
        .map((names) => `${entry.name}: ${names}`),
    );
    expect(sizedOneWay).toEqual([]);
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
