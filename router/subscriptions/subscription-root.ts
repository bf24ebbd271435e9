import { GraphQLError, Kind, OperationTypeNode, type ASTNode, type DocumentNode } from 'graphql';
import { ErrorCode } from '../../lib/errors';

/**
 * Errors for each subscription operation whose root is not exactly one field without directives.
 * The router authorizes the root field it reads, so that field must be the one that runs; the
 * GraphQL spec now forbids @skip/@include there, and graphql-js 16's SingleFieldSubscriptionsRule
 * throws (rather than reporting) on a root directive that reads a variable, so this runs first.
 */
export function subscriptionRootErrors(document: DocumentNode): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== OperationTypeNode.SUBSCRIPTION) {
      continue;
    }
    const [root, ...others] = definition.selectionSet.selections;
    if (root?.kind !== Kind.FIELD || others.length) {
      errors.push(refusal('A subscription selects exactly one root field, without fragments.', definition));
    } else if (root.directives?.length) {
      errors.push(refusal('The root field of a subscription cannot carry directives such as @skip or @include.', root));
    }
  }
  return errors;
}

const refusal = (message: string, node: ASTNode) =>
  new GraphQLError(message, { nodes: node, extensions: { code: ErrorCode.GraphQLValidationFailed } });

/** Whether a document holds a subscription operation. */
export const hasSubscription = (document: DocumentNode) =>
  document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION,
  );
