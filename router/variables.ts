import {
  GraphQLError,
  coerceInputValue,
  isInputType,
  isNonNullType,
  print,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode, requestErrorExtensions } from '../lib/errors';
import { nulCharacterErrors } from './nul-characters';

/** More invalid values than this are not worth listing: the client has a bug to fix first. */
const maxErrors = 20;

const pathText = (path: readonly (string | number)[]) =>
  path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');

// coerceInputValue reports unknown and missing input fields at the path of their object.
const namedField = /^Field "([^"]+)" (?:is not defined by type|of required type)/;

function badVariable(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: requestErrorExtensions(ErrorCode.BadUserInput, { field }) });
}

/**
 * The operation's variables checked against their declared types, as graphql-js's
 * `getVariableValues` does, but each error names its input path in `extensions.field`
 * (`input.dueDate`, `input.labelIds[2]`), like the errors resolvers raise.
 */
export function variableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    if (errors.length >= maxErrors) break;
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    // Unknown or output types fail validation before variables are read.
    if (!type || !isInputType(type)) continue;
    const provided = !!variables && Object.prototype.hasOwnProperty.call(variables, name);
    const value = provided ? variables![name] : undefined;
    if (!provided || value === null) {
      if (isNonNullType(type) && !(definition.defaultValue && !provided)) {
        const problem = provided ? 'must not be null' : 'was not provided';
        errors.push(badVariable(name, `Variable "$${name}" of required type "${print(definition.type)}" ${problem}.`));
      }
      continue;
    }
    coerceInputValue(value, type, (path, _invalid, error) => {
      if (errors.length >= maxErrors) return;
      const unnamed = namedField.exec(error.message);
      const field = `${name}${pathText(path)}${unnamed ? `.${unnamed[1]}` : ''}`;
      errors.push(badVariable(field, `Variable "$${name}" has an invalid value at "${field}": ${error.message}`));
    });
  }
  return errors;
}

/** What HTTP and WebSocket both refuse in a request's input before it runs: bad variables first, then NUL characters. */
export function operationInputErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError[] {
  const invalid = variableErrors(schema, operation, variables);
  return invalid.length ? invalid : nulCharacterErrors(document, operation, variables);
}
