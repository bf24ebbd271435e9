import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { CostModel, FieldCost } from './cost-model';

export interface CostLimits {
  maxCost: number;
  maxPageSize: number;
  /** The size of a sliced list (a connection) called without its slicing argument. */
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
  /** False when a size came from a variable, so the result cannot be reused for the document alone. */
  documentOnly: boolean;
}

/** What each root mutation field adds for the write it stands for, besides the objects it returns. */
export const mutationWeight = 10;

/**
 * Estimates before it runs the most objects an operation can return (the type cost of the cost
 * spec, as Apollo Router's demand control computes it by default, and GitHub's node count):
 * - a field of an object, interface or union type costs 1 each time it can be resolved, a scalar or
 *   enum field 0; a field's `@cost(weight:)` takes the place of either;
 * - a list field costs its size times (its own cost plus what is selected inside each element); its
 *   size is the value of its slicing argument (`first`, or the length of a list such as `input.ids`) when given, else its
 *   `@listSize(assumedSize:)`, else `defaultPageSize` for a sliced field;
 * - with `sizedFields`, the size applies to those children instead (a connection's `edges`): the
 *   connection object and its `pageInfo` count once, `totalCount` nothing;
 * - each root mutation field adds `mutationWeight`;
 * - a list the schema gives no size counts as a full page (`maxPageSize`), and a test keeps the
 *   supergraph free of them.
 * Reads variables, so it runs once the operation is resolved rather than as a validation rule.
 */
export function analyzeCost(
  schema: GraphQLSchema,
  model: CostModel,
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

  /**
   * A size given by an argument: a number, or the length of a list. `input.ids` reads the `ids` of
   * the `input` argument, so a bulk mutation's payload is sized by the items it was given.
   */
  const argumentValue = (selection: FieldNode, name: string): number | undefined => {
    const [argument, ...path] = name.split('.');
    const node: ValueNode | undefined = selection.arguments?.find((arg) => arg.name.value === argument)?.value;
    if (!node) return undefined;
    let value: unknown;
    if (node.kind === Kind.VARIABLE) {
      result.documentOnly = false;
      const variable = node.name.value;
      value = variables && variable in variables ? variables[variable] : variableDefaults.get(variable);
    } else {
      if (path.length) result.documentOnly = false;
      value = valueFromASTUntyped(node, variables);
    }
    for (const key of path) {
      value =
        value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    if (Array.isArray(value)) return value.length;
    return typeof value === 'number' ? value : undefined;
  };

  /** The size of a list field as selected: its slicing arguments, else its assumed size. */
  const declaredSize = (selection: FieldNode, declared: FieldCost | undefined): number | undefined => {
    const sliced = (declared?.slicingArguments ?? [])
      .map((name) => argumentValue(selection, name))
      .filter((value): value is number => value !== undefined);
    if (sliced.length) return Math.max(...sliced);
    if (declared?.assumedSize !== undefined) return declared.assumedSize;
    return declared?.slicingArguments ? limits.defaultPageSize : undefined;
  };

  const checkPageSize = (selection: FieldNode, field: GraphQLField<unknown, unknown> | undefined, path: string) => {
    if (!field?.args.some((arg) => arg.name === 'first')) return;
    const first = argumentValue(selection, 'first');
    if (first !== undefined && first > limits.maxPageSize && !result.pageSizeViolation) {
      result.pageSizeViolation = { path, first };
    }
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const mutationRoot = operation.operation === 'mutation' ? root : null;

  const fieldCost = (
    selection: FieldNode,
    parentType: GraphQLCompositeType | undefined,
    path: string,
    /** The size the parent field gives this one (`sizedFields`). */
    sizedByParent: number | undefined,
    visiting: Set<string>,
  ): number => {
    const name = selection.name.value;
    if (name.startsWith('__')) return 0;
    const fieldPath = path ? `${path}.${selection.alias?.value ?? name}` : (selection.alias?.value ?? name);
    const field =
      parentType && (isObjectType(parentType) || isInterfaceType(parentType))
        ? parentType.getFields()[name]
        : undefined;
    const declared = parentType ? model.fields.get(`${parentType.name}.${name}`) : undefined;
    checkPageSize(selection, field, fieldPath);
    const size = declaredSize(selection, declared);
    const namedType = field ? getNamedType(field.type) : undefined;
    const composite = isCompositeType(namedType) ? namedType : undefined;
    const ownCost = declared?.weight ?? (composite ? 1 : 0);
    const count = field && isListType(getNullableType(field.type)) ? (sizedByParent ?? size ?? limits.maxPageSize) : 1;
    const sizedChildren = new Map((declared?.sizedFields ?? []).map((child) => [child, size ?? limits.maxPageSize]));
    const selected = selection.selectionSet
      ? selectionSetCost(selection.selectionSet, composite, fieldPath, sizedChildren, visiting)
      : 0;
    const base = parentType && parentType === mutationRoot ? mutationWeight : 0;
    return base + Math.max(count, 0) * (ownCost + selected);
  };

  const selectionSetCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType | undefined,
    path: string,
    sizedByParent: ReadonlyMap<string, number>,
    visiting: Set<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += fieldCost(selection, parentType, path, sizedByParent.get(selection.name.value), visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parentType;
        cost += selectionSetCost(selection.selectionSet, type, path, sizedByParent, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += selectionSetCost(fragment.selectionSet, type, path, sizedByParent, visiting);
        visiting.delete(name);
      }
    }
    return cost;
  };

  result.cost = selectionSetCost(operation.selectionSet, root ?? undefined, '', new Map(), new Set());
  return result;
}
