import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

/** Which subgraphs resolve each field of the supergraph, read from its join directives. */
export interface FieldSubgraphs {
  /** The subgraph names that resolve `Type.field`; empty for a field the supergraph does not have. */
  of(typeName: string, fieldName: string): readonly string[];
  /** Whether the type is an entity (an object or interface with a key in some subgraph). */
  isEntity(typeName: string): boolean;
}

const argument = (directive: ConstDirectiveNode, name: string) =>
  directive.arguments?.find((arg) => arg.name.value === name)?.value;

const enumArgument = (directive: ConstDirectiveNode, name: string): string | undefined => {
  const value = argument(directive, name);
  return value?.kind === Kind.ENUM ? value.value : undefined;
};

const isTrue = (directive: ConstDirectiveNode, name: string) => {
  const value = argument(directive, name);
  return value?.kind === Kind.BOOLEAN && value.value;
};

const directivesNamed = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((directive) => directive.name.value === name);

/**
 * Built once per supergraph. A field with `@join__field` is resolved by the graphs it names (not
 * those where it is only `external`, nor an overridden one); a field without is resolved by every
 * graph its type is joined to (`@join__type`), as shareable value types such as `PageInfo` are.
 */
export function fieldSubgraphsOf(supergraphSdl: string): FieldSubgraphs {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const [graph] = directivesNamed(value, 'join__graph');
      const name = graph && argument(graph, 'name');
      if (name?.kind === Kind.STRING) graphNames.set(value.name.value, name.value);
    }
  }
  const nameOf = (graph: string | undefined) => (graph ? graphNames.get(graph) : undefined);

  const fields = new Map<string, readonly string[]>();
  const entities = new Set<string>();
  const typeDefinitions = document.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION,
  );
  for (const type of typeDefinitions) {
    const joins = directivesNamed(type, 'join__type');
    if (joins.some((join) => argument(join, 'key'))) entities.add(type.name.value);
    const typeGraphs = joins.flatMap((join) => nameOf(enumArgument(join, 'graph')) ?? []);
    for (const field of type.fields ?? []) {
      const fieldJoins = directivesNamed(field, 'join__field');
      const graphs = fieldJoins.length
        ? fieldJoins
            .filter((join) => !isTrue(join, 'external') && !isTrue(join, 'usedOverridden'))
            .flatMap((join) => nameOf(enumArgument(join, 'graph')) ?? [])
        : typeGraphs;
      fields.set(`${type.name.value}.${field.name.value}`, [...new Set(graphs)]);
    }
  }
  return {
    of: (typeName, fieldName) => fields.get(`${typeName}.${fieldName}`) ?? [],
    isEntity: (typeName) => entities.has(typeName),
  };
}
