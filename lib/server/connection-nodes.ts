import { Kind, type DocumentNode, type FieldDefinitionNode, type GraphQLFieldResolver, type TypeNode } from 'graphql';

type FieldResolvers = Record<string, unknown>;
type ResolverMap = Record<string, FieldResolvers>;

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * Every connection type of the SDL with a `nodes` field (the `edges { node }` shortcut) gets a resolver
 * for it, unless the subgraph wrote one: it takes the edges as `edges` would give them (through the
 * type's own `edges` resolver when there is one) and each edge's node as `node` would (through the edge
 * type's `node` resolver when there is one), so both always answer the same items.
 */
export function withConnectionNodes<R extends object>(typeDefs: DocumentNode, resolvers: R): R {
  const map = { ...(resolvers as ResolverMap) };
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const fields = new Map<string, FieldDefinitionNode>((definition.fields ?? []).map((f) => [f.name.value, f]));
    const edgesField = fields.get('edges');
    if (!fields.has('nodes') || !edgesField) continue;
    const typeName = definition.name.value;
    const own = map[typeName] ?? {};
    if (own.nodes) continue;
    const edgesResolver = own.edges as GraphQLFieldResolver<unknown, unknown> | undefined;
    const nodeResolver = map[namedType(edgesField.type)]?.node as GraphQLFieldResolver<unknown, unknown> | undefined;
    const nodes: GraphQLFieldResolver<{ edges?: unknown }, unknown> = async (parent, _args, context, info) => {
      const edges = (edgesResolver ? await edgesResolver(parent, {}, context, info) : await parent.edges) as
        { node?: unknown }[] | null;
      return Promise.all(
        (edges ?? []).map((edge) => (nodeResolver ? nodeResolver(edge, {}, context, info) : edge.node)),
      );
    };
    map[typeName] = { ...own, nodes };
  }
  return map as R;
}
