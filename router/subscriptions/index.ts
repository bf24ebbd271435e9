import type http from 'node:http';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  execute as executeOperation,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode, badInput, forbidden, notFound, toGraphQLError } from '../../lib/errors';
import { decodeGlobalId, toGlobalId } from '../../lib/ids';
import type { EventBus, StreamEvent } from '../../lib/events/bus';
import { compareEntryIds } from '../../lib/events/entries';
import type { EventStream } from '../../lib/events/envelope';
import type { Logger } from '../../lib/logger';
import type { RouterLimits } from '../config';
import type { CostModel } from '../limits/cost-model';
import type { CredentialVerifiers } from '../identity';
import type { RateLimiter } from '../rate-limit';
import type { FieldSubgraphs } from '../scopes/field-subgraphs';
import type { RouterContext } from '../signed-data-source';
import { EventHub, topicsOfEvent, type HubSubscriber } from './event-hub';
import {
  activityArgumentOf,
  activityArguments,
  activityScopeOf,
  createActivityVisibility,
  type ActivityScope,
} from './activity-access';
import { activityEventFields, activityTopic } from './activity-events';
import { buildSubscriptionSchema } from './local-schema';
import { callerDependentFields } from './caller-dependent';
import { payloadFieldResolver, subscriptionPayload, type PayloadOutcome } from './payload-resolution';
import { notificationReceivedFields, notificationTopic } from './notification-received';
import { projectAccess, projectIdArgument } from './project-access';
import { sprintChangeFields, sprintTopic } from './sprint-changed';
import {
  SharedResults,
  endOfStream,
  sharingKey,
  subscribeToResults,
  type ComputedResult,
  type StreamItem,
} from './shared-results';
import { fetchProjectAccess } from '../../lib/server/project-access-loader';
import { createServiceClient } from '../../lib/server/service-client';
import { createAccessGuard } from './access-guard';
import { decodeCursor, encodeCursor, oldestPositionMs, type StreamPositions } from './resume-cursor';
import { SubscriberStream } from './subscriber-stream';
import { supergraphExecutor } from './supergraph-executor';
import { memoryConnectionSlots, redisConnectionSlots } from './connection-slots';
import { DocumentCache } from './prepare-operation';
import { attachWebSocketServer } from './websocket-server';
import { workItemChangeFields, workItemTopic } from './work-item-changed';

export interface SubscriptionsOptions {
  server: http.Server;
  path: string;
  apollo: ApolloServer<RouterContext>;
  gateway: ApolloGateway;
  bus: EventBus;
  credentials: CredentialVerifiers;
  fieldSubgraphs: FieldSubgraphs;
  limits: RouterLimits;
  rateLimiter: RateLimiter;
  /** Each personal API token's budget: a connection and each subscribe count against it. */
  apiTokenRateLimiter: RateLimiter;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The supergraph the gateway starts with, and its cost model (the HTTP plugin's, shared). */
  supergraphSdl: string;
  costModelOf: (supergraphSdl: string) => CostModel;
  /** The projects subgraph, asked whether subscribers still read their project (signed service calls). */
  projectsUrl: string;
  signingSecret: string;
  /** Where connections per user are counted across routers; this router alone without it. */
  redisUrl?: string;
  redisKeyPrefix?: string;
  logger: Logger;
}

interface SubscriptionContextValue {
  userId: string;
  args: Record<string, unknown>;
  accessCheckedAt: number;
  /** The operation as graphql-ws received it, executed once per event for the subscription's group. */
  operation: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>;
  /** It selects a caller-dependent field. */
  personal: boolean;
  /** For `organizationActivity` and `teamActivity`: what it follows, found when it was authorized. */
  activity?: ActivityScope;
}

const resumeWindowPassed = () =>
  new GraphQLError('The events since this cursor are no longer all kept: reload, then subscribe without `after`.', {
    extensions: { code: ErrorCode.ResumeWindowPassed },
  });

const forbiddenProject = () => [toGraphQLError(forbidden('You do not have access to this project.'))];

/** How a Subscription root field turns one event into its payload's fields (null: not carried). */
type PayloadFields = (event: StreamEvent) => Record<string, unknown> | null;

/**
 * Every Subscription root field. A project-scoped field follows one project (its `projectId`
 * argument, read access required and checked again on membership changes); a viewer-scoped field
 * takes no arguments and receives only the caller's own events, so it is never checked again.
 * `rootEntity`: the payload is an entity (under the field's own name), resolved as the subscriber.
 */
type SubscriptionField =
  | {
      scope: 'project';
      topic(projectId: string): string;
      fields: PayloadFields;
      rootEntity?: false;
      /** The streams its events come from: each event's `cursor` names a position in each, and `after` resumes from one. */
      streams: EventStream[];
    }
  | {
      /**
       * Follows an organization's projects (or a team's): each event reaches the subscriber only while
       * they read its project; membership of the organization is checked again when it may have ended.
       */
      scope: 'activity';
      topic(organizationId: string): string;
      fields: PayloadFields;
      rootEntity?: false;
      streams: EventStream[];
    }
  | { scope: 'viewer'; topic(userId: string): string; fields: PayloadFields; rootEntity?: boolean; streams?: never };

const activityStreams: EventStream[] = ['work-items', 'files', 'sprints'];

const subscriptionFields: Record<string, SubscriptionField> = {
  workItemChanged: {
    scope: 'project',
    topic: workItemTopic,
    fields: workItemChangeFields,
    streams: ['work-items', 'files'],
  },
  sprintChanged: { scope: 'project', topic: sprintTopic, fields: sprintChangeFields, streams: ['sprints'] },
  organizationActivity: {
    scope: 'activity',
    topic: activityTopic,
    fields: activityEventFields,
    streams: activityStreams,
  },
  teamActivity: { scope: 'activity', topic: activityTopic, fields: activityEventFields, streams: activityStreams },
  notificationReceived: {
    scope: 'viewer',
    topic: notificationTopic,
    fields: notificationReceivedFields,
    rootEntity: true,
  },
};

const teamProjectIdsQuery = 'query($teamId: ID!, $first: Int!) { teamProjectIds(teamId: $teamId, first: $first) }';
// A team with more projects than this is followed through its first ones (the projects service's bound).
const maxTeamProjects = 1001;

function oncePerEvent<T>(read: (event: StreamEvent) => T): (event: StreamEvent) => T {
  const values = new WeakMap<StreamEvent, T>();
  return (event) => {
    if (!values.has(event)) values.set(event, read(event));
    return values.get(event) as T;
  };
}

/**
 * Live subscriptions served by the router: graphql-ws on the HTTP port, events from the bus (every
 * router tails every stream and keeps its own subscribers), payloads resolved through the gateway.
 */
export function startSubscriptions(options: SubscriptionsOptions): {
  /** Resolves once this router receives events. */
  ready: Promise<void>;
  activeSubscriptions(): number;
  /** How many answers to events were computed (one per group of subscriptions sharing an answer). */
  executions(): number;
  close(): Promise<void>;
} {
  const { logger, limits } = options;
  const execute = supergraphExecutor(options.apollo);

  const projects = createServiceClient({
    url: options.projectsUrl,
    signingSecret: options.signingSecret,
    caller: 'router',
  });
  const readProjectAccess = fetchProjectAccess(projects);
  const accessGuard = createAccessGuard({
    epochs: options.bus.epochs,
    canRead: async (keys) => (await readProjectAccess(keys)).map((access) => Boolean(access?.role)),
    logger,
  });
  const activityVisibility = createActivityVisibility({
    epochs: options.bus.epochs,
    readAccess: readProjectAccess,
    teamProjectIds: async (teamId) => {
      const data = await projects.query<{ teamProjectIds: string[] }>(teamProjectIdsQuery, {
        teamId: toGlobalId('Team', teamId),
        first: maxTeamProjects,
      });
      return data.teamProjectIds.flatMap((id) => decodeGlobalId(id)?.id ?? []);
    },
  });
  // An activity subscriber whose membership of the organization may have ended receives nothing
  // until it is confirmed; it ends if not.
  const recheckActivity = (subscribers: readonly HubSubscriber[]) => {
    for (const subscriber of subscribers) {
      const organizationId = subscriber.organizationId;
      if (!organizationId) continue;
      subscriber.hold();
      activityScopeOf(execute, subscriber.userId, { id: organizationId, type: 'Organization' })
        .then((scope) => (scope ? subscriber.release() : subscriber.end()))
        .catch((error: unknown) => {
          logger.warn('subscriptions: organization membership could not be confirmed', { error: String(error) });
          subscriber.end();
        });
    }
  };
  // Held subscriptions receive nothing until their access is confirmed: an answer shared with their
  // group must not reach someone whose membership just ended.
  const hub = new EventHub(
    options.bus,
    (subscribers) => {
      accessGuard.recheck(subscribers);
      recheckActivity(subscribers);
    },
    logger,
    (event, subscribers) => accessGuard.guard(event, subscribers),
  );
  const resumeFrom = (args: Record<string, unknown>, streams: EventStream[]) =>
    typeof args.after === 'string' ? decodeCursor(args.after, streams) : null;
  // The topic's events after `after` up to `until` in each stream that `keep` lets through, oldest
  // first; 'too many' past what a subscription may queue. An organization's topic carries events
  // its followers may not see: those do not count, but reading stops at `maxReadForFilter` of them.
  const maxReadForFilter = limits.maxQueuedEventsPerSubscription * 40;
  const missedEvents = async (
    topic: string,
    streams: EventStream[],
    after: StreamPositions,
    until: StreamPositions,
    keep?: (event: StreamEvent) => Promise<boolean>,
  ): Promise<StreamEvent[] | 'too many'> => {
    const bound = keep ? maxReadForFilter : limits.maxQueuedEventsPerSubscription;
    const read: StreamEvent[] = [];
    for (const stream of streams) {
      if (!until[stream] || compareEntryIds(until[stream], after[stream]!) <= 0) continue;
      for await (const event of options.bus.retained(stream, { after: after[stream], until: until[stream] })) {
        if (!topicsOfEvent(event).includes(topic)) continue;
        if (read.length >= bound) return 'too many';
        read.push(event);
      }
    }
    const verdicts = keep ? await Promise.all(read.map(keep)) : null;
    const missed = verdicts ? read.filter((_, i) => verdicts[i]) : read;
    if (missed.length > limits.maxQueuedEventsPerSubscription) return 'too many';
    return missed.sort((a, b) => compareEntryIds(a.entryId, b.entryId));
  };
  // Where the hub had read when it dispatched an event: read once per event, for every subscriber.
  const positionsAt = oncePerEvent(() => hub.positions());
  const results = new SharedResults();
  // One subscription's answer to one event, resolved as its subscriber; never rejects.
  const compute = (context: SubscriptionContextValue, payloadOf: () => Record<string, unknown>) => async () => {
    const outcome: PayloadOutcome = { missingObject: false };
    const rootValue = subscriptionPayload(payloadOf(), context.userId, execute, outcome);
    try {
      const result = await executeOperation({
        ...context.operation,
        rootValue,
        contextValue: context,
        fieldResolver: payloadFieldResolver,
      });
      return { result, userId: context.userId, shareable: !outcome.missingObject } satisfies ComputedResult;
    } catch (error) {
      logger.error('subscriptions: an event could not be resolved', { error: String(error) });
      return { result: { errors: [toGraphQLError(error)] }, userId: context.userId, shareable: false };
    }
  };

  const subscriptionSchema = (apiSchema: GraphQLSchema) =>
    buildSubscriptionSchema(
      apiSchema,
      Object.fromEntries(
        Object.entries(subscriptionFields).map(([field, definition]) => {
          // Every subscriber of a topic receives the same event: its fields are read once.
          const fieldsOf = oncePerEvent(definition.fields);
          return [
            field,
            {
              subscribe: (_root: unknown, _args: unknown, rawContext: unknown) => {
                const context = rawContext as SubscriptionContextValue;
                const projectId = definition.scope === 'project' ? projectIdArgument(context.args)! : null;
                const activity = definition.scope === 'activity' ? context.activity! : null;
                const topic = definition.topic(projectId ?? activity?.organizationId ?? context.userId);
                const key = sharingKey({
                  topic,
                  userId: context.userId,
                  personal: context.personal,
                  ...context.operation,
                });
                let remove = () => {};
                const stream = new SubscriberStream<Promise<StreamItem>>(limits.maxQueuedEventsPerSubscription, () =>
                  remove(),
                );
                // `seen`: the event's visibility was judged already (a missed one, read on resume).
                const receive = (event: StreamEvent, positions: StreamPositions, seen = false) => {
                  if (stream.done) return;
                  const fields = fieldsOf(event);
                  if (!fields) return;
                  // Built only by the subscription that computes the answer for its group.
                  const payload = () =>
                    definition.streams ? { ...fields, cursor: encodeCursor(positions, definition.streams) } : fields;
                  const answer = () => results.resultFor(event, key, context.userId, compute(context, payload));
                  if (!activity || seen) return stream.push(answer());
                  // Judged in the order events arrive, each answer waiting for its own verdict only.
                  stream.push(
                    activityVisibility.visible(event, context.userId, activity).then(
                      (visible) => (visible ? answer() : null),
                      (error: unknown) => {
                        // Skipping an event unseen would leave a gap: end here, and the client resumes from its cursor.
                        logger.warn('subscriptions: an activity event could not be checked', { error: String(error) });
                        return endOfStream;
                      },
                    ),
                  );
                };
                // Events arriving while access is checked again (or missed ones are read), delivered after.
                const held: [StreamEvent, StreamPositions][] = [];
                let holds = 0;
                const subscriber: HubSubscriber = {
                  userId: context.userId,
                  projectId,
                  ...(activity && { organizationId: activity.organizationId }),
                  topic,
                  deliver: (event) => {
                    if (!holds) return receive(event, positionsAt(event));
                    if (held.length >= limits.maxQueuedEventsPerSubscription) return stream.overflow();
                    held.push([event, positionsAt(event)]);
                  },
                  hold: () => void (holds += 1),
                  release: () => {
                    holds = Math.max(0, holds - 1);
                    if (!holds) held.splice(0).forEach(([event, positions]) => receive(event, positions));
                  },
                  end: () => stream.end(),
                };
                const after = definition.streams && resumeFrom(context.args, definition.streams);
                if (after) subscriber.hold();
                remove = hub.add(subscriber, context.accessCheckedAt);
                if (after) {
                  // Live events wait while the missed ones, up to where this router had read, are read.
                  const until = hub.positions();
                  const visible = activity
                    ? (event: StreamEvent) => activityVisibility.visible(event, context.userId, activity)
                    : undefined;
                  missedEvents(topic, definition.streams!, after, until, visible)
                    .then((missed) => {
                      if (missed === 'too many') return stream.fail(resumeWindowPassed());
                      const positions = { ...after };
                      for (const event of missed) {
                        positions[event.stream] = event.entryId;
                        receive(event, { ...positions }, true);
                      }
                      subscriber.release();
                    })
                    .catch((error: unknown) => {
                      logger.error('subscriptions: missed events could not be read', { error: String(error) });
                      stream.fail(toGraphQLError(error));
                    });
                }
                return stream;
              },
              // The payload holds the entity under the field's name; the payload resolver fetches it.
              ...(definition.rootEntity ? { resolve: payloadFieldResolver } : {}),
            },
          ];
        }),
      ),
    );
  // The gateway has loaded its schema by now; later updates (a new supergraph) replace it.
  if (!options.gateway.schema) throw new Error('Start the gateway before the subscriptions.');
  const documentsFor = (apiSchema: GraphQLSchema, supergraphSdl: string) =>
    new DocumentCache(
      subscriptionSchema(apiSchema),
      limits,
      options.costModelOf(supergraphSdl),
      callerDependentFields(supergraphSdl),
    );
  let documents = documentsFor(options.gateway.schema, options.supergraphSdl);
  const unsubscribeSchema = options.gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    documents = documentsFor(apiSchema, coreSupergraphSdl);
  });
  const ready = hub.start();

  const slots = options.redisUrl
    ? redisConnectionSlots({
        redisUrl: options.redisUrl,
        keyPrefix: options.redisKeyPrefix,
        max: limits.maxConnectionsPerUser,
        logger,
      })
    : memoryConnectionSlots(limits.maxConnectionsPerUser);
  const websocket = attachWebSocketServer({
    server: options.server,
    path: options.path,
    documents: () => documents,
    subscribe: subscribeToResults,
    credentials: options.credentials,
    fieldSubgraphs: options.fieldSubgraphs,
    limits,
    slots,
    rateLimiter: options.rateLimiter,
    apiTokenRateLimiter: options.apiTokenRateLimiter,
    formatError: options.formatError,
    logger,
    authorize: async (userId, fieldName, args) => {
      const definition = subscriptionFields[fieldName];
      if (!definition) return forbiddenProject();
      // Viewer-scoped fields deliver only the caller's own events: nothing to check.
      if (definition.scope === 'viewer') return {};
      const afterError = () => {
        if (args.after == null) return null;
        const after = resumeFrom(args, definition.streams);
        if (!after) return [toGraphQLError(badInput('after', 'after is not a cursor of this subscription.'))];
        if (oldestPositionMs(after) < Date.now() - options.bus.retentionMs) return [resumeWindowPassed()];
        return null;
      };
      if (definition.scope === 'activity') {
        const target = activityArguments(fieldName, args);
        if (!target) {
          const { argument, type } = activityArgumentOf(fieldName);
          return [toGraphQLError(badInput(argument, `${argument} is not a valid ${type} ID.`))];
        }
        const refused = afterError();
        if (refused) return refused;
        try {
          const activity = await activityScopeOf(execute, userId, target);
          return activity ? { activity } : [toGraphQLError(notFound(target.type))];
        } catch (error) {
          logger.error('subscriptions: access check failed', { error: String(error) });
          return [toGraphQLError(error)];
        }
      }
      if (!projectIdArgument(args)) {
        return [toGraphQLError(badInput('projectId', 'projectId is not a valid Project ID.'))];
      }
      const refused = afterError();
      if (refused) return refused;
      try {
        const access = await projectAccess(execute, userId, String(args.projectId));
        return access === 'readable' ? {} : forbiddenProject();
      } catch (error) {
        logger.error('subscriptions: access check failed', { error: String(error) });
        return [toGraphQLError(error)];
      }
    },
  });

  return {
    ready,
    activeSubscriptions: () => hub.size,
    executions: () => results.executions,
    close: async () => {
      unsubscribeSchema();
      await websocket.close();
      await hub.close();
      await slots.close();
      await projects.close();
    },
  };
}
