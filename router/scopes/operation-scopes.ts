import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { scopeResourceOfSubgraph } from '../../lib/auth/api-scopes';
import type { FieldSubgraphs } from './field-subgraphs';

const introspectionRoots = new Set(['__schema', '__type']);

/**
 * The first scope an operation needs that `granted` lacks, or null. Every selected field needs the
 * read scope of a subgraph that resolves it (any of them for a field several resolve alike), each
 * root mutation field the write scope of its subgraph. `__typename`, an entity's `id` (what
 * references are made of) and introspection need none. `@skip` and `@include` are not evaluated:
 * a field that might run needs its scope.
 */
export function firstMissingScope(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  granted: ReadonlySet<string>,
  subgraphs: FieldSubgraphs,
): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walked = new Set<string>();
  const writes = operation.operation === 'mutation';

  const needed = (owners: readonly string[], level: 'read' | 'write'): string | null => {
    if (!owners.length) return null;
    const scopes = owners.map((owner) => scopeResourceOfSubgraph(owner)[level]);
    return scopes.some((scope) => granted.has(scope)) ? null : scopes[0]!;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, root: boolean): string | null => {
    for (const selection of selectionSet.selections) {
      let missing: string | null = null;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename' || (root && introspectionRoots.has(name))) continue;
        if (name === 'id' && subgraphs.isEntity(parent.name)) continue;
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        missing = needed(subgraphs.of(parent.name, name), root && writes ? 'write' : 'read');
        const type = getNamedType(field.type);
        if (!missing && selection.selectionSet && isCompositeType(type)) {
          missing = walk(selection.selectionSet, type, false);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) missing = walk(selection.selectionSet, type, root);
      } else {
        const key = `${selection.name.value}:${root}`;
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (walked.has(key) || !fragment || !type || !isCompositeType(type)) continue;
        walked.add(key);
        missing = walk(fragment.selectionSet, type, root);
      }
      if (missing) return missing;
    }
    return null;
  };

  const rootType = schema.getRootType(operation.operation);
  return rootType ? walk(operation.selectionSet, rootType, true) : null;
}
