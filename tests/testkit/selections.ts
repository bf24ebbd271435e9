import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  type GraphQLCompositeType,
  type GraphQLField,
} from 'graphql';

/**
 * The arguments a generated selection passes a field, or null for a field taking arguments other
 * than a page's: what to pass them (a range, a forecast's inputs) is not for a generator to invent.
 */
export function pageArgumentsOf(field: GraphQLField<unknown, unknown>): string | null {
  if (field.args.some((arg) => arg.name !== 'first' && arg.name !== 'after')) return null;
  return field.args.some((arg) => arg.name === 'first') ? '(first: 3)' : '';
}

export interface SelectionLimits {
  /** Object levels below the type; connections and their edges do not count. */
  levels: number;
  /** Selection sets below the type, connections included (the router allows 12 in a whole operation). */
  maxNesting: number;
  /** Which fields to take; every one by default. */
  pick?: (field: GraphQLField<unknown, unknown>) => boolean;
}

/**
 * A selection of the type's fields readable without invented arguments. Each type is expanded once
 * per selection (`expanded`): a field's coordinate is what tests check, not every path to it.
 */
export function generatedSelection(
  type: GraphQLCompositeType,
  limits: SelectionLimits,
  expanded = new Set<string>([type.name]),
  nesting = 0,
): string {
  if (isAbstractType(type) && !isInterfaceType(type)) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const args = pageArgumentsOf(field);
    if (args === null || (nesting === 0 && limits.pick && !limits.pick(field))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(`${field.name}${args}`);
      continue;
    }
    const levels = /(Connection|Edge)$/.test(named.name) ? limits.levels : limits.levels - 1;
    if (levels < 0 || nesting >= limits.maxNesting || expanded.has(named.name)) continue;
    expanded.add(named.name);
    parts.push(
      `${field.name}${args} { ${generatedSelection(named, { ...limits, levels, pick: undefined }, expanded, nesting + 1)} }`,
    );
  }
  return parts.join(' ');
}
