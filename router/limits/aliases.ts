import type { ASTVisitor, ValidationContext } from 'graphql';
import { limitError } from './limit-error';

/** Rejects documents with more than `maxAliases` aliased fields: aliases multiply work for free. */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              limitError('aliases', `The document has ${aliases} aliases; the limit is ${maxAliases}.`, document),
            );
          }
        },
      },
    };
  };
}
