import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { RouterContext } from '../signed-data-source';

export interface SupergraphResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs an operation through the router's own gateway, as the given user: plans, limits and permissions apply. */
export type SupergraphExecutor = (
  userId: string,
  query: string,
  variables: Record<string, unknown>,
) => Promise<SupergraphResult>;

export function supergraphExecutor(apollo: ApolloServer<RouterContext>): SupergraphExecutor {
  return async (userId, query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { userId } });
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the router.');
    const { data, errors } = response.body.singleResult;
    return { data: data as Record<string, unknown> | null | undefined, errors };
  };
}
