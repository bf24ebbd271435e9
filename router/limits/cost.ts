import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface CostLimits {
  maxCost: number;
  maxPageSize: number;
  defaultPageSize: number;
}

export interface PageSizeViolation {
  path: string;
  first: number;
}

export interface CostAnalysis {
  cost: number;
  /** The first `first` argument above the limit, with the field path it was given on. */
  pageSizeViolation: PageSizeViolation | null;
  /** False when a `first` came from a variable, so the result cannot be reused for the document alone. */
  documentOnly: boolean;
}

/**
 * Estimates the work an operation asks for: every field costs 1, multiplied by the `first` of each
 * enclosing field that takes a `first` argument (its default page size when omitted). Reads variables,
 * so it runs once the operation is resolved rather than as a validation rule.
 */
export function analyzeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: CostLimits,
): CostAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      variableDefaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
    }
  }
  const result: CostAnalysis = { cost: 0, pageSizeViolation: null, documentOnly: true };

  const firstValue = (node: ValueNode): unknown => {
    if (node.kind !== Kind.VARIABLE) return valueFromASTUntyped(node);
    result.documentOnly = false;
    const name = node.name.value;
    return variables && name in variables ? variables[name] : variableDefaults.get(name);
  };

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType | undefined,
    multiplier: number,
    path: string,
    visiting: Set<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parentType;
        walk(selection.selectionSet, type, multiplier, path, visiting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        walk(fragment.selectionSet, type, multiplier, path, visiting);
        visiting.delete(name);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      result.cost += multiplier;
      const fieldPath = path ? `${path}.${selection.alias?.value ?? name}` : (selection.alias?.value ?? name);
      const field =
        parentType && (isObjectType(parentType) || isInterfaceType(parentType))
          ? parentType.getFields()[name]
          : undefined;
      let childMultiplier = multiplier;
      if (field?.args.some((arg) => arg.name === 'first')) {
        const argument = selection.arguments?.find((arg) => arg.name.value === 'first');
        const given = argument ? firstValue(argument.value) : undefined;
        const first = typeof given === 'number' ? given : limits.defaultPageSize;
        if (first > limits.maxPageSize && !result.pageSizeViolation) {
          result.pageSizeViolation = { path: fieldPath, first };
        }
        childMultiplier = multiplier * Math.max(first, 1);
      }
      if (selection.selectionSet) {
        const childType = field ? (getNamedType(field.type) as GraphQLCompositeType) : undefined;
        walk(selection.selectionSet, childType, childMultiplier, fieldPath, visiting);
      }
    }
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  walk(operation.selectionSet, root ?? undefined, 1, '', new Set());
  return result;
}
