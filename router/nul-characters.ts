import { GraphQLError, Kind, visit, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { ErrorCode, requestErrorExtensions } from '../lib/errors';

const nul = '\u0000';

function nulError(field: string): GraphQLError {
  return new GraphQLError(`"${field}" contains a NUL character (\\u0000), which no text field can hold.`, {
    extensions: requestErrorExtensions(ErrorCode.BadUserInput, { field }),
  });
}

function firstNulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(nul) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstNulInValue(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = key.includes(nul) ? `${path}.${key}` : firstNulInValue(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function firstNulInLiteral(node: ValueNode, path: string): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return node.value.includes(nul) ? path : null;
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = firstNulInLiteral(item, `${path}[${index}]`);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = firstNulInLiteral(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

function literalsOf(document: DocumentNode): { path: string; value: ValueNode }[] {
  const literals: { path: string; value: ValueNode }[] = [];
  visit(document, {
    Argument: (node) => void literals.push({ path: node.name.value, value: node.value }),
    VariableDefinition: (node) => {
      if (node.defaultValue) literals.push({ path: node.variable.name.value, value: node.defaultValue });
    },
  });
  return literals;
}

/**
 * PostgreSQL cannot store U+0000 in text, so a NUL that reached a subgraph failed mid-query as an
 * internal error. The router refuses it in any argument or variable, naming the input path.
 */
export function nulCharacterErrors(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError[] {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const found = variables ? firstNulInValue(variables[name], name) : null;
    if (found) return [nulError(found)];
  }
  for (const { path, value } of literalsOf(document)) {
    const found = firstNulInLiteral(value, path);
    if (found) return [nulError(found)];
  }
  return [];
}
