import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
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

/**
 * Estimates the worst case of an operation before it runs, from the sizes the supergraph declares:
 * - every field costs its `@cost` weight (1 by default) each time it can be resolved;
 * - a list multiplies what is selected inside it by its size: the value of its slicing argument
 *   (`first`) when given, else its `@listSize(assumedSize:)`, else `defaultPageSize`;
 * - with `sizedFields`, the size applies to those children instead (a connection's `edges`), so
 *   `totalCount` and `pageInfo` are counted once;
 * - a list of scalars or enums is one field: its values have nothing under them to multiply;
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

  const argumentValue = (selection: FieldNode, name: string): number | undefined => {
    const node: ValueNode | undefined = selection.arguments?.find((arg) => arg.name.value === name)?.value;
    if (!node) return undefined;
    let value: unknown;
    if (node.kind === Kind.VARIABLE) {
      result.documentOnly = false;
      const variable = node.name.value;
      value = variables && variable in variables ? variables[variable] : variableDefaults.get(variable);
    } else {
      value = valueFromASTUntyped(node);
    }
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

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType | undefined,
    multiplier: number,
    path: string,
    /** Sizes the parent field gives some of these fields (`sizedFields`). */
    sizedByParent: ReadonlyMap<string, number>,
    visiting: Set<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : parentType;
        walk(selection.selectionSet, type, multiplier, path, sizedByParent, visiting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        walk(fragment.selectionSet, type, multiplier, path, sizedByParent, visiting);
        visiting.delete(name);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const fieldPath = path ? `${path}.${selection.alias?.value ?? name}` : (selection.alias?.value ?? name);
      const field =
        parentType && (isObjectType(parentType) || isInterfaceType(parentType))
          ? parentType.getFields()[name]
          : undefined;
      const declared = parentType ? model.fields.get(`${parentType.name}.${name}`) : undefined;
      result.cost += (declared?.weight ?? 1) * multiplier;
      checkPageSize(selection, field, fieldPath);
      // A leaf (a list of scalars included) has nothing under it for a size to multiply.
      if (!selection.selectionSet) continue;
      const size = declaredSize(selection, declared);
      const childType = field ? (getNamedType(field.type) as GraphQLCompositeType) : undefined;
      let childMultiplier = multiplier;
      let sizedChildren: ReadonlyMap<string, number> = new Map();
      if (declared?.sizedFields) {
        sizedChildren = new Map(declared.sizedFields.map((child) => [child, size ?? limits.maxPageSize]));
      } else if (sizedByParent.has(name)) {
        childMultiplier *= Math.max(sizedByParent.get(name)!, 1);
      } else if (field && isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type))) {
        childMultiplier *= Math.max(size ?? limits.maxPageSize, 1);
      }
      walk(selection.selectionSet, childType, childMultiplier, fieldPath, sizedChildren, visiting);
    }
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  walk(operation.selectionSet, root ?? undefined, 1, '', new Map(), new Set());
  return result;
}
