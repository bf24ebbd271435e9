import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode, requestErrorExtensions } from '../lib/errors';
import type { RateLimiter } from './rate-limit';
import type { RouterContext } from './signed-data-source';

/**
 * Anonymous mutations that hash a password or mint a session: they cost far more than a request
 * and are what an attacker would repeat. Aliases would let one request repeat them at the price of
 * one request, so an operation may carry at most one, and each sign-up counts against a budget of
 * its own per client address.
 */
export const credentialMutations: ReadonlySet<string> = new Set(['signUp', 'logIn', 'refreshSession']);

/** The root field names an operation selects, through inline fragments and fragment spreads. */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names: string[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

export function credentialMutationsPlugin(options: {
  rateLimiter: RateLimiter;
  signUpsPerWindow: number;
}): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const fields = rootFieldNames(document, operation).filter((name) => credentialMutations.has(name));
          if (fields.length > 1) {
            throw new GraphQLError(
              `An operation may carry one of ${[...credentialMutations].join(', ')} at most; it has ${fields.length}.`,
              {
                extensions: requestErrorExtensions(ErrorCode.GraphQLValidationFailed, { limit: 'credentialMutations' }),
              },
            );
          }
          if (!fields.includes('signUp')) return;
          const decision = await options.rateLimiter.hit(
            `sign-up:${contextValue.clientAddress ?? ''}`,
            options.signUpsPerWindow,
          );
          if (decision.allowed) return;
          const retryAfterSeconds = Math.max(1, Math.ceil(decision.resetMs / 1000));
          throw new GraphQLError('Too many sign-ups from this address; retry later.', {
            extensions: requestErrorExtensions(
              ErrorCode.TooManyRequests,
              { retryAfterSeconds },
              { headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
            ),
          });
        },
      };
    },
  };
}
