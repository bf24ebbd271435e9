import { isObjectType, parse, print, type ObjectTypeDefinitionNode } from 'graphql';
import { subgraphRegistry, subgraphSdl } from '../../subgraphs/registry';
import { apiSchema } from '../node/support';

const schema = apiSchema();
const registered = subgraphRegistry.flatMap((entry) => entry.nodeTypes.map((type) => type as string));

function objectTypesOf(sdl: string): Map<string, ObjectTypeDefinitionNode> {
  const definitions = parse(sdl).definitions;
  return new Map(
    definitions
      .filter((definition): definition is ObjectTypeDefinitionNode => definition.kind === 'ObjectTypeDefinition')
      .map((definition) => [definition.name.value, definition]),
  );
}

const isNodeEntity = (definition: ObjectTypeDefinitionNode | undefined) =>
  Boolean(
    definition?.interfaces?.some((entry) => entry.name.value === 'Node') &&
    definition.directives?.some((directive) => print(directive) === '@key(fields: "id")'),
  );

describe('Node', () => {
  it('is implemented by every object type of the API that has an id', () => {
    const withId = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields(),
    );
    expect(withId.length).toBeGreaterThan(1);
    const notNodes = withId.filter(
      (type) => isObjectType(type) && !type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(notNodes.map((type) => type.name)).toEqual([]);
  });

  it('has each of its types registered once, with the subgraph that owns it', () => {
    const implementations = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name);
    expect([...registered].sort()).toEqual([...implementations].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it.each(subgraphRegistry.map((entry) => [entry.name, entry] as const))(
    'is implemented, keyed by id, by each type the registry says %s owns',
    (_name, entry) => {
      const types = objectTypesOf(subgraphSdl(entry));
      expect(entry.nodeTypes.filter((type) => !isNodeEntity(types.get(type)))).toEqual([]);
    },
  );

  it('has a stub of every type in the users subgraph, which answers node(id)', () => {
    const users = objectTypesOf(subgraphSdl(subgraphRegistry.find((entry) => entry.name === 'users')!));
    expect(registered.filter((type) => !isNodeEntity(users.get(type)))).toEqual([]);
  });
});
