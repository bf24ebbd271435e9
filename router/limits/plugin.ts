import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { analyzeCost, type CostAnalysis, type CostLimits } from './cost';
import { costModelOf, emptyCostModel, type CostModel } from './cost-model';
import { costError, pageSizeError } from './limit-error';

export interface CostLimitPluginOptions {
  /** The cost model of a supergraph SDL; pass a shared `costModelCache()` to build it once per schema. */
  costModelOf?: (supergraphSdl: string) => CostModel;
  /** The estimator, replaceable so tests can count how often it runs. */
  analyze?: typeof analyzeCost;
}

/**
 * Enforces the cost and page-size limits once the operation is known, when variables are available,
 * and answers the estimate in `extensions.cost` (`requested`, `limit`). The cost model is read from
 * the supergraph SDL whenever the gateway loads a schema. Results that depend on the document alone
 * are remembered per parsed document (Apollo reuses the same DocumentNode for a cached query string).
 */
export function costLimitPlugin<TContext extends BaseContext>(
  limits: CostLimits,
  options: CostLimitPluginOptions = {},
): ApolloServerPlugin<TContext> {
  const modelOf = options.costModelOf ?? costModelOf;
  const analyze = options.analyze ?? analyzeCost;
  let model = emptyCostModel;
  let byDocument = new WeakMap<DocumentNode, Map<string, CostAnalysis>>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          model = coreSupergraphSdl ? modelOf(coreSupergraphSdl) : emptyCostModel;
          byDocument = new WeakMap();
        },
      };
    },
    async requestDidStart() {
      let requested: number | null = null;
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return;
          const key = operationName ?? '';
          let analysis = byDocument.get(document)?.get(key);
          if (!analysis) {
            analysis = analyze(schema, model, document, operation, request.variables, limits);
            if (analysis.documentOnly) {
              let perOperation = byDocument.get(document);
              if (!perOperation) byDocument.set(document, (perOperation = new Map()));
              perOperation.set(key, analysis);
            }
          }
          requested = analysis.cost;
          if (analysis.pageSizeViolation) throw pageSizeError(analysis.pageSizeViolation, limits);
          if (analysis.cost > limits.maxCost) throw costError(analysis.cost, limits);
        },
        async willSendResponse({ response }) {
          if (requested === null || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          singleResult.extensions = {
            ...singleResult.extensions,
            cost: { requested, limit: limits.maxCost },
          };
        },
      };
    },
  };
}
