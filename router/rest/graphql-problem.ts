import { ErrorCode, isErrorCode } from '../../lib/errors';
import { problem, type FieldError, type Problem } from './problem';

export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Details of GraphQL errors a REST client may use too; anything else (stacks, services) is dropped. */
const keptExtensions = ['limit', 'used', 'reason', 'retryAfterSeconds'] as const;

/** Where a GraphQL input path was sent in the REST request. */
export type LocateField = (graphqlField: string) => Pick<FieldError, 'in' | 'field'>;

/**
 * `input.title` → `title` of the body: REST bodies are the mutation's input; pages' `first` or
 * `last` is the `limit` of the query string, and `after` or `before` its `cursor`.
 */
export const locateField: LocateField = (field) => {
  const last = field.split('.').at(-1);
  if (last === 'first' || last === 'last') return { in: 'query', field: 'limit' };
  if (last === 'after' || last === 'before') return { in: 'query', field: 'cursor' };
  return { in: 'body', field: field.replace(/^input\./, '') };
};

/**
 * The problem for a failed operation: the first error's code and message (already masked by the
 * router's formatError: INTERNAL_SERVER_ERROR never says more), its status, and for BAD_USER_INPUT
 * every input at fault.
 */
export function problemOfGraphQLErrors(
  errors: readonly GraphQLErrorLike[],
  locate: LocateField = locateField,
): Problem {
  const first = errors[0];
  const rawCode = first?.extensions?.code;
  const code = isErrorCode(rawCode) ? rawCode : ErrorCode.InternalServerError;
  const detail = code === ErrorCode.InternalServerError ? 'Internal server error.' : (first?.message ?? '');
  const extra = Object.fromEntries(
    keptExtensions.flatMap((key) => (first?.extensions?.[key] === undefined ? [] : [[key, first.extensions[key]]])),
  );
  const fieldErrors: FieldError[] =
    code === ErrorCode.BadUserInput
      ? errors.flatMap((error) =>
          error.extensions?.code === ErrorCode.BadUserInput && typeof error.extensions.field === 'string'
            ? [{ ...locate(error.extensions.field), message: error.message }]
            : [],
        )
      : [];
  return problem(code, detail, { errors: fieldErrors, extra });
}

/** locateField, but the GraphQL inputs `inPath` names are path parameters of the route. */
export const locateWith =
  (inPath: Record<string, string>): LocateField =>
  (field) => {
    const name = inPath[field];
    return name ? { in: 'path', field: name } : locateField(field);
  };
