import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** A subscription sent over HTTP gets a clear pointer to the WebSocket endpoint instead of a gateway error. */
export function subscriptionsOverHttpGuard<TContext extends BaseContext>(path: string): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            `Subscriptions are served over WebSocket: connect to ws(s)://<this host>${path} with the graphql-transport-ws protocol.`,
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
