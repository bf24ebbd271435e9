import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, requestErrorExtensions } from '../lib/errors';
import { missingOperationError } from './missing-operation';
import { operationInputErrors } from './variables';

/**
 * Client mistakes the gateway would otherwise meet mid-way: no operation matching `operationName`
 * (the gateway throws, answering 500) and variables of the wrong shape (the gateway answers them
 * without the field at fault), and NUL characters, which no subgraph can store. All become 400s
 * here, before the cost analysis or any planning.
 */
export function requestChecksPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            const error = missingOperationError(request.operationName);
            throw new GraphQLError(error.message, {
              extensions: requestErrorExtensions(ErrorCode.OperationResolutionFailure),
            });
          }
          const [first] = operationInputErrors(schema, document, operation, request.variables);
          if (first) throw first;
        },
      };
    },
  };
}
