import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Notification as NotificationModel } from './prisma/client';
import type { EntityRefMapper as EntityRefMapperModel, WorkItemRefMapper as WorkItemRefMapperModel, NotificationConnectionMapper as NotificationConnectionMapperModel, NotificationEdgeMapper as NotificationEdgeMapperModel, WorkItemWatcherConnectionMapper as WorkItemWatcherConnectionMapperModel, WorkItemWatcherEdgeMapper as WorkItemWatcherEdgeMapperModel, NotificationPreferencesMapper as NotificationPreferencesMapperModel } from '../mappers';
import type { NotificationsContext } from '../context';
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

/** Notifications to archive. */
export type ArchiveNotificationsInput = {
  /** The notifications' IDs, 1-100. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of `archiveNotifications`. */
export type ArchiveNotificationsPayload = {
  __typename?: 'ArchiveNotificationsPayload';
  /** The notifications, now archived. */
  notifications: Array<Notification>;
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** How often emails are sent. */
export type DigestFrequency =
  /** One email per day, at 08:00 in your time zone, with everything since the last one. */
  | 'DAILY'
  /** One email per hour with everything since the last one. */
  | 'HOURLY'
  /** Each notification is emailed on its own, as it happens (outside quiet hours). */
  | 'NONE';

/** Which notifications to mark read. */
export type MarkAllNotificationsReadInput = {
  /** Only those created at or before this moment; all when omitted. */
  createdUpTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of `markAllNotificationsRead`. */
export type MarkAllNotificationsReadPayload = {
  __typename?: 'MarkAllNotificationsReadPayload';
  /** How many notifications were marked read. */
  markedCount: Scalars['Int']['output'];
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** Notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** The notifications' IDs, 1-100. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of `markNotificationsRead`. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The notifications, now read. */
  notifications: Array<Notification>;
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** Notifications to mark unread. */
export type MarkNotificationsUnreadInput = {
  /** The notifications' IDs, 1-100. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of `markNotificationsUnread`. */
export type MarkNotificationsUnreadPayload = {
  __typename?: 'MarkNotificationsUnreadPayload';
  /** The notifications, now unread. */
  notifications: Array<Notification>;
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archives some of your notifications (they leave the inbox and the unread count); IDs that are not yours are NOT_FOUND. */
  archiveNotifications: ArchiveNotificationsPayload;
  /** Marks all your unread notifications read. */
  markAllNotificationsRead: MarkAllNotificationsReadPayload;
  /** Marks some of your notifications read; IDs that are not yours are NOT_FOUND and nothing changes. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Marks some of your notifications unread again (they count as unread until read); IDs that are not yours are NOT_FOUND and nothing changes. */
  markNotificationsUnread: MarkNotificationsUnreadPayload;
  /**
   * Snoozes some of your notifications until a time: they leave the inbox and the unread count until
   * then, and come back unread at the top of the inbox (sorted at that time), archived ones too. Snoozing
   * again moves the time. IDs that are not yours are NOT_FOUND and nothing changes.
   */
  snoozeNotifications: SnoozeNotificationsPayload;
  /** Brings some of your archived notifications back to the inbox, read or unread as they were; IDs that are not yours are NOT_FOUND. */
  unarchiveNotifications: UnarchiveNotificationsPayload;
  /** Ends the snooze of some of your notifications now: they are back in the inbox at their original place. */
  unsnoozeNotifications: UnsnoozeNotificationsPayload;
  /**
   * Turns off email for one notification type, from the signed link of an email (no login needed: the
   * token is the proof). BAD_USER_INPUT for an invalid or tampered token.
   */
  unsubscribeFromEmails: UnsubscribeFromEmailsPayload;
  /** Stops watching a work item; you are not added back automatically by later changes (until assigned again or you comment). */
  unwatchWorkItem: UnwatchWorkItemPayload;
  /** Changes your notification preferences; omitted fields keep their value. */
  updateNotificationPreferences: UpdateNotificationPreferencesPayload;
  /** Starts watching a work item of a project you can read: you are notified of its comments, state changes and new attachments. */
  watchWorkItem: WatchWorkItemPayload;
};


export type MutationArchiveNotificationsArgs = {
  input: ArchiveNotificationsInput;
};


export type MutationMarkAllNotificationsReadArgs = {
  input?: InputMaybe<MarkAllNotificationsReadInput>;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMarkNotificationsUnreadArgs = {
  input: MarkNotificationsUnreadInput;
};


export type MutationSnoozeNotificationsArgs = {
  input: SnoozeNotificationsInput;
};


export type MutationUnarchiveNotificationsArgs = {
  input: UnarchiveNotificationsInput;
};


export type MutationUnsnoozeNotificationsArgs = {
  input: UnsnoozeNotificationsInput;
};


export type MutationUnsubscribeFromEmailsArgs = {
  input: UnsubscribeFromEmailsInput;
};


export type MutationUnwatchWorkItemArgs = {
  input: UnwatchWorkItemInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};


export type MutationWatchWorkItemArgs = {
  input: WatchWorkItemInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Something that happened that concerns you. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** Who caused it; null for changes the system made. Names stay visible after you leave the project. */
  actor: Maybe<User>;
  /** When you archived it; null while in the inbox. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The notification's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The invitation it is about, for INVITED_TO_ORGANIZATION: accept or decline it from there. Null for other types. */
  invitation: Maybe<OrganizationInvitation>;
  /** The project it is about; null for notifications about no project, and once you can no longer see the project (it is never an error). */
  project: Maybe<Project>;
  /** When you read it; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * When its snooze ends (or ended): until then it is out of the inbox and the unread count; from then
   * on it sorts in the inbox at this time instead of `createdAt`. Null when not snoozed.
   */
  snoozedUntil: Maybe<Scalars['DateTime']['output']>;
  /** The sprint it is about, for sprint notifications; null once deleted or when you can no longer see it. */
  sprint: Maybe<Sprint>;
  /** A plain-text sentence saying what happened, for lists and screen readers, for example `Ada Lovelace assigned WEB-42 “Fix login” to you.` */
  summary: Scalars['String']['output'];
  /** What it is about. */
  type: NotificationType;
  /** The work item it is about, if any; null once deleted or when you can no longer see it. */
  workItem: Maybe<WorkItem>;
};

/** How you want to hear about one type of notification. */
export type NotificationChannelPreference = {
  __typename?: 'NotificationChannelPreference';
  /** Whether it is emailed to you. */
  email: Scalars['Boolean']['output'];
  /** Whether it appears in your inbox and live subscription. */
  inApp: Scalars['Boolean']['output'];
  /** The notification type. */
  type: NotificationType;
};

/** One notification type's channels to change; omitted channels keep their value. */
export type NotificationChannelPreferenceInput = {
  /** Whether it is emailed to you. */
  email?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether it appears in your inbox and live subscription. */
  inApp?: InputMaybe<Scalars['Boolean']['input']>;
  /** The notification type. */
  type: NotificationType;
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications on this page with their cursors. */
  edges: Array<NotificationEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Notification>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many notifications match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A notification in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** The cursor to resume after this notification. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** Which notifications to return. */
export type NotificationFilter = {
  /** Include archived ones. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only notifications whose snooze has not ended yet (they are left out otherwise), sorted by when they come back. */
  snoozedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these types. */
  types?: InputMaybe<Array<NotificationType>>;
  /** Only unread ones. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Your notification preferences. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** One entry per notification type, in the order of the NotificationType enum. */
  channels: Array<NotificationChannelPreference>;
  /** Whether emails are batched into a digest. */
  digest: DigestFrequency;
  /** Quiet hours for email; null when not set. */
  quietHours: Maybe<QuietHours>;
  /** The IANA time zone quiet hours and daily digests follow: your user preferences' time zone. */
  timeZone: Scalars['String']['output'];
};

/** What a notification is about; also the category its preferences are set for. */
export type NotificationType =
  /** You were added to a project. */
  | 'ADDED_TO_PROJECT'
  /** A work item was assigned to you. */
  | 'ASSIGNED'
  /** Someone attached a file, a new version of a file or a link to a work item you watch, or to one of its comments. */
  | 'ATTACHMENT_ADDED'
  /** Someone commented on a work item you watch. */
  | 'COMMENTED'
  /**
   * The weekly report of a dashboard you subscribed to (`subscribeToDashboardReport`). Email only: it is
   * never in the inbox, and its in-app channel changes nothing.
   */
  | 'DASHBOARD_REPORT'
  /** Someone invited you to join an organization (its email carries the link to accept). */
  | 'INVITED_TO_ORGANIZATION'
  /** You were mentioned in a comment. */
  | 'MENTIONED'
  /** A sprint with items assigned to you was completed. */
  | 'SPRINT_COMPLETED'
  /** A sprint with items assigned to you started. */
  | 'SPRINT_STARTED'
  /** A work item you watch moved to another state. */
  | 'STATE_CHANGED'
  /** A webhook endpoint of your organization (or one you registered) was disabled: it answered 410 Gone, or failed for days. */
  | 'WEBHOOK_ENDPOINT_DISABLED';

/**
 * An invitation to join an organization, sent to an email address. Visible to the organization's
 * OWNERs and ADMINs and to the person signed in with the invited address (or who accepted it).
 */
export type OrganizationInvitation = {
  __typename?: 'OrganizationInvitation';
  /** The invitation's opaque global ID. */
  id: Scalars['ID']['output'];
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

/** A project: where work is planned and tracked, inside one organization. */
export type Project = {
  __typename?: 'Project';
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One of your notifications, by ID; NOT_FOUND for anyone else's. */
  notification: Notification;
  /** Your notification preferences: channels per type, quiet hours and the email digest. */
  notificationPreferences: NotificationPreferences;
  /** Your notifications, newest first. Archived ones are left out unless the filter asks for them. */
  notifications: NotificationConnection;
  /** How many of your unarchived notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A daily window, in your time zone, during which no email is sent; emails due then wait until it ends. */
export type QuietHours = {
  __typename?: 'QuietHours';
  /** The end, as `HH:MM`; before the start when the window spans midnight. */
  end: Scalars['String']['output'];
  /** The start, as `HH:MM` (24-hour clock). */
  start: Scalars['String']['output'];
};

/** Quiet hours to set. */
export type QuietHoursInput = {
  /** The end, as `HH:MM`; different from the start. */
  end: Scalars['String']['input'];
  /** The start, as `HH:MM` (24-hour clock). */
  start: Scalars['String']['input'];
};

/** Notifications to snooze and until when. */
export type SnoozeNotificationsInput = {
  /** The notifications' IDs, 1-100. */
  ids: Array<Scalars['ID']['input']>;
  /** When they come back: in the future, at most 365 days ahead. */
  until: Scalars['DateTime']['input'];
};

/** The result of `snoozeNotifications`. */
export type SnoozeNotificationsPayload = {
  __typename?: 'SnoozeNotificationsPayload';
  /** The notifications, now snoozed. */
  notifications: Array<Notification>;
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** A time-boxed iteration of a project. */
export type Sprint = {
  __typename?: 'Sprint';
  /** The sprint's opaque global ID. */
  id: Scalars['ID']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each new notification of yours, as it is created, on every connection you have open (and only yours). */
  notificationReceived: Notification;
};

/** Archived notifications to bring back. */
export type UnarchiveNotificationsInput = {
  /** The notifications' IDs, 1-100. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of `unarchiveNotifications`. */
export type UnarchiveNotificationsPayload = {
  __typename?: 'UnarchiveNotificationsPayload';
  /** The notifications, back in the inbox. */
  notifications: Array<Notification>;
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** Snoozed notifications to bring back now. */
export type UnsnoozeNotificationsInput = {
  /** The notifications' IDs, 1-100. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of `unsnoozeNotifications`. */
export type UnsnoozeNotificationsPayload = {
  __typename?: 'UnsnoozeNotificationsPayload';
  /** The notifications, no longer snoozed. */
  notifications: Array<Notification>;
  /** Your unread count afterwards. */
  unreadNotificationCount: Scalars['Int']['output'];
};

/** The unsubscribe token. */
export type UnsubscribeFromEmailsInput = {
  /** The `token` parameter of the email's unsubscribe link. */
  token: Scalars['String']['input'];
};

/** The result of `unsubscribeFromEmails`. */
export type UnsubscribeFromEmailsPayload = {
  __typename?: 'UnsubscribeFromEmailsPayload';
  /** The notification type whose emails are now off. */
  type: NotificationType;
};

/** The item to stop watching. */
export type UnwatchWorkItemInput = {
  /** The work item's ID. */
  workItemId: Scalars['ID']['input'];
};

/** The result of `unwatchWorkItem`. */
export type UnwatchWorkItemPayload = {
  __typename?: 'UnwatchWorkItemPayload';
  /** The item, no longer watched. */
  workItem: WorkItem;
};

/** Notification preference changes; omitted fields keep their value. */
export type UpdateNotificationPreferencesInput = {
  /** Channel changes, at most one entry per type. */
  channels?: InputMaybe<Array<NotificationChannelPreferenceInput>>;
  /** The digest frequency. */
  digest?: InputMaybe<DigestFrequency>;
  /** New quiet hours; null removes them. */
  quietHours?: InputMaybe<QuietHoursInput>;
};

/** The result of `updateNotificationPreferences`. */
export type UpdateNotificationPreferencesPayload = {
  __typename?: 'UpdateNotificationPreferencesPayload';
  /** Your preferences afterwards. */
  preferences: NotificationPreferences;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Why someone watches a work item. */
export type WatchReason =
  /** It was assigned to them. */
  | 'ASSIGNEE'
  /** They commented on it. */
  | 'COMMENTER'
  /** They chose to watch it (`watchWorkItem`). */
  | 'MANUAL'
  /** They reported it. */
  | 'REPORTER';

/** The item to watch. */
export type WatchWorkItemInput = {
  /** The work item's ID. */
  workItemId: Scalars['ID']['input'];
};

/** The result of `watchWorkItem`. */
export type WatchWorkItemPayload = {
  __typename?: 'WatchWorkItemPayload';
  /** The item, now watched. */
  workItem: WorkItem;
};

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether you watch this item (reporters, assignees and commenters watch automatically). */
  viewerIsWatching: Scalars['Boolean']['output'];
  /**
   * Who watches this item (is notified of its comments, state changes and attachments), longest
   * watching first. Visible to everyone who can read the item's project; NOT_FOUND otherwise.
   */
  watchers: WorkItemWatcherConnection;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemWatchersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a work item's watchers. */
export type WorkItemWatcherConnection = {
  __typename?: 'WorkItemWatcherConnection';
  /** The watchers on this page with their cursors and why they watch. */
  edges: Array<WorkItemWatcherEdge>;
  /** The watchers on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<User>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many people watch the item in all. */
  totalCount: Scalars['Int']['output'];
};

/** A watcher in a connection. */
export type WorkItemWatcherEdge = {
  __typename?: 'WorkItemWatcherEdge';
  /** The cursor to resume after this watcher. */
  cursor: Scalars['String']['output'];
  /** The person watching. */
  node: User;
  /** Why they watch it. */
  reason: WatchReason;
  /** When they started watching (or last chose to watch). */
  since: Scalars['DateTime']['output'];
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
  Notification: Notification;
  WorkItem: WorkItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Notification:
    ( { __typename: 'Notification' }
    & GraphQLRecursivePick<FederationTypes['Notification'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( NotificationModel );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ArchiveNotificationsInput: ArchiveNotificationsInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArchiveNotificationsPayload: ResolverTypeWrapper<Omit<ArchiveNotificationsPayload, 'notifications'> & { notifications: Array<ResolversTypes['Notification']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DigestFrequency: DigestFrequency;
  MarkAllNotificationsReadInput: MarkAllNotificationsReadInput;
  MarkAllNotificationsReadPayload: ResolverTypeWrapper<MarkAllNotificationsReadPayload>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<Omit<MarkNotificationsReadPayload, 'notifications'> & { notifications: Array<ResolversTypes['Notification']> }>;
  MarkNotificationsUnreadInput: MarkNotificationsUnreadInput;
  MarkNotificationsUnreadPayload: ResolverTypeWrapper<Omit<MarkNotificationsUnreadPayload, 'notifications'> & { notifications: Array<ResolversTypes['Notification']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  NotificationChannelPreference: ResolverTypeWrapper<NotificationChannelPreference>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NotificationChannelPreferenceInput: NotificationChannelPreferenceInput;
  NotificationConnection: ResolverTypeWrapper<NotificationConnectionMapperModel>;
  NotificationEdge: ResolverTypeWrapper<NotificationEdgeMapperModel>;
  NotificationFilter: NotificationFilter;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferencesMapperModel>;
  NotificationType: NotificationType;
  OrganizationInvitation: ResolverTypeWrapper<EntityRefMapperModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<EntityRefMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  QuietHoursInput: QuietHoursInput;
  SnoozeNotificationsInput: SnoozeNotificationsInput;
  SnoozeNotificationsPayload: ResolverTypeWrapper<Omit<SnoozeNotificationsPayload, 'notifications'> & { notifications: Array<ResolversTypes['Notification']> }>;
  Sprint: ResolverTypeWrapper<EntityRefMapperModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnarchiveNotificationsInput: UnarchiveNotificationsInput;
  UnarchiveNotificationsPayload: ResolverTypeWrapper<Omit<UnarchiveNotificationsPayload, 'notifications'> & { notifications: Array<ResolversTypes['Notification']> }>;
  UnsnoozeNotificationsInput: UnsnoozeNotificationsInput;
  UnsnoozeNotificationsPayload: ResolverTypeWrapper<Omit<UnsnoozeNotificationsPayload, 'notifications'> & { notifications: Array<ResolversTypes['Notification']> }>;
  UnsubscribeFromEmailsInput: UnsubscribeFromEmailsInput;
  UnsubscribeFromEmailsPayload: ResolverTypeWrapper<UnsubscribeFromEmailsPayload>;
  UnwatchWorkItemInput: UnwatchWorkItemInput;
  UnwatchWorkItemPayload: ResolverTypeWrapper<Omit<UnwatchWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  UpdateNotificationPreferencesInput: UpdateNotificationPreferencesInput;
  UpdateNotificationPreferencesPayload: ResolverTypeWrapper<Omit<UpdateNotificationPreferencesPayload, 'preferences'> & { preferences: ResolversTypes['NotificationPreferences'] }>;
  User: ResolverTypeWrapper<EntityRefMapperModel>;
  WatchReason: WatchReason;
  WatchWorkItemInput: WatchWorkItemInput;
  WatchWorkItemPayload: ResolverTypeWrapper<Omit<WatchWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  WorkItem: ResolverTypeWrapper<WorkItemRefMapperModel>;
  WorkItemWatcherConnection: ResolverTypeWrapper<WorkItemWatcherConnectionMapperModel>;
  WorkItemWatcherEdge: ResolverTypeWrapper<WorkItemWatcherEdgeMapperModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ArchiveNotificationsInput: ArchiveNotificationsInput;
  ID: Scalars['ID']['output'];
  ArchiveNotificationsPayload: Omit<ArchiveNotificationsPayload, 'notifications'> & { notifications: Array<ResolversParentTypes['Notification']> };
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  MarkAllNotificationsReadInput: MarkAllNotificationsReadInput;
  MarkAllNotificationsReadPayload: MarkAllNotificationsReadPayload;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: Omit<MarkNotificationsReadPayload, 'notifications'> & { notifications: Array<ResolversParentTypes['Notification']> };
  MarkNotificationsUnreadInput: MarkNotificationsUnreadInput;
  MarkNotificationsUnreadPayload: Omit<MarkNotificationsUnreadPayload, 'notifications'> & { notifications: Array<ResolversParentTypes['Notification']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationModel;
  String: Scalars['String']['output'];
  NotificationChannelPreference: NotificationChannelPreference;
  Boolean: Scalars['Boolean']['output'];
  NotificationChannelPreferenceInput: NotificationChannelPreferenceInput;
  NotificationConnection: NotificationConnectionMapperModel;
  NotificationEdge: NotificationEdgeMapperModel;
  NotificationFilter: NotificationFilter;
  NotificationPreferences: NotificationPreferencesMapperModel;
  OrganizationInvitation: EntityRefMapperModel;
  PageInfo: PageInfo;
  Project: EntityRefMapperModel;
  Query: Record<PropertyKey, never>;
  QuietHours: QuietHours;
  QuietHoursInput: QuietHoursInput;
  SnoozeNotificationsInput: SnoozeNotificationsInput;
  SnoozeNotificationsPayload: Omit<SnoozeNotificationsPayload, 'notifications'> & { notifications: Array<ResolversParentTypes['Notification']> };
  Sprint: EntityRefMapperModel;
  Subscription: Record<PropertyKey, never>;
  UnarchiveNotificationsInput: UnarchiveNotificationsInput;
  UnarchiveNotificationsPayload: Omit<UnarchiveNotificationsPayload, 'notifications'> & { notifications: Array<ResolversParentTypes['Notification']> };
  UnsnoozeNotificationsInput: UnsnoozeNotificationsInput;
  UnsnoozeNotificationsPayload: Omit<UnsnoozeNotificationsPayload, 'notifications'> & { notifications: Array<ResolversParentTypes['Notification']> };
  UnsubscribeFromEmailsInput: UnsubscribeFromEmailsInput;
  UnsubscribeFromEmailsPayload: UnsubscribeFromEmailsPayload;
  UnwatchWorkItemInput: UnwatchWorkItemInput;
  UnwatchWorkItemPayload: Omit<UnwatchWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  UpdateNotificationPreferencesInput: UpdateNotificationPreferencesInput;
  UpdateNotificationPreferencesPayload: Omit<UpdateNotificationPreferencesPayload, 'preferences'> & { preferences: ResolversParentTypes['NotificationPreferences'] };
  User: EntityRefMapperModel;
  WatchWorkItemInput: WatchWorkItemInput;
  WatchWorkItemPayload: Omit<WatchWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  WorkItem: WorkItemRefMapperModel;
  WorkItemWatcherConnection: WorkItemWatcherConnectionMapperModel;
  WorkItemWatcherEdge: WorkItemWatcherEdgeMapperModel;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = NotificationsContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ArchiveNotificationsPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['ArchiveNotificationsPayload'] = ResolversParentTypes['ArchiveNotificationsPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MarkAllNotificationsReadPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['MarkAllNotificationsReadPayload'] = ResolversParentTypes['MarkAllNotificationsReadPayload']> = ResolversObject<{
  markedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MarkNotificationsReadPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MarkNotificationsUnreadPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['MarkNotificationsUnreadPayload'] = ResolversParentTypes['MarkNotificationsUnreadPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveNotifications?: Resolver<ResolversTypes['ArchiveNotificationsPayload'], ParentType, ContextType, RequireFields<MutationArchiveNotificationsArgs, 'input'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['MarkAllNotificationsReadPayload'], ParentType, ContextType, Partial<MutationMarkAllNotificationsReadArgs>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  markNotificationsUnread?: Resolver<ResolversTypes['MarkNotificationsUnreadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsUnreadArgs, 'input'>>;
  snoozeNotifications?: Resolver<ResolversTypes['SnoozeNotificationsPayload'], ParentType, ContextType, RequireFields<MutationSnoozeNotificationsArgs, 'input'>>;
  unarchiveNotifications?: Resolver<ResolversTypes['UnarchiveNotificationsPayload'], ParentType, ContextType, RequireFields<MutationUnarchiveNotificationsArgs, 'input'>>;
  unsnoozeNotifications?: Resolver<ResolversTypes['UnsnoozeNotificationsPayload'], ParentType, ContextType, RequireFields<MutationUnsnoozeNotificationsArgs, 'input'>>;
  unsubscribeFromEmails?: Resolver<ResolversTypes['UnsubscribeFromEmailsPayload'], ParentType, ContextType, RequireFields<MutationUnsubscribeFromEmailsArgs, 'input'>>;
  unwatchWorkItem?: Resolver<ResolversTypes['UnwatchWorkItemPayload'], ParentType, ContextType, RequireFields<MutationUnwatchWorkItemArgs, 'input'>>;
  updateNotificationPreferences?: Resolver<ResolversTypes['UpdateNotificationPreferencesPayload'], ParentType, ContextType, RequireFields<MutationUpdateNotificationPreferencesArgs, 'input'>>;
  watchWorkItem?: Resolver<ResolversTypes['WatchWorkItemPayload'], ParentType, ContextType, RequireFields<MutationWatchWorkItemArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Notification', ParentType, ContextType>;
}>;

export type NotificationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'], FederationReferenceType extends FederationReferenceTypes['Notification'] = FederationReferenceTypes['Notification']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notification']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['OrganizationInvitation']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  snoozedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationChannelPreferenceResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationChannelPreference'] = ResolversParentTypes['NotificationChannelPreference']> = ResolversObject<{
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inApp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationPreferencesResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['NotificationChannelPreference']>, ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['DigestFrequency'], ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganizationInvitationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['OrganizationInvitation'] = ResolversParentTypes['OrganizationInvitation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  notification?: Resolver<ResolversTypes['Notification'], ParentType, ContextType, RequireFields<QueryNotificationArgs, 'id'>>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuietHoursResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = ResolversObject<{
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SnoozeNotificationsPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['SnoozeNotificationsPayload'] = ResolversParentTypes['SnoozeNotificationsPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  notificationReceived?: SubscriptionResolver<ResolversTypes['Notification'], "notificationReceived", ParentType, ContextType>;
}>;

export type UnarchiveNotificationsPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['UnarchiveNotificationsPayload'] = ResolversParentTypes['UnarchiveNotificationsPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnsnoozeNotificationsPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['UnsnoozeNotificationsPayload'] = ResolversParentTypes['UnsnoozeNotificationsPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnsubscribeFromEmailsPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['UnsubscribeFromEmailsPayload'] = ResolversParentTypes['UnsubscribeFromEmailsPayload']> = ResolversObject<{
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
}>;

export type UnwatchWorkItemPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['UnwatchWorkItemPayload'] = ResolversParentTypes['UnwatchWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type UpdateNotificationPreferencesPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['UpdateNotificationPreferencesPayload'] = ResolversParentTypes['UpdateNotificationPreferencesPayload']> = ResolversObject<{
  preferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WatchWorkItemPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['WatchWorkItemPayload'] = ResolversParentTypes['WatchWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  viewerIsWatching?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  watchers?: Resolver<ResolversTypes['WorkItemWatcherConnection'], ParentType, ContextType, Partial<WorkItemWatchersArgs>>;
}>;

export type WorkItemWatcherConnectionResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['WorkItemWatcherConnection'] = ResolversParentTypes['WorkItemWatcherConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkItemWatcherEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkItemWatcherEdgeResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['WorkItemWatcherEdge'] = ResolversParentTypes['WorkItemWatcherEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['WatchReason'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = NotificationsContext> = ResolversObject<{
  ArchiveNotificationsPayload?: ArchiveNotificationsPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  MarkAllNotificationsReadPayload?: MarkAllNotificationsReadPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  MarkNotificationsUnreadPayload?: MarkNotificationsUnreadPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationChannelPreference?: NotificationChannelPreferenceResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  OrganizationInvitation?: OrganizationInvitationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
  SnoozeNotificationsPayload?: SnoozeNotificationsPayloadResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnarchiveNotificationsPayload?: UnarchiveNotificationsPayloadResolvers<ContextType>;
  UnsnoozeNotificationsPayload?: UnsnoozeNotificationsPayloadResolvers<ContextType>;
  UnsubscribeFromEmailsPayload?: UnsubscribeFromEmailsPayloadResolvers<ContextType>;
  UnwatchWorkItemPayload?: UnwatchWorkItemPayloadResolvers<ContextType>;
  UpdateNotificationPreferencesPayload?: UpdateNotificationPreferencesPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WatchWorkItemPayload?: WatchWorkItemPayloadResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkItemWatcherConnection?: WorkItemWatcherConnectionResolvers<ContextType>;
  WorkItemWatcherEdge?: WorkItemWatcherEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = NotificationsContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
