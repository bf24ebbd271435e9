import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';

const nul = '\u0000';

function nulError(field: string): GraphQLError {
  return new GraphQLError(`"${field}" contains a NUL character (\\u0000), which no text field can hold.`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
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

function* literalsOf(document: DocumentNode): Generator<{ path: string; value: ValueNode }> {
  const stack: unknown[] = [document];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object' || !('kind' in node)) continue;
    const astNode = node as { kind: Kind } & Record<string, unknown>;
    if (astNode.kind === Kind.ARGUMENT) {
      const argument = astNode as unknown as { name: { value: string }; value: ValueNode };
      yield { path: argument.name.value, value: argument.value };
    } else if (astNode.kind === Kind.VARIABLE_DEFINITION) {
      const definition = astNode as unknown as { variable: { name: { value: string } }; defaultValue?: ValueNode };
      if (definition.defaultValue) yield { path: definition.variable.name.value, value: definition.defaultValue };
      continue;
    }
    for (const [key, child] of Object.entries(astNode))
      if (key !== 'loc' && typeof child === 'object') stack.push(child);
  }
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
