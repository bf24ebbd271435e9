import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../lib/errors';
import type { Logger } from '../lib/logger';

const vanished = 'An object this answer refers to no longer exists or is not visible to you.';

/**
 * The gateway reports, in the response's top-level `extensions.valueCompletion`, the non-null
 * fields it had to null because a subgraph answered null for an entity the plan needed: a deleted
 * or hidden object behind a nullable reference (documented as null), or one that vanished between
 * two fetches of a plan. The report names the plan's types and goes to the log. Where the null stops
 * at a nullable field the data says all there is to say; only when it reaches the root (`data:
 * null`) must errors say why, and they do: NOT_FOUND at each path, the answer a missing or hidden
 * object gets when asked for directly.
 */
export function gatewayInternalsPlugin<TContext extends BaseContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const report = result.extensions?.valueCompletion as
            readonly { path?: readonly (string | number)[] }[] | undefined;
          if (!report) return;
          logger.warn('gateway: entities missing while completing a plan', { operationName, valueCompletion: report });
          delete result.extensions!.valueCompletion;
          if (!Object.keys(result.extensions!).length) delete result.extensions;
          if (result.data !== null && result.data !== undefined) return;
          const errors: GraphQLFormattedError[] = report.map((entry) => ({
            message: vanished,
            ...(entry.path ? { path: entry.path } : {}),
            extensions: { code: ErrorCode.NotFound },
          }));
          result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
}
