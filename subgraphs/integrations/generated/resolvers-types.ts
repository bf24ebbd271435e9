import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRefMapper as ProjectRefMapperModel, OrganizationRefMapper as OrganizationRefMapperModel, EntityRefMapper as EntityRefMapperModel, WebhookEventTypeMapper as WebhookEventTypeMapperModel, WebhookEndpointMapper as WebhookEndpointMapperModel, WebhookDeliveryMapper as WebhookDeliveryMapperModel, WebhookAttemptMapper as WebhookAttemptMapperModel, WebhookEndpointConnectionMapper as WebhookEndpointConnectionMapperModel, WebhookEndpointEdgeMapper as WebhookEndpointEdgeMapperModel, WebhookDeliveryConnectionMapper as WebhookDeliveryConnectionMapperModel, WebhookDeliveryEdgeMapper as WebhookDeliveryEdgeMapperModel, WebhookAttemptConnectionMapper as WebhookAttemptConnectionMapperModel, WebhookAttemptEdgeMapper as WebhookAttemptEdgeMapperModel } from '../mappers';
import type { IntegrationsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time in ISO 8601 format with a time zone, for example `2026-11-23T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** What it is for; at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types it receives: names from `webhookEventTypes`, at least one. */
  eventTypes: Array<Scalars['String']['input']>;
  /** The organization whose events it receives. */
  organizationId: Scalars['ID']['input'];
  /** How much of each event it receives. */
  payloadMode?: InputMaybe<WebhookPayloadMode>;
  /** A project of that organization: the endpoint belongs to it and receives only its events. Its ADMINs may register it. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** An https URL without credentials (http only for hosts the deployment allows). */
  url: Scalars['String']['input'];
};

/** The new endpoint and its secret. */
export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The signing secret (`whsec_...`): shown this once, keep it. */
  secret: Scalars['String']['output'];
};

/** The endpoint to delete. */
export type DeleteWebhookEndpointInput = {
  /** The endpoint. */
  endpointId: Scalars['ID']['input'];
};

/** What was deleted. */
export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  /** The deleted endpoint's ID. */
  deletedEndpointId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Registers a webhook endpoint for an organization (requires its ADMIN role or ownership) or for one
   * of its projects (requires the project's ADMIN role). Answers the signing secret, once.
   */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Deletes an endpoint with its delivery log; nothing more is sent to it. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Sends a `ping` event to an endpoint now, and answers its delivery with the attempt's result. */
  pingWebhookEndpoint: PingWebhookEndpointPayload;
  /**
   * Sends a delivery again now, as a new attempt of the same message: same `webhook-id`, same body.
   * A delivery that then fails follows the retry schedule from its start.
   */
  redeliverWebhook: RedeliverWebhookPayload;
  /**
   * Sends again, in order, every delivery of an endpoint whose event happened in a window (deliveries
   * are kept for the retention period, 30 days by default), each as a new attempt of its message.
   */
  replayWebhooks: ReplayWebhooksPayload;
  /**
   * Gives an endpoint a new signing secret, answered once. The old secret stays valid for the overlap:
   * until then every delivery carries a signature with each.
   */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Changes an endpoint: its URL, description, event types, payload mode, or whether it is enabled. */
  updateWebhookEndpoint: UpdateWebhookEndpointPayload;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


export type MutationPingWebhookEndpointArgs = {
  input: PingWebhookEndpointInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationReplayWebhooksArgs = {
  input: ReplayWebhooksInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An organization: the top-level container of people, teams and projects. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The organization's webhook endpoints (its projects' included), oldest first. Visible to its OWNERs and ADMINs; empty for anyone else. */
  webhookEndpoints: WebhookEndpointConnection;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Pagination details of a connection page (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null when the page is empty; pass it as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The endpoint to ping. */
export type PingWebhookEndpointInput = {
  /** The endpoint. */
  endpointId: Scalars['ID']['input'];
};

/** The ping's delivery. */
export type PingWebhookEndpointPayload = {
  __typename?: 'PingWebhookEndpointPayload';
  /** The delivery, with its first attempt made. */
  delivery: WebhookDelivery;
};

/** A project: where work is planned and tracked, inside one organization. */
export type Project = {
  __typename?: 'Project';
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The project's own webhook endpoints, oldest first. Visible to its ADMINs (and the organization's); empty for anyone else. */
  webhookEndpoints: WebhookEndpointConnection;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every event type a webhook endpoint may subscribe to, `ping` included, with its payload version and JSON Schema. */
  webhookEventTypes: Array<WebhookEventType>;
};

/** The delivery to send again. */
export type RedeliverWebhookInput = {
  /** The delivery. */
  deliveryId: Scalars['ID']['input'];
};

/** The delivery, sent again. */
export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  /** The delivery, with the new attempt made (unless an earlier delivery of the same work item is still pending). */
  delivery: WebhookDelivery;
};

/** The endpoint and the window of events to send again. */
export type ReplayWebhooksInput = {
  /** The endpoint. */
  endpointId: Scalars['ID']['input'];
  /** The window's start: events that happened at or after it. */
  from: Scalars['DateTime']['input'];
  /** The window's end: events that happened before it. */
  to: Scalars['DateTime']['input'];
};

/** What is being sent again. */
export type ReplayWebhooksPayload = {
  __typename?: 'ReplayWebhooksPayload';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** How many deliveries were queued to be sent again. */
  replayedCount: Scalars['Int']['output'];
};

/** The endpoint whose secret to rotate. */
export type RotateWebhookSecretInput = {
  /** The endpoint. */
  endpointId: Scalars['ID']['input'];
  /** How long the old secret stays valid, in hours: 0 to 168 (7 days); 24 when omitted. */
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
};

/** The new secret. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The new signing secret (`whsec_...`): shown this once. */
  secret: Scalars['String']['output'];
};

/** What to change on an endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** False disables it (reason MANUAL); true enables a disabled endpoint again and forgets its failures. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The endpoint. */
  endpointId: Scalars['ID']['input'];
  /** New event types. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new payload mode. */
  payloadMode?: InputMaybe<WebhookPayloadMode>;
  /** A new URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The changed endpoint. */
export type UpdateWebhookEndpointPayload = {
  __typename?: 'UpdateWebhookEndpointPayload';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** One HTTP request of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed without a response (a refused address, a timeout, a network error); null otherwise. */
  error: Maybe<Scalars['String']['output']>;
  /** Its number within the delivery, from 1. */
  number: Scalars['Int']['output'];
  /** How it ended. */
  outcome: WebhookAttemptOutcome;
  /** The request's headers, the signatures masked. */
  requestHeaders: Array<WebhookHeader>;
  /** The URL requested. */
  requestUrl: Scalars['String']['output'];
  /** The first 2 KiB of the response body; null when no response came. */
  responseBodyExcerpt: Maybe<Scalars['String']['output']>;
  /** The response's HTTP status; null when no response came. */
  responseStatus: Maybe<Scalars['Int']['output']>;
  /** When the request started. */
  startedAt: Scalars['DateTime']['output'];
  /** What started it. */
  trigger: WebhookAttemptTrigger;
};

/** A page of attempts. */
export type WebhookAttemptConnection = {
  __typename?: 'WebhookAttemptConnection';
  /** The attempts of this page. */
  edges: Array<WebhookAttemptEdge>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many attempts there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An attempt in a page. */
export type WebhookAttemptEdge = {
  __typename?: 'WebhookAttemptEdge';
  /** Pass it as `after` to start the next page after this attempt. */
  cursor: Scalars['String']['output'];
  /** The attempt. */
  node: WebhookAttempt;
};

/** How an attempt ended. */
export type WebhookAttemptOutcome =
  /** A network error, a timeout, a refused address, or any answer other than 2xx. */
  | 'FAILED'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** What started an attempt. */
export type WebhookAttemptTrigger =
  /** A `ping` from `pingWebhookEndpoint`. */
  | 'PING'
  /** Someone asked for it with `redeliverWebhook`. */
  | 'REDELIVERY'
  /** Someone asked for it with `replayWebhooks`. */
  | 'REPLAY'
  /** The first attempt after the event, or a retry of the schedule. */
  | 'SCHEDULED';

/** One message for one endpoint: an event or a ping, with its attempts. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** How many attempts were made. */
  attemptCount: Scalars['Int']['output'];
  /** Its attempts, first first. */
  attempts: WebhookAttemptConnection;
  /** The JSON body, exactly as sent. */
  body: Scalars['String']['output'];
  /** When the delivery was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The endpoint it is for. */
  endpoint: WebhookEndpoint;
  /** The event type, or `ping`. */
  eventType: Scalars['String']['output'];
  /** The delivery's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The `webhook-id` header of every attempt: the same for retries, redeliveries and replays. */
  messageId: Scalars['String']['output'];
  /** When the next attempt is due; null unless it is pending. */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** When the event happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};


/** One message for one endpoint: an event or a ping, with its attempts. */
export type WebhookDeliveryAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many deliveries match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A delivery in a page. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass it as `after` to start the next page after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt of the retry schedule failed: redeliver or replay it. */
  | 'FAILED'
  /** Not sent: the endpoint is disabled. Replay it once the endpoint is enabled again. */
  | 'HELD'
  /** Waiting for its next attempt. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Why an endpoint is disabled. */
export type WebhookDisabledReason =
  /** Every attempt failed for five days in a row. */
  | 'FAILING'
  /** It answered 410 Gone. */
  | 'GONE'
  /** An admin disabled it. */
  | 'MANUAL';

/** An URL that receives an organization's or a project's events, signed per the Standard Webhooks specification. */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Who registered it. */
  createdBy: User;
  /** Its delivery log, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** What it is for, in the words of whoever registered it. */
  description: Scalars['String']['output'];
  /** When it was disabled; null while it is enabled. */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it is disabled; null while it is enabled. */
  disabledReason: Maybe<WebhookDisabledReason>;
  /** Whether deliveries are sent to it. */
  enabled: Scalars['Boolean']['output'];
  /** The event types it receives. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Since when every attempt has failed; null after a success. */
  failingSince: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The organization whose events it receives. */
  organization: Organization;
  /** How much of each event it receives. */
  payloadMode: WebhookPayloadMode;
  /** Until when the secret before the last rotation still signs deliveries; null outside an overlap. */
  previousSecretExpiresAt: Maybe<Scalars['DateTime']['output']>;
  /** The project it belongs to and filters on; null: every project of the organization. */
  project: Maybe<Project>;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/** An URL that receives an organization's or a project's events, signed per the Standard Webhooks specification. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A page of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints of this page. */
  edges: Array<WebhookEndpointEdge>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many endpoints there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook endpoint in a page. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Pass it as `after` to start the next page after this endpoint. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

/** A type of event webhooks carry, from the versioned event catalogue. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  /** What the event tells. */
  description: Scalars['String']['output'];
  /** The JSON Schema (draft 2020-12) of the whole message of this type, as a JSON string. */
  jsonSchema: Scalars['String']['output'];
  /** The type's name, for example `work_item.created`. */
  name: Scalars['String']['output'];
  /** The payload's version: it changes when the payload changes shape. */
  version: Scalars['Int']['output'];
};

/** An HTTP header. */
export type WebhookHeader = {
  __typename?: 'WebhookHeader';
  /** The header's name, lowercase. */
  name: Scalars['String']['output'];
  /** Its value. */
  value: Scalars['String']['output'];
};

/** How much of an event a webhook carries. */
export type WebhookPayloadMode =
  /** The event's whole snapshot of what changed. */
  | 'FULL'
  /** The event's type, time and the ids of what changed: fetch the rest with the API. */
  | 'THIN';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = T | Promise<T>;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Organization: Organization;
  Project: Project;
  WebhookDelivery: WebhookDelivery;
  WebhookEndpoint: WebhookEndpoint;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  WebhookDelivery:
    ( { __typename: 'WebhookDelivery' }
    & GraphQLRecursivePick<FederationTypes['WebhookDelivery'], {"id":true}> );
  WebhookEndpoint:
    ( { __typename: 'WebhookEndpoint' }
    & GraphQLRecursivePick<FederationTypes['WebhookEndpoint'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( WebhookDeliveryMapperModel )
    | ( WebhookEndpointMapperModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateWebhookEndpointPayload: ResolverTypeWrapper<Omit<CreateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  DeleteWebhookEndpointPayload: ResolverTypeWrapper<DeleteWebhookEndpointPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRefMapperModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PingWebhookEndpointInput: PingWebhookEndpointInput;
  PingWebhookEndpointPayload: ResolverTypeWrapper<Omit<PingWebhookEndpointPayload, 'delivery'> & { delivery: ResolversTypes['WebhookDelivery'] }>;
  Project: ResolverTypeWrapper<ProjectRefMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: ResolverTypeWrapper<Omit<RedeliverWebhookPayload, 'delivery'> & { delivery: ResolversTypes['WebhookDelivery'] }>;
  ReplayWebhooksInput: ReplayWebhooksInput;
  ReplayWebhooksPayload: ResolverTypeWrapper<Omit<ReplayWebhooksPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpdateWebhookEndpointPayload: ResolverTypeWrapper<Omit<UpdateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  User: ResolverTypeWrapper<EntityRefMapperModel>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptMapperModel>;
  WebhookAttemptConnection: ResolverTypeWrapper<WebhookAttemptConnectionMapperModel>;
  WebhookAttemptEdge: ResolverTypeWrapper<WebhookAttemptEdgeMapperModel>;
  WebhookAttemptOutcome: WebhookAttemptOutcome;
  WebhookAttemptTrigger: WebhookAttemptTrigger;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryMapperModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<WebhookDeliveryConnectionMapperModel>;
  WebhookDeliveryEdge: ResolverTypeWrapper<WebhookDeliveryEdgeMapperModel>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookDisabledReason: WebhookDisabledReason;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointMapperModel>;
  WebhookEndpointConnection: ResolverTypeWrapper<WebhookEndpointConnectionMapperModel>;
  WebhookEndpointEdge: ResolverTypeWrapper<WebhookEndpointEdgeMapperModel>;
  WebhookEventType: ResolverTypeWrapper<WebhookEventTypeMapperModel>;
  WebhookHeader: ResolverTypeWrapper<WebhookHeader>;
  WebhookPayloadMode: WebhookPayloadMode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CreateWebhookEndpointPayload: Omit<CreateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  DeleteWebhookEndpointPayload: DeleteWebhookEndpointPayload;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRefMapperModel;
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PingWebhookEndpointInput: PingWebhookEndpointInput;
  PingWebhookEndpointPayload: Omit<PingWebhookEndpointPayload, 'delivery'> & { delivery: ResolversParentTypes['WebhookDelivery'] };
  Project: ProjectRefMapperModel;
  Query: Record<PropertyKey, never>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: Omit<RedeliverWebhookPayload, 'delivery'> & { delivery: ResolversParentTypes['WebhookDelivery'] };
  ReplayWebhooksInput: ReplayWebhooksInput;
  ReplayWebhooksPayload: Omit<ReplayWebhooksPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpdateWebhookEndpointPayload: Omit<UpdateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  User: EntityRefMapperModel;
  WebhookAttempt: WebhookAttemptMapperModel;
  WebhookAttemptConnection: WebhookAttemptConnectionMapperModel;
  WebhookAttemptEdge: WebhookAttemptEdgeMapperModel;
  WebhookDelivery: WebhookDeliveryMapperModel;
  WebhookDeliveryConnection: WebhookDeliveryConnectionMapperModel;
  WebhookDeliveryEdge: WebhookDeliveryEdgeMapperModel;
  WebhookEndpoint: WebhookEndpointMapperModel;
  WebhookEndpointConnection: WebhookEndpointConnectionMapperModel;
  WebhookEndpointEdge: WebhookEndpointEdgeMapperModel;
  WebhookEventType: WebhookEventTypeMapperModel;
  WebhookHeader: WebhookHeader;
}>;

export type CreateWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['CreateWebhookEndpointPayload'] = ResolversParentTypes['CreateWebhookEndpointPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['DeleteWebhookEndpointPayload'] = ResolversParentTypes['DeleteWebhookEndpointPayload']> = ResolversObject<{
  deletedEndpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createWebhookEndpoint?: Resolver<ResolversTypes['CreateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['DeleteWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'input'>>;
  pingWebhookEndpoint?: Resolver<ResolversTypes['PingWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationPingWebhookEndpointArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['RedeliverWebhookPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'input'>>;
  replayWebhooks?: Resolver<ResolversTypes['ReplayWebhooksPayload'], ParentType, ContextType, RequireFields<MutationReplayWebhooksArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['UpdateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'WebhookDelivery' | 'WebhookEndpoint', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, Partial<OrganizationWebhookEndpointsArgs>>;
}>;

export type PageInfoResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PingWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['PingWebhookEndpointPayload'] = ResolversParentTypes['PingWebhookEndpointPayload']> = ResolversObject<{
  delivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, Partial<ProjectWebhookEndpointsArgs>>;
}>;

export type QueryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  webhookEventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
}>;

export type RedeliverWebhookPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['RedeliverWebhookPayload'] = ResolversParentTypes['RedeliverWebhookPayload']> = ResolversObject<{
  delivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type ReplayWebhooksPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ReplayWebhooksPayload'] = ResolversParentTypes['ReplayWebhooksPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  replayedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RotateWebhookSecretPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpdateWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['UpdateWebhookEndpointPayload'] = ResolversParentTypes['UpdateWebhookEndpointPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WebhookAttemptOutcome'], ParentType, ContextType>;
  requestHeaders?: Resolver<Array<ResolversTypes['WebhookHeader']>, ParentType, ContextType>;
  requestUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responseBodyExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['WebhookAttemptTrigger'], ParentType, ContextType>;
}>;

export type WebhookAttemptConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookAttemptConnection'] = ResolversParentTypes['WebhookAttemptConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookAttemptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookAttemptEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookAttemptEdge'] = ResolversParentTypes['WebhookAttemptEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookAttempt'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'], FederationReferenceType extends FederationReferenceTypes['WebhookDelivery'] = FederationReferenceTypes['WebhookDelivery']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['WebhookAttemptConnection'], ParentType, ContextType, Partial<WebhookDeliveryAttemptsArgs>>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint'], FederationReferenceType extends FederationReferenceTypes['WebhookEndpoint'] = FederationReferenceTypes['WebhookEndpoint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookEndpoint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookEndpointDeliveriesArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['WebhookDisabledReason']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  payloadMode?: Resolver<ResolversTypes['WebhookPayloadMode'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookEndpointConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookEndpointEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type WebhookEventTypeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookEventType'] = ResolversParentTypes['WebhookEventType']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jsonSchema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookHeaderResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WebhookHeader'] = ResolversParentTypes['WebhookHeader']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IntegrationsContext> = ResolversObject<{
  CreateWebhookEndpointPayload?: CreateWebhookEndpointPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteWebhookEndpointPayload?: DeleteWebhookEndpointPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PingWebhookEndpointPayload?: PingWebhookEndpointPayloadResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedeliverWebhookPayload?: RedeliverWebhookPayloadResolvers<ContextType>;
  ReplayWebhooksPayload?: ReplayWebhooksPayloadResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  UpdateWebhookEndpointPayload?: UpdateWebhookEndpointPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookAttemptConnection?: WebhookAttemptConnectionResolvers<ContextType>;
  WebhookAttemptEdge?: WebhookAttemptEdgeResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEventType?: WebhookEventTypeResolvers<ContextType>;
  WebhookHeader?: WebhookHeaderResolvers<ContextType>;
}>;

