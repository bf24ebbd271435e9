import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRefMapper as ProjectRefMapperModel, OrganizationRefMapper as OrganizationRefMapperModel, EntityRefMapper as EntityRefMapperModel, WebhookEventTypeMapper as WebhookEventTypeMapperModel, WebhookEndpointMapper as WebhookEndpointMapperModel, WebhookDeliveryMapper as WebhookDeliveryMapperModel, WebhookAttemptMapper as WebhookAttemptMapperModel, WebhookEndpointConnectionMapper as WebhookEndpointConnectionMapperModel, WebhookEndpointEdgeMapper as WebhookEndpointEdgeMapperModel, WebhookDeliveryConnectionMapper as WebhookDeliveryConnectionMapperModel, WebhookDeliveryEdgeMapper as WebhookDeliveryEdgeMapperModel, WebhookAttemptConnectionMapper as WebhookAttemptConnectionMapperModel, WebhookAttemptEdgeMapper as WebhookAttemptEdgeMapperModel, VcsConnectionMapper as VcsConnectionMapperModel, VcsConnectionConnectionMapper as VcsConnectionConnectionMapperModel, VcsConnectionEdgeMapper as VcsConnectionEdgeMapperModel, VcsLinkMapper as VcsLinkMapperModel, VcsLinkConnectionMapper as VcsLinkConnectionMapperModel, VcsLinkEdgeMapper as VcsLinkEdgeMapperModel, VcsProjectSettingsMapper as VcsProjectSettingsMapperModel, WorkItemRefMapper as WorkItemRefMapperModel, LinkAttachmentRefMapper as LinkAttachmentRefMapperModel } from '../mappers';
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

/** A repository host to connect. */
export type CreateVcsConnectionInput = {
  /** What to call it (1-100 characters), for example the GitHub organization's name. */
  name: Scalars['String']['input'];
  /** The organization whose work items its deliveries link. */
  organizationId: Scalars['ID']['input'];
  /** The host. */
  provider: VcsProvider;
};

/** The new connection and its secret. */
export type CreateVcsConnectionPayload = {
  __typename?: 'CreateVcsConnectionPayload';
  /** The connection, with the URL to give the host. */
  connection: VcsConnection;
  /** The webhook secret to give the host: shown this once, keep it. */
  secret: Scalars['String']['output'];
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

/** The connection to remove. */
export type DeleteVcsConnectionInput = {
  /** The connection. */
  connectionId: Scalars['ID']['input'];
};

/** What was removed. */
export type DeleteVcsConnectionPayload = {
  __typename?: 'DeleteVcsConnectionPayload';
  /** The removed connection's ID. */
  deletedConnectionId: Scalars['ID']['output'];
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

/** A link shown beside the files of a work item, comment or project: at most one per (target, URL). */
export type LinkAttachment = {
  __typename?: 'LinkAttachment';
  /** The link's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The pull request (or GitLab merge request) the link stands for, with its state and checks; null for other links. */
  pullRequest: Maybe<VcsPullRequest>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Connects a repository host (GitHub or GitLab) to an organization (requires its ADMIN role or
   * ownership). Answers the URL to give the host's webhook settings and the webhook secret, once.
   */
  createVcsConnection: CreateVcsConnectionPayload;
  /**
   * Registers a webhook endpoint for an organization (requires its ADMIN role or ownership) or for one
   * of its projects (requires the project's ADMIN role). Answers the signing secret, once.
   */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /**
   * Removes a connection with the links it made, and removes the link attachments it made on work items
   * (those no other connection shares), as disconnecting a repository host does in other trackers: right
   * after the commit, and retried until the files service confirms. Deliveries to its URL are refused
   * from then on.
   */
  deleteVcsConnection: DeleteVcsConnectionPayload;
  /** Deletes an endpoint with its delivery log; nothing more is sent to it. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /**
   * Sends a `ping` event to an endpoint now, and answers its delivery with the attempt's result.
   * CONFLICT when the endpoint is disabled: enable it first.
   */
  pingWebhookEndpoint: PingWebhookEndpointPayload;
  /**
   * Service-to-service: one inbound delivery of a repository host, as the router received it on
   * `/hooks/vcs/<connection ID>`. Not part of the public API.
   */
  receiveVcsWebhook: ReceiveVcsWebhookPayload;
  /**
   * Sends a delivery again now, as a new attempt of the same message: same `webhook-id`, same body.
   * A delivery that then fails follows the retry schedule from its start. CONFLICT when the endpoint
   * is disabled: enable it first.
   */
  redeliverWebhook: RedeliverWebhookPayload;
  /**
   * Sends again, in order, every delivery of an endpoint whose event happened in a window (deliveries
   * are kept for the retention period, 30 days by default), each as a new attempt of its message.
   * CONFLICT when the endpoint is disabled: enable it first.
   */
  replayWebhooks: ReplayWebhooksPayload;
  /** Gives a connection a new webhook secret, answered once; the old one stops working at once. */
  rotateVcsConnectionSecret: RotateVcsConnectionSecretPayload;
  /**
   * Gives an endpoint a new signing secret, answered once. The old secret stays valid for the overlap:
   * until then every delivery carries a signature with each.
   */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Sets what a merged pull request does to a project's items. Requires the project's ADMIN role. */
  setVcsProjectSettings: SetVcsProjectSettingsPayload;
  /** Changes an endpoint: its URL, description, event types, payload mode, or whether it is enabled. */
  updateWebhookEndpoint: UpdateWebhookEndpointPayload;
};


export type MutationCreateVcsConnectionArgs = {
  input: CreateVcsConnectionInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteVcsConnectionArgs = {
  input: DeleteVcsConnectionInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


export type MutationPingWebhookEndpointArgs = {
  input: PingWebhookEndpointInput;
};


export type MutationReceiveVcsWebhookArgs = {
  input: ReceiveVcsWebhookInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationReplayWebhooksArgs = {
  input: ReplayWebhooksInput;
};


export type MutationRotateVcsConnectionSecretArgs = {
  input: RotateVcsConnectionSecretInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


export type MutationSetVcsProjectSettingsArgs = {
  input: SetVcsProjectSettingsInput;
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
  /** The organization's connected repository hosts, oldest first. Visible to its OWNERs and ADMINs; empty for anyone else. */
  vcsConnections: VcsConnectionConnection;
  /** The organization's webhook endpoints (its projects' included), oldest first. Visible to its OWNERs and ADMINs; empty for anyone else. */
  webhookEndpoints: WebhookEndpointConnection;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationVcsConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
  /** What a merged pull request does to the project's items; null for those who cannot read the project. */
  vcsSettings: Maybe<VcsProjectSettings>;
  /** The project's own webhook endpoints, oldest first. Visible to its ADMINs (and the organization's); empty for anyone else. */
  webhookEndpoints: WebhookEndpointConnection;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Every event type a webhook endpoint may subscribe to, `ping` included, with its payload version and JSON Schema. */
  webhookEventTypes: Array<WebhookEventType>;
};

/** One inbound delivery as the router received it. */
export type ReceiveVcsWebhookInput = {
  /** The raw body, exactly as received. */
  body: Scalars['String']['input'];
  /** The connection's global ID from the URL path. */
  connectionId: Scalars['String']['input'];
  /** The headers the router forwards (signature, event, delivery ID). */
  headers: Array<VcsHeaderInput>;
};

/** How the delivery was answered. */
export type ReceiveVcsWebhookPayload = {
  __typename?: 'ReceiveVcsWebhookPayload';
  /** How many links were added or changed. */
  linked: Scalars['Int']['output'];
  /** A sentence for the host's delivery log. */
  message: Scalars['String']['output'];
  /** How many work items moved to their merged state. */
  moved: Scalars['Int']['output'];
  /** The outcome; the router answers its HTTP status. */
  outcome: VcsDeliveryOutcome;
  /** Items a merged pull request closes that stayed where they were: the workflow refused the move. */
  refused: Array<VcsRefusedMove>;
  /**
   * Keys named past the first 100 distinct ones of the delivery (in order of appearance): not looked
   * up, so not linked. Empty for most deliveries.
   */
  skippedKeys: Array<Scalars['String']['output']>;
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

/** The connection whose secret to replace. */
export type RotateVcsConnectionSecretInput = {
  /** The connection. */
  connectionId: Scalars['ID']['input'];
};

/** The new secret. */
export type RotateVcsConnectionSecretPayload = {
  __typename?: 'RotateVcsConnectionSecretPayload';
  /** The connection. */
  connection: VcsConnection;
  /** The new webhook secret: shown this once; give it to the host now. */
  secret: Scalars['String']['output'];
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

/** A project's merge settings; omitted fields stay as they are. */
export type SetVcsProjectSettingsInput = {
  /** A state of the project's workflow to move merged items to; null: the first DONE state. */
  mergedStateId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether merging a pull request that closes items moves them. */
  moveOnMerge?: InputMaybe<Scalars['Boolean']['input']>;
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** The project's settings as they are now. */
export type SetVcsProjectSettingsPayload = {
  __typename?: 'SetVcsProjectSettingsPayload';
  /** The settings. */
  settings: VcsProjectSettings;
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

/** The latest check reported for a commit. */
export type VcsChecksState =
  /** Failed, errored, timed out or was cancelled. */
  | 'FAILURE'
  /** Queued or running. */
  | 'PENDING'
  /** Passed (or neutral, or skipped). */
  | 'SUCCESS';

/** A repository host connected to an organization: its deliveries link commits and pull requests to work items. */
export type VcsConnection = Node & {
  __typename?: 'VcsConnection';
  /** When it was connected. */
  createdAt: Scalars['DateTime']['output'];
  /** Who connected it: links it adds are created in their name. */
  createdBy: User;
  /** The connection's opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it last received a verified delivery; null before the first. */
  lastDeliveryAt: Maybe<Scalars['DateTime']['output']>;
  /** What it is called, in the words of whoever connected it. */
  name: Scalars['String']['output'];
  /** The organization whose work items it links. */
  organization: Organization;
  /** The host. */
  provider: VcsProvider;
  /** The URL to give the host's webhook settings (content type `application/json`). */
  webhookUrl: Scalars['String']['output'];
};

/** A page of repository connections. */
export type VcsConnectionConnection = {
  __typename?: 'VcsConnectionConnection';
  /** The connections of this page. */
  edges: Array<VcsConnectionEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<VcsConnection>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many connections there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A connection in a page. */
export type VcsConnectionEdge = {
  __typename?: 'VcsConnectionEdge';
  /** Pass it as `after` to start the next page after this connection. */
  cursor: Scalars['String']['output'];
  /** The connection. */
  node: VcsConnection;
};

/** How the integrations service answered a delivery. */
export type VcsDeliveryOutcome =
  /** Read and applied (HTTP 202). */
  | 'ACCEPTED'
  /** The signature or token is missing or wrong (HTTP 401). */
  | 'BAD_SIGNATURE'
  /** Read before (same delivery ID): nothing changed (HTTP 202). */
  | 'DUPLICATE'
  /** An event this service does not read (HTTP 202). */
  | 'IGNORED'
  /** The body is not the JSON of the event it says it is, or has no event header (HTTP 400). */
  | 'MALFORMED'
  /** No such connection (HTTP 404). */
  | 'UNKNOWN_CONNECTION';

/** A header of an inbound delivery. */
export type VcsHeaderInput = {
  /** Its name, lower-case. */
  name: Scalars['String']['input'];
  /** Its value. */
  value: Scalars['String']['input'];
};

/** A commit, branch or pull request linked to a work item. */
export type VcsLink = {
  __typename?: 'VcsLink';
  /** The latest check reported for its sha; null before any. */
  checks: Maybe<VcsChecksState>;
  /** Whether it names the item with a closing keyword (`Fixes WEB-42`): merging the pull request then moves the item. */
  closes: Scalars['Boolean']['output'];
  /** When it was first linked. */
  createdAt: Scalars['DateTime']['output'];
  /** What it stands for. */
  kind: VcsLinkKind;
  /** The link attachment shown beside the item's files. */
  linkAttachment: Maybe<LinkAttachment>;
  /** When the pull request was merged; null otherwise. */
  mergedAt: Maybe<Scalars['DateTime']['output']>;
  /** The pull request's number; null for commits and branches. */
  number: Maybe<Scalars['Int']['output']>;
  /** The host. */
  provider: VcsProvider;
  /** The branch: the pull request's head branch, or the branch itself. */
  ref: Maybe<Scalars['String']['output']>;
  /** The repository: `owner/name` on GitHub, the project's path on GitLab. */
  repository: Scalars['String']['output'];
  /** The commit's sha, or the pull request's head sha. */
  sha: Maybe<Scalars['String']['output']>;
  /** The pull request's state; null for commits and branches. */
  state: Maybe<VcsPullRequestState>;
  /** The link's title, for example `PR #812: Fix checkout (open, checks passing)`. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The page on the host. */
  url: Scalars['String']['output'];
};

/** A page of version control links. */
export type VcsLinkConnection = {
  __typename?: 'VcsLinkConnection';
  /** The links of this page. */
  edges: Array<VcsLinkEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<VcsLink>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many links the item has. */
  totalCount: Scalars['Int']['output'];
};

/** A version control link in a page. */
export type VcsLinkEdge = {
  __typename?: 'VcsLinkEdge';
  /** Pass it as `after` to start the next page after this link. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: VcsLink;
};

/** What a version control link stands for. */
export type VcsLinkKind =
  /** A branch whose name names the item. */
  | 'BRANCH'
  /** A commit whose message names the item. */
  | 'COMMIT'
  /** A pull request (merge request) whose title, body or head branch names the item. */
  | 'PULL_REQUEST';

/** A project's merge settings. */
export type VcsProjectSettings = {
  __typename?: 'VcsProjectSettings';
  /** The state merged items move to; null: the project's first DONE state. */
  mergedState: Maybe<WorkflowState>;
  /** Whether merging a pull request that closes items (`Fixes WEB-42`) moves them to the merged state. */
  moveOnMerge: Scalars['Boolean']['output'];
};

/** A repository host. */
export type VcsProvider =
  /** GitHub (or GitHub Enterprise): `X-Hub-Signature-256` signed deliveries. */
  | 'GITHUB'
  /** GitLab: deliveries carrying the secret as `X-Gitlab-Token`. */
  | 'GITLAB';

/** A pull request (GitLab: merge request) a link attachment stands for. */
export type VcsPullRequest = {
  __typename?: 'VcsPullRequest';
  /** The latest check of its head commit; null before any. */
  checks: Maybe<VcsChecksState>;
  /** When it was merged; null unless merged. */
  mergedAt: Maybe<Scalars['DateTime']['output']>;
  /** Its number (GitLab: the merge request's IID). */
  number: Scalars['Int']['output'];
  /** The host. */
  provider: VcsProvider;
  /** The repository. */
  repository: Scalars['String']['output'];
  /** Where it stands. */
  state: VcsPullRequestState;
  /** Its title as the host has it now. */
  title: Scalars['String']['output'];
};

/** Where a pull request stands. */
export type VcsPullRequestState =
  /** Closed without merging. */
  | 'CLOSED'
  /** Merged. */
  | 'MERGED'
  /** Open (drafts included). */
  | 'OPEN';

/** An item a merged pull request did not move, and why. */
export type VcsRefusedMove = {
  __typename?: 'VcsRefusedMove';
  /** The item's key (`WEB-42`). */
  key: Scalars['String']['output'];
  /** The workflow's reason, as a sentence. */
  reason: Scalars['String']['output'];
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
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WebhookAttempt>;
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
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WebhookDelivery>;
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

/** A URL that receives an organization's or a project's events, signed per the Standard Webhooks specification. */
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


/** A URL that receives an organization's or a project's events, signed per the Standard Webhooks specification. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A page of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints of this page. */
  edges: Array<WebhookEndpointEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WebhookEndpoint>;
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

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Commits, branches and pull requests that name the item, oldest first; empty for those who cannot read it. */
  vcsLinks: VcsLinkConnection;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemVcsLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A state of a workflow: a board column. */
export type WorkflowState = {
  __typename?: 'WorkflowState';
  /** The state's opaque global ID. */
  id: Scalars['ID']['output'];
};

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
  LinkAttachment: LinkAttachment;
  Organization: Organization;
  Project: Project;
  VcsConnection: VcsConnection;
  WebhookDelivery: WebhookDelivery;
  WebhookEndpoint: WebhookEndpoint;
  WorkItem: WorkItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LinkAttachment:
    ( { __typename: 'LinkAttachment' }
    & GraphQLRecursivePick<FederationTypes['LinkAttachment'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  VcsConnection:
    ( { __typename: 'VcsConnection' }
    & GraphQLRecursivePick<FederationTypes['VcsConnection'], {"id":true}> );
  WebhookDelivery:
    ( { __typename: 'WebhookDelivery' }
    & GraphQLRecursivePick<FederationTypes['WebhookDelivery'], {"id":true}> );
  WebhookEndpoint:
    ( { __typename: 'WebhookEndpoint' }
    & GraphQLRecursivePick<FederationTypes['WebhookEndpoint'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( VcsConnectionMapperModel )
    | ( WebhookDeliveryMapperModel )
    | ( WebhookEndpointMapperModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateVcsConnectionInput: CreateVcsConnectionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateVcsConnectionPayload: ResolverTypeWrapper<Omit<CreateVcsConnectionPayload, 'connection'> & { connection: ResolversTypes['VcsConnection'] }>;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: ResolverTypeWrapper<Omit<CreateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteVcsConnectionInput: DeleteVcsConnectionInput;
  DeleteVcsConnectionPayload: ResolverTypeWrapper<DeleteVcsConnectionPayload>;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  DeleteWebhookEndpointPayload: ResolverTypeWrapper<DeleteWebhookEndpointPayload>;
  LinkAttachment: ResolverTypeWrapper<LinkAttachmentRefMapperModel>;
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
  ReceiveVcsWebhookInput: ReceiveVcsWebhookInput;
  ReceiveVcsWebhookPayload: ResolverTypeWrapper<ReceiveVcsWebhookPayload>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: ResolverTypeWrapper<Omit<RedeliverWebhookPayload, 'delivery'> & { delivery: ResolversTypes['WebhookDelivery'] }>;
  ReplayWebhooksInput: ReplayWebhooksInput;
  ReplayWebhooksPayload: ResolverTypeWrapper<Omit<ReplayWebhooksPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  RotateVcsConnectionSecretInput: RotateVcsConnectionSecretInput;
  RotateVcsConnectionSecretPayload: ResolverTypeWrapper<Omit<RotateVcsConnectionSecretPayload, 'connection'> & { connection: ResolversTypes['VcsConnection'] }>;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Omit<RotateWebhookSecretPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  SetVcsProjectSettingsInput: SetVcsProjectSettingsInput;
  SetVcsProjectSettingsPayload: ResolverTypeWrapper<Omit<SetVcsProjectSettingsPayload, 'settings'> & { settings: ResolversTypes['VcsProjectSettings'] }>;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpdateWebhookEndpointPayload: ResolverTypeWrapper<Omit<UpdateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  User: ResolverTypeWrapper<EntityRefMapperModel>;
  VcsChecksState: VcsChecksState;
  VcsConnection: ResolverTypeWrapper<VcsConnectionMapperModel>;
  VcsConnectionConnection: ResolverTypeWrapper<VcsConnectionConnectionMapperModel>;
  VcsConnectionEdge: ResolverTypeWrapper<VcsConnectionEdgeMapperModel>;
  VcsDeliveryOutcome: VcsDeliveryOutcome;
  VcsHeaderInput: VcsHeaderInput;
  VcsLink: ResolverTypeWrapper<VcsLinkMapperModel>;
  VcsLinkConnection: ResolverTypeWrapper<VcsLinkConnectionMapperModel>;
  VcsLinkEdge: ResolverTypeWrapper<VcsLinkEdgeMapperModel>;
  VcsLinkKind: VcsLinkKind;
  VcsProjectSettings: ResolverTypeWrapper<VcsProjectSettingsMapperModel>;
  VcsProvider: VcsProvider;
  VcsPullRequest: ResolverTypeWrapper<VcsLinkMapperModel>;
  VcsPullRequestState: VcsPullRequestState;
  VcsRefusedMove: ResolverTypeWrapper<VcsRefusedMove>;
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
  WorkItem: ResolverTypeWrapper<WorkItemRefMapperModel>;
  WorkflowState: ResolverTypeWrapper<EntityRefMapperModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateVcsConnectionInput: CreateVcsConnectionInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CreateVcsConnectionPayload: Omit<CreateVcsConnectionPayload, 'connection'> & { connection: ResolversParentTypes['VcsConnection'] };
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWebhookEndpointPayload: Omit<CreateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteVcsConnectionInput: DeleteVcsConnectionInput;
  DeleteVcsConnectionPayload: DeleteVcsConnectionPayload;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  DeleteWebhookEndpointPayload: DeleteWebhookEndpointPayload;
  LinkAttachment: LinkAttachmentRefMapperModel;
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
  ReceiveVcsWebhookInput: ReceiveVcsWebhookInput;
  ReceiveVcsWebhookPayload: ReceiveVcsWebhookPayload;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RedeliverWebhookPayload: Omit<RedeliverWebhookPayload, 'delivery'> & { delivery: ResolversParentTypes['WebhookDelivery'] };
  ReplayWebhooksInput: ReplayWebhooksInput;
  ReplayWebhooksPayload: Omit<ReplayWebhooksPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  RotateVcsConnectionSecretInput: RotateVcsConnectionSecretInput;
  RotateVcsConnectionSecretPayload: Omit<RotateVcsConnectionSecretPayload, 'connection'> & { connection: ResolversParentTypes['VcsConnection'] };
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  RotateWebhookSecretPayload: Omit<RotateWebhookSecretPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  SetVcsProjectSettingsInput: SetVcsProjectSettingsInput;
  SetVcsProjectSettingsPayload: Omit<SetVcsProjectSettingsPayload, 'settings'> & { settings: ResolversParentTypes['VcsProjectSettings'] };
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpdateWebhookEndpointPayload: Omit<UpdateWebhookEndpointPayload, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  User: EntityRefMapperModel;
  VcsConnection: VcsConnectionMapperModel;
  VcsConnectionConnection: VcsConnectionConnectionMapperModel;
  VcsConnectionEdge: VcsConnectionEdgeMapperModel;
  VcsHeaderInput: VcsHeaderInput;
  VcsLink: VcsLinkMapperModel;
  VcsLinkConnection: VcsLinkConnectionMapperModel;
  VcsLinkEdge: VcsLinkEdgeMapperModel;
  VcsProjectSettings: VcsProjectSettingsMapperModel;
  VcsPullRequest: VcsLinkMapperModel;
  VcsRefusedMove: VcsRefusedMove;
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
  WorkItem: WorkItemRefMapperModel;
  WorkflowState: EntityRefMapperModel;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = IntegrationsContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CreateVcsConnectionPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['CreateVcsConnectionPayload'] = ResolversParentTypes['CreateVcsConnectionPayload']> = ResolversObject<{
  connection?: Resolver<ResolversTypes['VcsConnection'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreateWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['CreateWebhookEndpointPayload'] = ResolversParentTypes['CreateWebhookEndpointPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteVcsConnectionPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['DeleteVcsConnectionPayload'] = ResolversParentTypes['DeleteVcsConnectionPayload']> = ResolversObject<{
  deletedConnectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['DeleteWebhookEndpointPayload'] = ResolversParentTypes['DeleteWebhookEndpointPayload']> = ResolversObject<{
  deletedEndpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LinkAttachmentResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['LinkAttachment'] = ResolversParentTypes['LinkAttachment'], FederationReferenceType extends FederationReferenceTypes['LinkAttachment'] = FederationReferenceTypes['LinkAttachment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LinkAttachment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pullRequest?: Resolver<Maybe<ResolversTypes['VcsPullRequest']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createVcsConnection?: Resolver<ResolversTypes['CreateVcsConnectionPayload'], ParentType, ContextType, RequireFields<MutationCreateVcsConnectionArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteVcsConnection?: Resolver<ResolversTypes['DeleteVcsConnectionPayload'], ParentType, ContextType, RequireFields<MutationDeleteVcsConnectionArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['DeleteWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'input'>>;
  pingWebhookEndpoint?: Resolver<ResolversTypes['PingWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationPingWebhookEndpointArgs, 'input'>>;
  receiveVcsWebhook?: Resolver<ResolversTypes['ReceiveVcsWebhookPayload'], ParentType, ContextType, RequireFields<MutationReceiveVcsWebhookArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['RedeliverWebhookPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'input'>>;
  replayWebhooks?: Resolver<ResolversTypes['ReplayWebhooksPayload'], ParentType, ContextType, RequireFields<MutationReplayWebhooksArgs, 'input'>>;
  rotateVcsConnectionSecret?: Resolver<ResolversTypes['RotateVcsConnectionSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateVcsConnectionSecretArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
  setVcsProjectSettings?: Resolver<ResolversTypes['SetVcsProjectSettingsPayload'], ParentType, ContextType, RequireFields<MutationSetVcsProjectSettingsArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['UpdateWebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'VcsConnection' | 'WebhookDelivery' | 'WebhookEndpoint', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vcsConnections?: Resolver<ResolversTypes['VcsConnectionConnection'], ParentType, ContextType, Partial<OrganizationVcsConnectionsArgs>>;
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
  vcsSettings?: Resolver<Maybe<ResolversTypes['VcsProjectSettings']>, ParentType, ContextType>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, Partial<ProjectWebhookEndpointsArgs>>;
}>;

export type QueryResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  webhookEventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
}>;

export type ReceiveVcsWebhookPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ReceiveVcsWebhookPayload'] = ResolversParentTypes['ReceiveVcsWebhookPayload']> = ResolversObject<{
  linked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['VcsDeliveryOutcome'], ParentType, ContextType>;
  refused?: Resolver<Array<ResolversTypes['VcsRefusedMove']>, ParentType, ContextType>;
  skippedKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RedeliverWebhookPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['RedeliverWebhookPayload'] = ResolversParentTypes['RedeliverWebhookPayload']> = ResolversObject<{
  delivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type ReplayWebhooksPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['ReplayWebhooksPayload'] = ResolversParentTypes['ReplayWebhooksPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  replayedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RotateVcsConnectionSecretPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['RotateVcsConnectionSecretPayload'] = ResolversParentTypes['RotateVcsConnectionSecretPayload']> = ResolversObject<{
  connection?: Resolver<ResolversTypes['VcsConnection'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RotateWebhookSecretPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SetVcsProjectSettingsPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['SetVcsProjectSettingsPayload'] = ResolversParentTypes['SetVcsProjectSettingsPayload']> = ResolversObject<{
  settings?: Resolver<ResolversTypes['VcsProjectSettings'], ParentType, ContextType>;
}>;

export type UpdateWebhookEndpointPayloadResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['UpdateWebhookEndpointPayload'] = ResolversParentTypes['UpdateWebhookEndpointPayload']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VcsConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsConnection'] = ResolversParentTypes['VcsConnection'], FederationReferenceType extends FederationReferenceTypes['VcsConnection'] = FederationReferenceTypes['VcsConnection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VcsConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['VcsProvider'], ParentType, ContextType>;
  webhookUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VcsConnectionConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsConnectionConnection'] = ResolversParentTypes['VcsConnectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VcsConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VcsConnection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VcsConnectionEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsConnectionEdge'] = ResolversParentTypes['VcsConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VcsConnection'], ParentType, ContextType>;
}>;

export type VcsLinkResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsLink'] = ResolversParentTypes['VcsLink']> = ResolversObject<{
  checks?: Resolver<Maybe<ResolversTypes['VcsChecksState']>, ParentType, ContextType>;
  closes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VcsLinkKind'], ParentType, ContextType>;
  linkAttachment?: Resolver<Maybe<ResolversTypes['LinkAttachment']>, ParentType, ContextType>;
  mergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['VcsProvider'], ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repository?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['VcsPullRequestState']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VcsLinkConnectionResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsLinkConnection'] = ResolversParentTypes['VcsLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VcsLinkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VcsLink']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VcsLinkEdgeResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsLinkEdge'] = ResolversParentTypes['VcsLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VcsLink'], ParentType, ContextType>;
}>;

export type VcsProjectSettingsResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsProjectSettings'] = ResolversParentTypes['VcsProjectSettings']> = ResolversObject<{
  mergedState?: Resolver<Maybe<ResolversTypes['WorkflowState']>, ParentType, ContextType>;
  moveOnMerge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type VcsPullRequestResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsPullRequest'] = ResolversParentTypes['VcsPullRequest']> = ResolversObject<{
  checks?: Resolver<Maybe<ResolversTypes['VcsChecksState']>, ParentType, ContextType>;
  mergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['VcsProvider'], ParentType, ContextType>;
  repository?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VcsPullRequestState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VcsRefusedMoveResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['VcsRefusedMove'] = ResolversParentTypes['VcsRefusedMove']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  nodes?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
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
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
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
  nodes?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
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

export type WorkItemResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vcsLinks?: Resolver<ResolversTypes['VcsLinkConnection'], ParentType, ContextType, Partial<WorkItemVcsLinksArgs>>;
}>;

export type WorkflowStateResolvers<ContextType = IntegrationsContext, ParentType extends ResolversParentTypes['WorkflowState'] = ResolversParentTypes['WorkflowState']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IntegrationsContext> = ResolversObject<{
  CreateVcsConnectionPayload?: CreateVcsConnectionPayloadResolvers<ContextType>;
  CreateWebhookEndpointPayload?: CreateWebhookEndpointPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteVcsConnectionPayload?: DeleteVcsConnectionPayloadResolvers<ContextType>;
  DeleteWebhookEndpointPayload?: DeleteWebhookEndpointPayloadResolvers<ContextType>;
  LinkAttachment?: LinkAttachmentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PingWebhookEndpointPayload?: PingWebhookEndpointPayloadResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceiveVcsWebhookPayload?: ReceiveVcsWebhookPayloadResolvers<ContextType>;
  RedeliverWebhookPayload?: RedeliverWebhookPayloadResolvers<ContextType>;
  ReplayWebhooksPayload?: ReplayWebhooksPayloadResolvers<ContextType>;
  RotateVcsConnectionSecretPayload?: RotateVcsConnectionSecretPayloadResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  SetVcsProjectSettingsPayload?: SetVcsProjectSettingsPayloadResolvers<ContextType>;
  UpdateWebhookEndpointPayload?: UpdateWebhookEndpointPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VcsConnection?: VcsConnectionResolvers<ContextType>;
  VcsConnectionConnection?: VcsConnectionConnectionResolvers<ContextType>;
  VcsConnectionEdge?: VcsConnectionEdgeResolvers<ContextType>;
  VcsLink?: VcsLinkResolvers<ContextType>;
  VcsLinkConnection?: VcsLinkConnectionResolvers<ContextType>;
  VcsLinkEdge?: VcsLinkEdgeResolvers<ContextType>;
  VcsProjectSettings?: VcsProjectSettingsResolvers<ContextType>;
  VcsPullRequest?: VcsPullRequestResolvers<ContextType>;
  VcsRefusedMove?: VcsRefusedMoveResolvers<ContextType>;
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
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkflowState?: WorkflowStateResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = IntegrationsContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
