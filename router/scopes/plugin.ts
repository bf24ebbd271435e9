import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, requestErrorExtensions } from '../../lib/errors';
import { rootFieldNames } from '../credential-mutations';
import type { RouterContext } from '../signed-data-source';
import type { FieldSubgraphs } from './field-subgraphs';
import { firstMissingScope } from './operation-scopes';

/** Mutations only a session may run: a leaked API token must not mint more. */
export const sessionOnlyMutations: ReadonlySet<string> = new Set(['createApiToken']);

/** 403 FORBIDDEN naming the scope, with RFC 6750's `insufficient_scope` challenge. */
export function missingScopeError(scope: string): GraphQLError {
  return new GraphQLError(`This API token lacks the ${scope} scope this operation needs.`, {
    extensions: requestErrorExtensions(
      ErrorCode.Forbidden,
      { requiredScope: scope },
      { headers: new HeaderMap([['www-authenticate', `Bearer error="insufficient_scope", scope="${scope}"`]]) },
    ),
  });
}

const sessionOnlyError = (field: string) =>
  new GraphQLError(`${field} needs a signed-in session: an API token cannot run it.`, {
    extensions: requestErrorExtensions(ErrorCode.Forbidden),
  });

/**
 * Refuses, before anything is planned, an operation of an API token that selects a field its scopes
 * do not open, or a session-only mutation. Sessions (no `apiToken` in the context) hold every scope.
 */
export function apiTokenScopesPlugin(subgraphs: FieldSubgraphs): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          const token = contextValue.apiToken;
          if (!token || !operation) return;
          if (operation.operation === 'mutation') {
            const refused = rootFieldNames(document, operation).find((name) => sessionOnlyMutations.has(name));
            if (refused) throw sessionOnlyError(refused);
          }
          const scope = firstMissingScope(schema, document, operation, token.scopes, subgraphs);
          if (scope) throw missingScopeError(scope);
        },
      };
    },
  };
}
