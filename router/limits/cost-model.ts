import {
  Kind,
  isTypeDefinitionNode,
  isTypeExtensionNode,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
} from 'graphql';
import { sdlFields } from '../sdl-fields';
import { inputSizedLists } from './input-sized-lists';

/** What the schema declares about one field's cost (`@cost`, `@listSize` of the cost spec). */
export interface FieldCost {
  /** `@cost(weight:)`: what the field costs each time it is resolved (1 when not declared). */
  weight?: number;
  /** `@listSize(assumedSize:)`: the most items the list holds (when no slicing argument is given). */
  assumedSize?: number;
  /**
   * `@listSize(slicingArguments:)`: arguments whose value is the list's size (`first`); a path into an
   * input whose list's length is (`input.ids`, from `inputSizedLists`).
   */
  slicingArguments?: string[];
  /** `@listSize(sizedFields:)`: child fields the size applies to instead of this field (`edges`). */
  sizedFields?: string[];
}

/** Field costs by `Type.field`, as declared in the supergraph. */
export interface CostModel {
  fields: ReadonlyMap<string, FieldCost>;
  /**
   * Where the document puts `@cost` on something other than a field definition (a type, an argument,
   * an input field): the spec allows it, the estimate does not read it.
   */
  unread: readonly string[];
}

export const emptyCostModel: CostModel = { fields: new Map(), unread: [] };

const costSpec = /^https:\/\/specs\.apollo\.dev\/cost\/v\d+\.\d+$/;

/**
 * The names the cost spec's directives go by in this document: its `@link` may rename the feature
 * (`as:`) or import the directives under other names. Without a link, the plain names.
 */
function directiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = argumentsOf(link);
      if (typeof args.url !== 'string' || !costSpec.test(args.url)) continue;
      const feature = typeof args.as === 'string' ? args.as : 'cost';
      const names = { cost: feature, listSize: `${feature}__listSize` };
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        const { name, as } =
          typeof entry === 'string' ? { name: entry, as: entry } : (entry as { name?: string; as?: string });
        if (name === '@cost') names.cost = (as ?? name).slice(1);
        if (name === '@listSize') names.listSize = (as ?? name).slice(1);
      }
      return names;
    }
  }
  return { cost: 'cost', listSize: 'listSize' };
}

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
}

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

function fieldCost(field: FieldDefinitionNode, names: { cost: string; listSize: string }): FieldCost | null {
  const cost: FieldCost = {};
  for (const directive of field.directives ?? []) {
    const args = argumentsOf(directive);
    if (directive.name.value === names.cost && typeof args.weight === 'number') cost.weight = args.weight;
    if (directive.name.value === names.listSize) {
      if (typeof args.assumedSize === 'number') cost.assumedSize = args.assumedSize;
      const slicing = strings(args.slicingArguments);
      if (slicing?.length) cost.slicingArguments = slicing;
      const sized = strings(args.sizedFields);
      if (sized?.length) cost.sizedFields = sized;
    }
  }
  return Object.keys(cost).length ? cost : null;
}

/** The coordinates of the type, arguments and input fields a definition gives `@cost`. */
function costsOutsideFields(definition: DefinitionNode, cost: string): string[] {
  if (!isTypeDefinitionNode(definition) && !isTypeExtensionNode(definition)) return [];
  const type = definition.name.value;
  const weighted = (node: { directives?: readonly DirectiveNode[] }) =>
    (node.directives ?? []).some((directive) => directive.name.value === cost);
  const found = weighted(definition) ? [type] : [];
  for (const field of 'fields' in definition ? (definition.fields ?? []) : []) {
    if (field.kind === Kind.INPUT_VALUE_DEFINITION) {
      if (weighted(field)) found.push(`${type}.${field.name.value}`);
      continue;
    }
    for (const arg of (field.arguments ?? []).filter(weighted))
      found.push(`${type}.${field.name.value}(${arg.name.value}:)`);
  }
  return found;
}

/**
 * Reads `@cost` and `@listSize` from a supergraph (or any SDL) document. The router's API schema has
 * lost these composition directives, so the model is built from the supergraph SDL, once per schema.
 */
export function costModelOf(
  sdl: string | DocumentNode,
  sizedByInput: typeof inputSizedLists = inputSizedLists,
): CostModel {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const names = directiveNames(document);
  const fields = new Map<string, FieldCost>();
  const unread: string[] = [];
  for (const definition of document.definitions) unread.push(...costsOutsideFields(definition, names.cost));
  const coordinates = new Set<string>();
  for (const { coordinate, field } of sdlFields(document)) {
    coordinates.add(coordinate);
    const cost = fieldCost(field, names);
    if (cost) fields.set(coordinate, cost);
  }
  for (const [coordinate, { list, sizedFields, most }] of Object.entries(sizedByInput)) {
    if (!coordinates.has(coordinate)) continue;
    fields.set(coordinate, {
      ...fields.get(coordinate),
      assumedSize: most,
      slicingArguments: [list],
      sizedFields: [...sizedFields],
    });
  }
  return { fields, unread };
}

/** `costModelOf` remembering its last answer: the HTTP plugin and subscriptions share one per schema. */
export function costModelCache(): (sdl: string) => CostModel {
  let last: { sdl: string; model: CostModel } | null = null;
  return (sdl) => {
    if (last?.sdl !== sdl) last = { sdl, model: costModelOf(sdl) };
    return last.model;
  };
}
