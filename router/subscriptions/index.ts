import type http from 'node:http';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { badInput, forbidden, toGraphQLError } from '../../lib/errors';
import { toGlobalId } from '../../lib/ids';
import type { EventBus, StreamEvent } from '../../lib/events/bus';
import type { Logger } from '../../lib/logger';
import type { RouterLimits } from '../config';
import type { RateLimiter } from '../rate-limit';
import type { RouterContext } from '../signed-data-source';
import { EventHub, type HubSubscriber } from './event-hub';
import { buildSubscriptionSchema } from './local-schema';
import { payloadFieldResolver, subscriptionPayload, type Payload, type SharedFetches } from './payload-resolution';
import { projectAccess, projectIdArgument } from './project-access';
import { sprintChangeFields, sprintTopic } from './sprint-changed';
import { SubscriberStream } from './subscriber-stream';
import { supergraphExecutor } from './supergraph-executor';
import { DocumentCache } from './prepare-operation';
import { attachWebSocketServer } from './websocket-server';
import { workItemChangeFields, workItemTopic } from './work-item-changed';

export interface SubscriptionsOptions {
  server: http.Server;
  path: string;
  apollo: ApolloServer<RouterContext>;
  gateway: ApolloGateway;
  bus: EventBus;
  jwtSecret: string;
  limits: RouterLimits;
  rateLimiter: RateLimiter;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
}

interface SubscriptionContextValue {
  userId: string;
  args: Record<string, unknown>;
  accessCheckedAt: number;
}

const forbiddenProject = () => [toGraphQLError(forbidden('You do not have access to this project.'))];

/**
 * Every Subscription root field: each follows one project (its `projectId` argument, read access
 * required), receives the events of one topic, and turns each into its payload's fields.
 */
const projectSubscriptions: Record<
  string,
  { topic(projectId: string): string; fields(event: StreamEvent): Record<string, unknown> | null }
> = {
  workItemChanged: { topic: workItemTopic, fields: workItemChangeFields },
  sprintChanged: { topic: sprintTopic, fields: sprintChangeFields },
};

/**
 * Live subscriptions served by the router: graphql-ws on the HTTP port, events from the bus (every
 * router tails every stream and keeps its own subscribers), payloads resolved through the gateway.
 */
export function startSubscriptions(options: SubscriptionsOptions): {
  /** Resolves once this router receives events. */
  ready: Promise<void>;
  activeSubscriptions(): number;
  close(): Promise<void>;
} {
  const { logger, limits } = options;
  const execute = supergraphExecutor(options.apollo);

  const recheck = (subscribers: HubSubscriber[]) => {
    const pairs = new Map<string, HubSubscriber[]>();
    for (const subscriber of subscribers) {
      const key = `${subscriber.userId}:${subscriber.projectId}`;
      const group = pairs.get(key);
      if (group) group.push(subscriber);
      else pairs.set(key, [subscriber]);
    }
    for (const group of pairs.values()) {
      const { userId, projectId } = group[0]!;
      projectAccess(execute, userId, toGlobalId('Project', projectId))
        .then((access) => access === 'denied' && group.forEach((subscriber) => subscriber.end()))
        .catch((error: unknown) => {
          // Access cannot be confirmed: end the subscriptions; resubscribing checks again.
          logger.warn('subscriptions: access re-check failed', { error: String(error) });
          group.forEach((subscriber) => subscriber.end());
        });
    }
  };
  const hub = new EventHub(options.bus, recheck, logger);
  const fetchesByEvent = new WeakMap<StreamEvent, SharedFetches>();
  const sharedFetchesOf = (event: StreamEvent) => {
    let shared = fetchesByEvent.get(event);
    if (!shared) fetchesByEvent.set(event, (shared = new Map()));
    return shared;
  };

  const subscriptionSchema = (apiSchema: GraphQLSchema) =>
    buildSubscriptionSchema(
      apiSchema,
      Object.fromEntries(
        Object.entries(projectSubscriptions).map(([field, { topic, fields: fieldsOf }]) => [
          field,
          {
            subscribe: (_root: unknown, _args: unknown, rawContext: unknown) => {
              const context = rawContext as SubscriptionContextValue;
              const projectId = projectIdArgument(context.args)!;
              let remove = () => {};
              const stream = new SubscriberStream<Payload>(limits.maxQueuedEventsPerSubscription, () => remove());
              remove = hub.add(
                {
                  userId: context.userId,
                  projectId,
                  topic: topic(projectId),
                  deliver: (event) => {
                    const fields = fieldsOf(event);
                    if (fields) {
                      stream.push(subscriptionPayload(fields, context.userId, execute, sharedFetchesOf(event)));
                    }
                  },
                  end: () => stream.end(),
                },
                context.accessCheckedAt,
              );
              return stream;
            },
          },
        ]),
      ),
    );
  // The gateway has loaded its schema by now; later updates (a new supergraph) replace it.
  if (!options.gateway.schema) throw new Error('Start the gateway before the subscriptions.');
  let documents = new DocumentCache(subscriptionSchema(options.gateway.schema), limits);
  const unsubscribeSchema = options.gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    documents = new DocumentCache(subscriptionSchema(apiSchema), limits);
  });
  const ready = hub.start();

  const websocket = attachWebSocketServer({
    server: options.server,
    path: options.path,
    documents: () => documents,
    fieldResolver: payloadFieldResolver,
    jwtSecret: options.jwtSecret,
    limits,
    rateLimiter: options.rateLimiter,
    formatError: options.formatError,
    logger,
    authorize: async (userId, fieldName, args) => {
      if (!(fieldName in projectSubscriptions)) return forbiddenProject();
      if (!projectIdArgument(args)) {
        return [toGraphQLError(badInput('projectId', 'projectId is not a valid Project ID.'))];
      }
      try {
        const access = await projectAccess(execute, userId, String(args.projectId));
        return access === 'readable' ? null : forbiddenProject();
      } catch (error) {
        logger.error('subscriptions: access check failed', { error: String(error) });
        return [toGraphQLError(error)];
      }
    },
  });

  return {
    ready,
    activeSubscriptions: () => hub.size,
    close: async () => {
      unsubscribeSchema();
      await websocket.close();
      await hub.close();
    },
  };
}
