import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { analyzeCost, type CostAnalysis, type CostLimits } from './cost';
import { limitError } from './limit-error';

/**
 * Enforces the cost and page-size limits once the operation is known, when variables are available.
 * Results that depend on the document alone are remembered per parsed document (Apollo reuses the
 * same DocumentNode for a cached query string).
 */
export function costLimitPlugin<TContext extends BaseContext>(limits: CostLimits): ApolloServerPlugin<TContext> {
  const byDocument = new WeakMap<DocumentNode, Map<string, CostAnalysis>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return;
          const key = operationName ?? '';
          let analysis = byDocument.get(document)?.get(key);
          if (!analysis) {
            analysis = analyzeCost(schema, document, operation, request.variables, limits);
            if (analysis.documentOnly) {
              let perOperation = byDocument.get(document);
              if (!perOperation) byDocument.set(document, (perOperation = new Map()));
              perOperation.set(key, analysis);
            }
          }
          const violation = analysis.pageSizeViolation;
          if (violation) {
            throw limitError(
              'pageSize',
              `\`first\` on ${violation.path} is ${violation.first}; it must be at most ${limits.maxPageSize}.`,
            );
          }
          if (analysis.cost > limits.maxCost) {
            throw limitError(
              'cost',
              `The operation's estimated cost is ${analysis.cost}; the limit is ${limits.maxCost}.`,
            );
          }
        },
      };
    },
  };
}
