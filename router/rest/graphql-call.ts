import type { ApolloServer } from '@apollo/server';
import type { RouterContext } from '../signed-data-source';
import { problemOfGraphQLErrors, locateField, type GraphQLErrorLike, type LocateField } from './graphql-problem';
import { ProblemError } from './problem';

export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLErrorLike[];
}

export interface OperationRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Runs an operation as a caller: the same gateway, plugins, limits and signed subgraph calls as /graphql. */
export type Executor = (request: OperationRequest, caller: RouterContext) => Promise<OperationResult>;

export function apolloExecutor(apollo: ApolloServer<RouterContext>): Executor {
  return async (request, caller) => {
    const response = await apollo.executeOperation(request, { contextValue: caller });
    return (response.body.kind === 'single' ? response.body.singleResult : {}) as OperationResult;
  };
}

/** The operation's data, or the problem of its first error. */
export async function runOperation<T>(
  execute: Executor,
  caller: RouterContext,
  query: string,
  variables: Record<string, unknown>,
  locate: LocateField = locateField,
): Promise<T> {
  const result = await execute({ query, variables }, caller);
  if (result.errors?.length || !result.data)
    throw new ProblemError(problemOfGraphQLErrors(result.errors ?? [], locate));
  return result.data as T;
}
