import { GraphQLError } from 'graphql';
import { ErrorCode } from '../lib/errors';

/** No operation of the document matches `operationName`: the same answer over HTTP and WebSocket. */
export function missingOperationError(operationName: string | null | undefined): GraphQLError {
  const message = operationName
    ? `The document has no operation named "${operationName}".`
    : 'The document holds several operations: name the one to run in `operationName`.';
  return new GraphQLError(message, { extensions: { code: ErrorCode.OperationResolutionFailure } });
}
