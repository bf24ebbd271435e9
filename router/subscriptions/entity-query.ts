import {
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** An object of the supergraph that a subscription payload points to, resolved when it is delivered. */
export interface EntityRequest {
  typename: string;
  /** Its global ID, as `Query.node` takes it. */
  id: string;
  info: GraphQLResolveInfo;
}

/**
 * Entities with a root field of their own that answers from the owning subgraph directly; others go
 * through `Query.node`, which costs a hop to the users subgraph first.
 */
export const entityRootFields: Readonly<Record<string, { field: string; nullable: boolean }>> = {
  WorkItem: { field: 'workItem', nullable: false },
  Sprint: { field: 'sprint', nullable: false },
  Notification: { field: 'notification', nullable: false },
};

const rootFieldOf = (typename: string) => entityRootFields[typename] ?? { field: 'node', nullable: true };

const entityAlias = (index: number) => `wgEntity${index}`;
const typenameField: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * Which requests can share one query: a non-null root field that fails nulls the whole answer, so
 * each such request gets a query of its own; nullable ones share one.
 */
export function entityQueryGroups(requests: readonly EntityRequest[]): number[][] {
  const shared: number[] = [];
  const alone: number[][] = [];
  requests.forEach((request, index) => {
    if (rootFieldOf(request.typename).nullable) shared.push(index);
    else alone.push([index]);
  });
  return shared.length ? [shared, ...alone] : alone;
}

/**
 * One query that fetches every requested object by ID (its own root field, else `Query.node`), each under an alias, with
 * exactly the client's selection for that field (fragments and the variables they use included).
 * Every selection set also asks for `__typename`, so interfaces and unions resolve in the router.
 */
export function entityQuery(requests: readonly EntityRequest[]): { query: string; variables: Record<string, unknown> } {
  const { fragments, operation, variableValues } = requests[0]!.info;
  const selections: SelectionNode[] = requests.map((request, index) => ({
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: entityAlias(index) },
    name: { kind: Kind.NAME, value: rootFieldOf(request.typename).field },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'id' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: entityAlias(index) } },
      },
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: request.typename } },
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: request.info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
          },
        },
      ],
    },
  }));
  const root: SelectionSetNode = { kind: Kind.SELECTION_SET, selections };
  const usedFragments = fragmentsUsedBy(root, fragments);
  const usedVariables = new Set<string>();
  for (const node of [root, ...usedFragments]) {
    visit(node, { Variable: (variable) => void usedVariables.add(variable.name.value) });
  }
  const document: DocumentNode = withTypenames({
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        name: { kind: Kind.NAME, value: 'SubscriptionPayload' },
        variableDefinitions: [
          ...requests.map((_request, index) => ({
            kind: Kind.VARIABLE_DEFINITION as const,
            variable: { kind: Kind.VARIABLE as const, name: { kind: Kind.NAME as const, value: entityAlias(index) } },
            type: {
              kind: Kind.NON_NULL_TYPE as const,
              type: { kind: Kind.NAMED_TYPE as const, name: { kind: Kind.NAME as const, value: 'ID' } },
            },
          })),
          ...(operation.variableDefinitions ?? []).filter((definition) =>
            usedVariables.has(definition.variable.name.value),
          ),
        ],
        selectionSet: root,
      },
      ...usedFragments,
    ],
  });
  const variables: Record<string, unknown> = {};
  for (const name of usedVariables) {
    if (name in variableValues) variables[name] = variableValues[name];
  }
  requests.forEach((request, index) => (variables[entityAlias(index)] = request.id));
  return { query: print(document), variables };
}

export const entityResultKey = entityAlias;

function fragmentsUsedBy(
  root: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: (SelectionSetNode | FragmentDefinitionNode)[] = [root];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread: (spread) => {
        const name = spread.name.value;
        const fragment = fragments[name];
        if (fragment && !used.has(name)) {
          used.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...used.values()];
}

function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node) =>
      node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)
        ? undefined
        : { ...node, selections: [typenameField, ...node.selections] },
  });
}
