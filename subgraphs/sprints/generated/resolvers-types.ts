import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Sprint as SprintModel } from './prisma/client';
import type { UserRefMapper as UserRefMapperModel, ProjectRefMapper as ProjectRefMapperModel, WorkItemRefMapper as WorkItemRefMapperModel, SprintConnectionMapper as SprintConnectionMapperModel, SprintEdgeMapper as SprintEdgeMapperModel, SprintWorkItemConnectionMapper as SprintWorkItemConnectionMapperModel, SprintWorkItemEdgeMapper as SprintWorkItemEdgeMapperModel, SprintScopeChangeMapper as SprintScopeChangeMapperModel, ScopeChangeMapper as ScopeChangeMapperModel, ScopeChangeConnectionMapper as ScopeChangeConnectionMapperModel, ScopeChangeEdgeMapper as ScopeChangeEdgeMapperModel, SprintCapacityMapper as SprintCapacityMapperModel, MemberCapacityMapper as MemberCapacityMapperModel, SprintVelocityMapper as SprintVelocityMapperModel, VelocityMapper as VelocityMapperModel } from '../mappers';
import type { SprintsContext } from '../context';
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
  /** A calendar date without a time, in ISO 8601 format: `YYYY-MM-DD`, for example `2026-12-24`. */
  Date: { input: Date; output: Date; }
  /** A date and time in ISO 8601 format with a time zone, for example `2026-11-23T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * One event of `organizationActivity` or `teamActivity`: a change to a work item or to a sprint. Select
 * the fields of each with `... on WorkItemChangeEvent` and `... on SprintChangeEvent`.
 */
export type ActivityEvent = SprintChangeEvent;

/** Items to add to a sprint. */
export type AddWorkItemsToSprintInput = {
  /** The sprint's ID. */
  sprintId: Scalars['ID']['input'];
  /** The work items' IDs, 1-100. */
  workItemIds: Array<Scalars['ID']['input']>;
};

/** The result of `addWorkItemsToSprint`. */
export type AddWorkItemsToSprintPayload = {
  __typename?: 'AddWorkItemsToSprintPayload';
  /** The items that were added (not those already in the sprint). */
  addedWorkItems: Array<WorkItem>;
  /** The sprint. */
  sprint: Sprint;
};

/**
 * The sprint's figures at the end of one day (UTC), or at the current moment for today. Days after
 * today, and after the sprint's completion, have null figures.
 */
export type BurndownPoint = {
  __typename?: 'BurndownPoint';
  /** Points in scope done by the end of the day; null for days still to come. */
  completedPoints: Maybe<Scalars['Float']['output']>;
  /** The day. */
  date: Scalars['Date']['output'];
  /** The ideal remaining points: the committed points falling in a straight line to zero on the last day. */
  idealRemainingPoints: Scalars['Float']['output'];
  /** Points in scope not done at the end of the day; null for days still to come. */
  remainingPoints: Maybe<Scalars['Float']['output']>;
};

/** The sprint's scope and completed points at the end of one day (UTC), for a burnup chart. */
export type BurnupPoint = {
  __typename?: 'BurnupPoint';
  /** Points done by the end of the day; null for days still to come. */
  completedPoints: Maybe<Scalars['Float']['output']>;
  /** The day. */
  date: Scalars['Date']['output'];
  /** Points of every item in the sprint at the end of the day (done or not, canceled left out); null for days still to come. */
  scopePoints: Maybe<Scalars['Float']['output']>;
};

/** The sprint to complete and where its unfinished items go. */
export type CompleteSprintInput = {
  /** A planned sprint of the same project to carry unfinished items over to; the backlog when omitted. */
  carryOverTo?: InputMaybe<Scalars['ID']['input']>;
  /** The sprint's ID. */
  id: Scalars['ID']['input'];
};

/** The result of `completeSprint`. */
export type CompleteSprintPayload = {
  __typename?: 'CompleteSprintPayload';
  /** How many unfinished items were carried over. */
  carriedOverItemCount: Scalars['Int']['output'];
  /** The sprint the unfinished items went to; null for the backlog. */
  carriedOverTo: Maybe<Sprint>;
  /** The completed sprint, with its final figures. */
  sprint: Sprint;
};

/** A new sprint. */
export type CreateSprintInput = {
  /** The last day; after `startDate`, at most 366 days later. The dates may not overlap the project's active sprint. */
  endDate: Scalars['Date']['input'];
  /** The goal in markdown, at most 2,000 characters. */
  goal?: InputMaybe<Scalars['String']['input']>;
  /** The name, 1-100 characters. */
  name: Scalars['String']['input'];
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** The first day. */
  startDate: Scalars['Date']['input'];
};

/** The result of `createSprint`. */
export type CreateSprintPayload = {
  __typename?: 'CreateSprintPayload';
  /** The new sprint. */
  sprint: Sprint;
};

/** The sprint to delete. */
export type DeleteSprintInput = {
  /** The sprint's ID. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteSprint`. */
export type DeleteSprintPayload = {
  __typename?: 'DeleteSprintPayload';
  /** The ID of the deleted sprint. */
  deletedSprintId: Scalars['ID']['output'];
  /** The project it belonged to. */
  project: Project;
};

/** How many more sprints some work is likely to take. */
export type Forecast = {
  __typename?: 'Forecast';
  /** One entry per requested percentile, in the order asked. */
  percentiles: Array<ForecastPercentile>;
  /** The points the forecast is for. */
  remainingPoints: Scalars['Float']['output'];
  /** How many completed sprints the velocities come from. */
  sampleSize: Scalars['Int']['output'];
};

/** The forecast at one confidence level. */
export type ForecastPercentile = {
  __typename?: 'ForecastPercentile';
  /** The confidence level, for example 85: the work is done within `sprints` sprints in 85% of the sampled outcomes. */
  percentile: Scalars['Int']['output'];
  /** Sprints needed; 0 when nothing remains, null when there is no history or that velocity is 0. */
  sprints: Maybe<Scalars['Int']['output']>;
  /** The velocity used: reached or beaten in `percentile`% of the sampled sprints; null without history. */
  velocity: Maybe<Scalars['Float']['output']>;
};

/** One member's capacity for a sprint. */
export type MemberCapacity = {
  __typename?: 'MemberCapacity';
  /** Working days minus days off. */
  availableDays: Scalars['Float']['output'];
  /** Their days off that fall on the sprint's working days. */
  daysOff: Array<Scalars['Date']['output']>;
  /** The share of an available day spent on sprint work, 0-1. */
  focusFactor: Scalars['Float']['output'];
  /** availableDays × focusFactor × pointsPerDay. */
  points: Scalars['Float']['output'];
  /** Points delivered in one full day of sprint work. */
  pointsPerDay: Scalars['Float']['output'];
  /** The member. */
  user: User;
};

/** One member's capacity. */
export type MemberCapacityInput = {
  /** Days the member is off; only those on the sprint's working days count. */
  daysOff?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** The share of an available day spent on sprint work, above 0 and at most 1; 1 when omitted. */
  focusFactor?: InputMaybe<Scalars['Float']['input']>;
  /** Points delivered in one full day of sprint work, 0-100. */
  pointsPerDay: Scalars['Float']['input'];
  /** The member; they must belong to the sprint's project. */
  userId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds work items to a planned or active sprint. Items must belong to the sprint's project and not be
   * archived; an item already in another open sprint is a CONFLICT (remove it there first). Adding an
   * item to an active sprint is a scope change. Items already in this sprint are left as they are. A
   * sprint holds at most 1000 items (CONFLICT beyond). Requires the MEMBER role.
   */
  addWorkItemsToSprint: AddWorkItemsToSprintPayload;
  /**
   * Completes the active sprint: records what was completed, and moves every unfinished item to the
   * planned sprint `carryOverTo`, or to the backlog when it is omitted. CONFLICT unless the sprint is
   * active, and when `carryOverTo` would hold more than 1000 items. Requires the MEMBER role in the
   * project.
   */
  completeSprint: CompleteSprintPayload;
  /** Plans a new sprint in a project (state PLANNED). Requires the MEMBER role in the project. */
  createSprint: CreateSprintPayload;
  /** Deletes a planned sprint; its items go back to the backlog. Active and completed sprints cannot be deleted (CONFLICT). Requires the MEMBER role. */
  deleteSprint: DeleteSprintPayload;
  /** Removes work items from a planned or active sprint (back to the backlog); removing from an active sprint is a scope change. Requires the MEMBER role. */
  removeWorkItemsFromSprint: RemoveWorkItemsFromSprintPayload;
  /**
   * Sets the capacity of a planned or active sprint: one entry per team member, replacing the previous
   * entries (members left out have no capacity). Members must belong to the project. Requires the
   * MEMBER role.
   */
  setSprintCapacity: SetSprintCapacityPayload;
  /**
   * Starts a planned sprint and records its committed scope: the items in it and their points at this
   * moment. CONFLICT when the project already has an active sprint or the sprint is not planned.
   * Requires the MEMBER role in the project.
   */
  startSprint: StartSprintPayload;
  /**
   * Changes a sprint's name, goal or dates; omitted fields keep their value. A completed sprint's dates
   * cannot change (CONFLICT). Requires the MEMBER role in the project.
   */
  updateSprint: UpdateSprintPayload;
};


export type MutationAddWorkItemsToSprintArgs = {
  input: AddWorkItemsToSprintInput;
};


export type MutationCompleteSprintArgs = {
  input: CompleteSprintInput;
};


export type MutationCreateSprintArgs = {
  input: CreateSprintInput;
};


export type MutationDeleteSprintArgs = {
  input: DeleteSprintInput;
};


export type MutationRemoveWorkItemsFromSprintArgs = {
  input: RemoveWorkItemsFromSprintInput;
};


export type MutationSetSprintCapacityArgs = {
  input: SetSprintCapacityInput;
};


export type MutationStartSprintArgs = {
  input: StartSprintInput;
};


export type MutationUpdateSprintArgs = {
  input: UpdateSprintInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
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
  /** The sprint in progress, or null when none is active. */
  activeSprint: Maybe<Sprint>;
  /**
   * How many more sprints until the given work is done, as a range taken from the velocity of the last
   * completed sprints. Give exactly one of `remainingPoints` and `epicId` (BAD_USER_INPUT otherwise).
   * Method: for each percentile p, the velocity that the project reached or beat in p% of the sampled
   * sprints (the (100 − p)th percentile of the velocities, linear interpolation) divides the remaining
   * points, rounded up. The 50th percentile is the likely outcome, the 85th a safe commitment.
   */
  forecast: Forecast;
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The project's sprints, ordered by start date (earliest first), optionally only some states. */
  sprints: SprintConnection;
  /**
   * Committed and completed points of the last completed sprints (most recent first), with their mean,
   * median and standard deviation.
   */
  velocity: Velocity;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectForecastArgs = {
  epicId?: InputMaybe<Scalars['ID']['input']>;
  lastSprints?: InputMaybe<Scalars['Int']['input']>;
  percentiles?: InputMaybe<Array<Scalars['Int']['input']>>;
  remainingPoints?: InputMaybe<Scalars['Float']['input']>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectSprintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SprintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectVelocityArgs = {
  lastSprints?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A sprint of a project you can see, by ID; NOT_FOUND when it does not exist or you cannot read its project (the two are not told apart). */
  sprint: Sprint;
};


export type QuerySprintArgs = {
  id: Scalars['ID']['input'];
};

/** Items to remove from a sprint. */
export type RemoveWorkItemsFromSprintInput = {
  /** The sprint's ID. */
  sprintId: Scalars['ID']['input'];
  /** The work items' IDs, 1-100. */
  workItemIds: Array<Scalars['ID']['input']>;
};

/** The result of `removeWorkItemsFromSprint`. */
export type RemoveWorkItemsFromSprintPayload = {
  __typename?: 'RemoveWorkItemsFromSprintPayload';
  /** The IDs of the items that were removed (those not in the sprint are ignored). */
  removedWorkItemIds: Array<Scalars['ID']['output']>;
  /** The sprint. */
  sprint: Sprint;
};

/** One change to a sprint's scope after its start. */
export type ScopeChange = {
  __typename?: 'ScopeChange';
  /** Who made the change; null when the system did. */
  actor: Maybe<User>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** What happened. */
  kind: ScopeChangeKind;
  /** Points added to the scope (negative for a removal or a lower estimate). */
  points: Scalars['Float']['output'];
  /** The item; null once deleted or when you can no longer see it. */
  workItem: Maybe<WorkItem>;
  /** The item's ID; still set after the item was deleted. */
  workItemId: Scalars['ID']['output'];
};

/** A page of scope changes. */
export type ScopeChangeConnection = {
  __typename?: 'ScopeChangeConnection';
  /** The changes on this page with their cursors. */
  edges: Array<ScopeChangeEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<ScopeChange>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many changes there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A scope change in a connection. */
export type ScopeChangeEdge = {
  __typename?: 'ScopeChangeEdge';
  /** The cursor to resume after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: ScopeChange;
};

/** What kind of scope change. */
export type ScopeChangeKind =
  /** An item was added to the sprint. */
  | 'ADDED'
  /** An item of the sprint was re-estimated. */
  | 'REESTIMATED'
  /** An item left the sprint: removed, archived, deleted or moved away. */
  | 'REMOVED';

/** A sprint's capacity, member by member. */
export type SetSprintCapacityInput = {
  /** One entry per member, at most 100; an empty list clears the capacity. */
  members: Array<MemberCapacityInput>;
  /** The sprint's ID. */
  sprintId: Scalars['ID']['input'];
};

/** The result of `setSprintCapacity`. */
export type SetSprintCapacityPayload = {
  __typename?: 'SetSprintCapacityPayload';
  /** The sprint with its new capacity. */
  sprint: Sprint;
};

/** A time-boxed iteration of a project. */
export type Sprint = Node & {
  __typename?: 'Sprint';
  /** One point per day of the sprint (at most 367: a sprint lasts at most 366 days): remaining, completed and ideal remaining points. */
  burndown: Array<BurndownPoint>;
  /** One point per day of the sprint (at most 367): total scope and completed points. */
  burnup: Array<BurnupPoint>;
  /** The team's capacity for the sprint, member by member. */
  capacity: SprintCapacity;
  /** Where unfinished items went when the sprint completed: the sprint they were carried over to, or null for the backlog (and while not completed). */
  carriedOverTo: Maybe<Sprint>;
  /** How many items the sprint held when it started; while planned, how many it holds now. */
  committedItemCount: Scalars['Int']['output'];
  /**
   * The points committed when the sprint started: the estimates of its items at that moment (canceled
   * items and unestimated ones count 0). While planned: the points currently planned.
   */
  committedPoints: Scalars['Float']['output'];
  /** When the sprint was completed; null until then. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who completed the sprint; null until then. */
  completedBy: Maybe<User>;
  /** How many of the sprint's items are done (as `completedPoints`). */
  completedItemCount: Scalars['Int']['output'];
  /** Points of the sprint's items that are done: now while active, at completion once completed. */
  completedPoints: Scalars['Float']['output'];
  /** When the sprint was planned. */
  createdAt: Scalars['DateTime']['output'];
  /** The last day of the sprint (inclusive). */
  endDate: Scalars['Date']['output'];
  /** What the sprint aims to achieve, in markdown; empty when not set. */
  goal: Scalars['String']['output'];
  /** The sprint's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The sprint's name, for example `Sprint 14`. */
  name: Scalars['String']['output'];
  /** Whether the committed points exceed the team's capacity (false when no capacity is set). */
  overcommitted: Scalars['Boolean']['output'];
  /** The project the sprint belongs to. */
  project: Project;
  /** Points of the sprint's items not done yet: now while planned or active, carried over once completed. */
  remainingPoints: Scalars['Float']['output'];
  /** How the scope changed after the sprint started: items added and removed, and re-estimates, with who did it. */
  scopeChange: SprintScopeChange;
  /** The first day of the sprint. */
  startDate: Scalars['Date']['output'];
  /** When the sprint was started; null while planned. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who started the sprint; null while planned. */
  startedBy: Maybe<User>;
  /** Where the sprint is in its life. */
  state: SprintState;
  /** When the sprint was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The work items in the sprint (for a completed sprint: those in it when it completed), in the order they were added; a sprint holds at most 1000. */
  workItems: SprintWorkItemConnection;
};


/** A time-boxed iteration of a project. */
export type SprintWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The team's capacity for a sprint. */
export type SprintCapacity = {
  __typename?: 'SprintCapacity';
  /** The sum of the members' available days. */
  availableDays: Scalars['Float']['output'];
  /** Each member's capacity, in the order they were given (at most 100). */
  members: Array<MemberCapacity>;
  /** The sum of the members' capacity in points. */
  points: Scalars['Float']['output'];
  /** The sprint's working days: Monday to Friday from the start date to the end date. */
  workingDays: Scalars['Int']['output'];
};

/** A change to a sprint, delivered by `sprintChanged`. */
export type SprintChangeEvent = {
  __typename?: 'SprintChangeEvent';
  /** Who made the change; null for changes the system made (an item archived elsewhere leaving the sprint is attributed to whoever archived it). */
  actor: Maybe<User>;
  /** The IDs of the work items added by a SCOPE_CHANGED change (at most 1000, the most a sprint holds); empty for other kinds. */
  addedWorkItemIds: Array<Scalars['ID']['output']>;
  /** The Sprint fields an UPDATED change touched (name, goal, startDate, endDate); empty for other kinds. */
  changedFields: Array<Scalars['String']['output']>;
  /** Where this event sits in the project's stream of events: pass it as `after` when subscribing again to resume here. */
  cursor: Scalars['String']['output'];
  /** The event's ID, to recognise a change delivered twice: the same change always has the same ID. Not a node ID. */
  eventId: Scalars['ID']['output'];
  /** What kind of change it was. */
  kind: SprintChangeKind;
  /** When the change happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The project the sprint belongs to. */
  projectId: Scalars['ID']['output'];
  /** The IDs of the work items removed by a SCOPE_CHANGED change, or carried over by COMPLETED (at most 1000, the most a sprint holds); empty otherwise. */
  removedWorkItemIds: Array<Scalars['ID']['output']>;
  /** The sprint as it is now, resolved when delivered; null once deleted or when you can no longer see it. */
  sprint: Maybe<Sprint>;
  /** The sprint's ID; still set after the sprint was deleted. */
  sprintId: Scalars['ID']['output'];
};

/** What happened to a sprint. */
export type SprintChangeKind =
  /** Its member capacities changed. */
  | 'CAPACITY_CHANGED'
  /** The sprint was completed. */
  | 'COMPLETED'
  /** The sprint was planned. */
  | 'CREATED'
  /** The planned sprint was deleted. */
  | 'DELETED'
  /** Items were added to or removed from the sprint. */
  | 'SCOPE_CHANGED'
  /** The sprint started. */
  | 'STARTED'
  /** Its name, goal or dates changed; see `changedFields`. */
  | 'UPDATED';

/** A page of sprints. */
export type SprintConnection = {
  __typename?: 'SprintConnection';
  /** The sprints on this page with their cursors. */
  edges: Array<SprintEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Sprint>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many sprints match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A sprint in a connection. */
export type SprintEdge = {
  __typename?: 'SprintEdge';
  /** The cursor to resume after this sprint. */
  cursor: Scalars['String']['output'];
  /** The sprint. */
  node: Sprint;
};

/** Which sprints to return. */
export type SprintFilter = {
  /** Only sprints in these states. */
  states?: InputMaybe<Array<SprintState>>;
};

/** What became of an item when its sprint completed. */
export type SprintItemOutcome =
  /** It was canceled; it counts neither as completed nor as carried over. */
  | 'CANCELED'
  /** It was not done and moved on (to the next sprint or the backlog). */
  | 'CARRIED_OVER'
  /** It was done. */
  | 'COMPLETED';

/** How a sprint's scope changed between its start and its completion (or now). */
export type SprintScopeChange = {
  __typename?: 'SprintScopeChange';
  /** How many items were added after the start. */
  addedItemCount: Scalars['Int']['output'];
  /** Points of items added after the start, at their estimate when added. */
  addedPoints: Scalars['Float']['output'];
  /** Each change, oldest first. */
  changes: ScopeChangeConnection;
  /** The net points of re-estimates of items in the sprint after the start (positive when estimates grew). */
  reestimatedPoints: Scalars['Float']['output'];
  /** How many items were removed after the start. */
  removedItemCount: Scalars['Int']['output'];
  /** Points of items removed after the start (including archived or deleted items), at their estimate when removed. */
  removedPoints: Scalars['Float']['output'];
};


/** How a sprint's scope changed between its start and its completion (or now). */
export type SprintScopeChangeChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a sprint is in its life: PLANNED → ACTIVE → COMPLETED. */
export type SprintState =
  /** In progress; at most one per project. Items added or removed now are scope changes. */
  | 'ACTIVE'
  /** Finished; its figures are history and no longer change. */
  | 'COMPLETED'
  /** Being planned: items can be added and removed freely; it can be started or deleted. */
  | 'PLANNED';

/** One completed sprint's velocity. */
export type SprintVelocity = {
  __typename?: 'SprintVelocity';
  /** Points committed at the start. */
  committedPoints: Scalars['Float']['output'];
  /** Points completed by the end. */
  completedPoints: Scalars['Float']['output'];
  /** The sprint. */
  sprint: Sprint;
};

/** A page of a sprint's work items. */
export type SprintWorkItemConnection = {
  __typename?: 'SprintWorkItemConnection';
  /** The items on this page with their cursors. */
  edges: Array<SprintWorkItemEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WorkItem>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many items there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A work item in a sprint. */
export type SprintWorkItemEdge = {
  __typename?: 'SprintWorkItemEdge';
  /** When it was added to the sprint. */
  addedAt: Scalars['DateTime']['output'];
  /** The cursor to resume after this item. */
  cursor: Scalars['String']['output'];
  /** The work item; null once deleted (a completed sprint keeps its members) or when you can no longer see it. */
  node: Maybe<WorkItem>;
  /** Its outcome once the sprint completed; null before. */
  outcome: Maybe<SprintItemOutcome>;
  /** The work item's ID; still set after the item was deleted. */
  workItemId: Scalars['ID']['output'];
};

/** The sprint to start. */
export type StartSprintInput = {
  /** The sprint's ID. */
  id: Scalars['ID']['input'];
};

/** The result of `startSprint`. */
export type StartSprintPayload = {
  __typename?: 'StartSprintPayload';
  /** The started sprint, with its committed scope. */
  sprint: Sprint;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every change to the sprints of a project, as it happens: created, updated, deleted, started,
   * completed, scope changed (items added or removed) and capacity changed. Requires read access to
   * the project (FORBIDDEN otherwise); the subscription completes when you lose that access.
   */
  sprintChanged: SprintChangeEvent;
};


export type SubscriptionSprintChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};

/** Sprint changes; omitted fields keep their value. */
export type UpdateSprintInput = {
  /** The new last day (planned and active sprints only); after the first day, and a planned sprint may not overlap the active one. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The new goal in markdown, at most 2,000 characters. */
  goal?: InputMaybe<Scalars['String']['input']>;
  /** The sprint's ID. */
  id: Scalars['ID']['input'];
  /** The new name, 1-100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new first day (planned and active sprints only). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of `updateSprint`. */
export type UpdateSprintPayload = {
  __typename?: 'UpdateSprintPayload';
  /** The updated sprint. */
  sprint: Sprint;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Velocity of a project's completed sprints. */
export type Velocity = {
  __typename?: 'Velocity';
  /** The mean completed points per sprint; null when no sprint has completed. */
  mean: Maybe<Scalars['Float']['output']>;
  /** The median completed points per sprint; null when no sprint has completed. */
  median: Maybe<Scalars['Float']['output']>;
  /** The completed sprints, most recent first (at most 50, the most `lastSprints` allows). */
  sprints: Array<SprintVelocity>;
  /** The standard deviation of the completed points (population); null when no sprint has completed. */
  standardDeviation: Maybe<Scalars['Float']['output']>;
};

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The planned or active sprint the item is in, or null when it is in the backlog (completed sprints are history: see `Sprint.workItems`). */
  sprint: Maybe<Sprint>;
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
  Project: Project;
  Sprint: Sprint;
  WorkItem: WorkItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ActivityEvent: ( Omit<SprintChangeEvent, 'actor' | 'sprint'> & { actor?: Maybe<_RefType['User']>, sprint?: Maybe<_RefType['Sprint']> } );
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( SprintModel );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ActivityEvent']>;
  AddWorkItemsToSprintInput: AddWorkItemsToSprintInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddWorkItemsToSprintPayload: ResolverTypeWrapper<Omit<AddWorkItemsToSprintPayload, 'addedWorkItems' | 'sprint'> & { addedWorkItems: Array<ResolversTypes['WorkItem']>, sprint: ResolversTypes['Sprint'] }>;
  BurndownPoint: ResolverTypeWrapper<BurndownPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BurnupPoint: ResolverTypeWrapper<BurnupPoint>;
  CompleteSprintInput: CompleteSprintInput;
  CompleteSprintPayload: ResolverTypeWrapper<Omit<CompleteSprintPayload, 'carriedOverTo' | 'sprint'> & { carriedOverTo?: Maybe<ResolversTypes['Sprint']>, sprint: ResolversTypes['Sprint'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateSprintInput: CreateSprintInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateSprintPayload: ResolverTypeWrapper<Omit<CreateSprintPayload, 'sprint'> & { sprint: ResolversTypes['Sprint'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteSprintInput: DeleteSprintInput;
  DeleteSprintPayload: ResolverTypeWrapper<Omit<DeleteSprintPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  Forecast: ResolverTypeWrapper<Forecast>;
  ForecastPercentile: ResolverTypeWrapper<ForecastPercentile>;
  MemberCapacity: ResolverTypeWrapper<MemberCapacityMapperModel>;
  MemberCapacityInput: MemberCapacityInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Project: ResolverTypeWrapper<ProjectRefMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveWorkItemsFromSprintInput: RemoveWorkItemsFromSprintInput;
  RemoveWorkItemsFromSprintPayload: ResolverTypeWrapper<Omit<RemoveWorkItemsFromSprintPayload, 'sprint'> & { sprint: ResolversTypes['Sprint'] }>;
  ScopeChange: ResolverTypeWrapper<ScopeChangeMapperModel>;
  ScopeChangeConnection: ResolverTypeWrapper<ScopeChangeConnectionMapperModel>;
  ScopeChangeEdge: ResolverTypeWrapper<ScopeChangeEdgeMapperModel>;
  ScopeChangeKind: ScopeChangeKind;
  SetSprintCapacityInput: SetSprintCapacityInput;
  SetSprintCapacityPayload: ResolverTypeWrapper<Omit<SetSprintCapacityPayload, 'sprint'> & { sprint: ResolversTypes['Sprint'] }>;
  Sprint: ResolverTypeWrapper<SprintModel>;
  SprintCapacity: ResolverTypeWrapper<SprintCapacityMapperModel>;
  SprintChangeEvent: ResolverTypeWrapper<Omit<SprintChangeEvent, 'actor' | 'sprint'> & { actor?: Maybe<ResolversTypes['User']>, sprint?: Maybe<ResolversTypes['Sprint']> }>;
  SprintChangeKind: SprintChangeKind;
  SprintConnection: ResolverTypeWrapper<SprintConnectionMapperModel>;
  SprintEdge: ResolverTypeWrapper<SprintEdgeMapperModel>;
  SprintFilter: SprintFilter;
  SprintItemOutcome: SprintItemOutcome;
  SprintScopeChange: ResolverTypeWrapper<SprintScopeChangeMapperModel>;
  SprintState: SprintState;
  SprintVelocity: ResolverTypeWrapper<SprintVelocityMapperModel>;
  SprintWorkItemConnection: ResolverTypeWrapper<SprintWorkItemConnectionMapperModel>;
  SprintWorkItemEdge: ResolverTypeWrapper<SprintWorkItemEdgeMapperModel>;
  StartSprintInput: StartSprintInput;
  StartSprintPayload: ResolverTypeWrapper<Omit<StartSprintPayload, 'sprint'> & { sprint: ResolversTypes['Sprint'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateSprintInput: UpdateSprintInput;
  UpdateSprintPayload: ResolverTypeWrapper<Omit<UpdateSprintPayload, 'sprint'> & { sprint: ResolversTypes['Sprint'] }>;
  User: ResolverTypeWrapper<UserRefMapperModel>;
  Velocity: ResolverTypeWrapper<VelocityMapperModel>;
  WorkItem: ResolverTypeWrapper<WorkItemRefMapperModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ResolversUnionTypes<ResolversParentTypes>['ActivityEvent'];
  AddWorkItemsToSprintInput: AddWorkItemsToSprintInput;
  ID: Scalars['ID']['output'];
  AddWorkItemsToSprintPayload: Omit<AddWorkItemsToSprintPayload, 'addedWorkItems' | 'sprint'> & { addedWorkItems: Array<ResolversParentTypes['WorkItem']>, sprint: ResolversParentTypes['Sprint'] };
  BurndownPoint: BurndownPoint;
  Float: Scalars['Float']['output'];
  BurnupPoint: BurnupPoint;
  CompleteSprintInput: CompleteSprintInput;
  CompleteSprintPayload: Omit<CompleteSprintPayload, 'carriedOverTo' | 'sprint'> & { carriedOverTo?: Maybe<ResolversParentTypes['Sprint']>, sprint: ResolversParentTypes['Sprint'] };
  Int: Scalars['Int']['output'];
  CreateSprintInput: CreateSprintInput;
  String: Scalars['String']['output'];
  CreateSprintPayload: Omit<CreateSprintPayload, 'sprint'> & { sprint: ResolversParentTypes['Sprint'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteSprintInput: DeleteSprintInput;
  DeleteSprintPayload: Omit<DeleteSprintPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  Forecast: Forecast;
  ForecastPercentile: ForecastPercentile;
  MemberCapacity: MemberCapacityMapperModel;
  MemberCapacityInput: MemberCapacityInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Project: ProjectRefMapperModel;
  Query: Record<PropertyKey, never>;
  RemoveWorkItemsFromSprintInput: RemoveWorkItemsFromSprintInput;
  RemoveWorkItemsFromSprintPayload: Omit<RemoveWorkItemsFromSprintPayload, 'sprint'> & { sprint: ResolversParentTypes['Sprint'] };
  ScopeChange: ScopeChangeMapperModel;
  ScopeChangeConnection: ScopeChangeConnectionMapperModel;
  ScopeChangeEdge: ScopeChangeEdgeMapperModel;
  SetSprintCapacityInput: SetSprintCapacityInput;
  SetSprintCapacityPayload: Omit<SetSprintCapacityPayload, 'sprint'> & { sprint: ResolversParentTypes['Sprint'] };
  Sprint: SprintModel;
  SprintCapacity: SprintCapacityMapperModel;
  SprintChangeEvent: Omit<SprintChangeEvent, 'actor' | 'sprint'> & { actor?: Maybe<ResolversParentTypes['User']>, sprint?: Maybe<ResolversParentTypes['Sprint']> };
  SprintConnection: SprintConnectionMapperModel;
  SprintEdge: SprintEdgeMapperModel;
  SprintFilter: SprintFilter;
  SprintScopeChange: SprintScopeChangeMapperModel;
  SprintVelocity: SprintVelocityMapperModel;
  SprintWorkItemConnection: SprintWorkItemConnectionMapperModel;
  SprintWorkItemEdge: SprintWorkItemEdgeMapperModel;
  StartSprintInput: StartSprintInput;
  StartSprintPayload: Omit<StartSprintPayload, 'sprint'> & { sprint: ResolversParentTypes['Sprint'] };
  Subscription: Record<PropertyKey, never>;
  UpdateSprintInput: UpdateSprintInput;
  UpdateSprintPayload: Omit<UpdateSprintPayload, 'sprint'> & { sprint: ResolversParentTypes['Sprint'] };
  User: UserRefMapperModel;
  Velocity: VelocityMapperModel;
  WorkItem: WorkItemRefMapperModel;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = SprintsContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SprintChangeEvent', ParentType, ContextType>;
}>;

export type AddWorkItemsToSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['AddWorkItemsToSprintPayload'] = ResolversParentTypes['AddWorkItemsToSprintPayload']> = ResolversObject<{
  addedWorkItems?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type BurndownPointResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['BurndownPoint'] = ResolversParentTypes['BurndownPoint']> = ResolversObject<{
  completedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  idealRemainingPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remainingPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type BurnupPointResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['BurnupPoint'] = ResolversParentTypes['BurnupPoint']> = ResolversObject<{
  completedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  scopePoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CompleteSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['CompleteSprintPayload'] = ResolversParentTypes['CompleteSprintPayload']> = ResolversObject<{
  carriedOverItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  carriedOverTo?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type CreateSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['CreateSprintPayload'] = ResolversParentTypes['CreateSprintPayload']> = ResolversObject<{
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['DeleteSprintPayload'] = ResolversParentTypes['DeleteSprintPayload']> = ResolversObject<{
  deletedSprintId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ForecastResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = ResolversObject<{
  percentiles?: Resolver<Array<ResolversTypes['ForecastPercentile']>, ParentType, ContextType>;
  remainingPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ForecastPercentileResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['ForecastPercentile'] = ResolversParentTypes['ForecastPercentile']> = ResolversObject<{
  percentile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sprints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  velocity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MemberCapacityResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['MemberCapacity'] = ResolversParentTypes['MemberCapacity']> = ResolversObject<{
  availableDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  daysOff?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  focusFactor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addWorkItemsToSprint?: Resolver<ResolversTypes['AddWorkItemsToSprintPayload'], ParentType, ContextType, RequireFields<MutationAddWorkItemsToSprintArgs, 'input'>>;
  completeSprint?: Resolver<ResolversTypes['CompleteSprintPayload'], ParentType, ContextType, RequireFields<MutationCompleteSprintArgs, 'input'>>;
  createSprint?: Resolver<ResolversTypes['CreateSprintPayload'], ParentType, ContextType, RequireFields<MutationCreateSprintArgs, 'input'>>;
  deleteSprint?: Resolver<ResolversTypes['DeleteSprintPayload'], ParentType, ContextType, RequireFields<MutationDeleteSprintArgs, 'input'>>;
  removeWorkItemsFromSprint?: Resolver<ResolversTypes['RemoveWorkItemsFromSprintPayload'], ParentType, ContextType, RequireFields<MutationRemoveWorkItemsFromSprintArgs, 'input'>>;
  setSprintCapacity?: Resolver<ResolversTypes['SetSprintCapacityPayload'], ParentType, ContextType, RequireFields<MutationSetSprintCapacityArgs, 'input'>>;
  startSprint?: Resolver<ResolversTypes['StartSprintPayload'], ParentType, ContextType, RequireFields<MutationStartSprintArgs, 'input'>>;
  updateSprint?: Resolver<ResolversTypes['UpdateSprintPayload'], ParentType, ContextType, RequireFields<MutationUpdateSprintArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Sprint', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeSprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['Forecast'], ParentType, ContextType, Partial<ProjectForecastArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sprints?: Resolver<ResolversTypes['SprintConnection'], ParentType, ContextType, Partial<ProjectSprintsArgs>>;
  velocity?: Resolver<ResolversTypes['Velocity'], ParentType, ContextType, Partial<ProjectVelocityArgs>>;
}>;

export type QueryResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType, RequireFields<QuerySprintArgs, 'id'>>;
}>;

export type RemoveWorkItemsFromSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['RemoveWorkItemsFromSprintPayload'] = ResolversParentTypes['RemoveWorkItemsFromSprintPayload']> = ResolversObject<{
  removedWorkItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type ScopeChangeResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['ScopeChange'] = ResolversParentTypes['ScopeChange']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScopeChangeKind'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ScopeChangeConnectionResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['ScopeChangeConnection'] = ResolversParentTypes['ScopeChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ScopeChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ScopeChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScopeChangeEdgeResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['ScopeChangeEdge'] = ResolversParentTypes['ScopeChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScopeChange'], ParentType, ContextType>;
}>;

export type SetSprintCapacityPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SetSprintCapacityPayload'] = ResolversParentTypes['SetSprintCapacityPayload']> = ResolversObject<{
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  burndown?: Resolver<Array<ResolversTypes['BurndownPoint']>, ParentType, ContextType>;
  burnup?: Resolver<Array<ResolversTypes['BurnupPoint']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['SprintCapacity'], ParentType, ContextType>;
  carriedOverTo?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  committedItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  completedItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overcommitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  remainingPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scopeChange?: Resolver<ResolversTypes['SprintScopeChange'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SprintState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['SprintWorkItemConnection'], ParentType, ContextType, Partial<SprintWorkItemsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SprintCapacityResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintCapacity'] = ResolversParentTypes['SprintCapacity']> = ResolversObject<{
  availableDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['MemberCapacity']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SprintChangeEventResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintChangeEvent'] = ResolversParentTypes['SprintChangeEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  addedWorkItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SprintChangeKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedWorkItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
  sprintId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SprintConnectionResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintConnection'] = ResolversParentTypes['SprintConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SprintEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Sprint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SprintEdgeResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintEdge'] = ResolversParentTypes['SprintEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SprintScopeChangeResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintScopeChange'] = ResolversParentTypes['SprintScopeChange']> = ResolversObject<{
  addedItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  addedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['ScopeChangeConnection'], ParentType, ContextType, Partial<SprintScopeChangeChangesArgs>>;
  reestimatedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  removedItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SprintVelocityResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintVelocity'] = ResolversParentTypes['SprintVelocity']> = ResolversObject<{
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SprintWorkItemConnectionResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintWorkItemConnection'] = ResolversParentTypes['SprintWorkItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SprintWorkItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SprintWorkItemEdgeResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['SprintWorkItemEdge'] = ResolversParentTypes['SprintWorkItemEdge']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SprintItemOutcome']>, ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StartSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['StartSprintPayload'] = ResolversParentTypes['StartSprintPayload']> = ResolversObject<{
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  sprintChanged?: SubscriptionResolver<ResolversTypes['SprintChangeEvent'], "sprintChanged", ParentType, ContextType, RequireFields<SubscriptionSprintChangedArgs, 'projectId'>>;
}>;

export type UpdateSprintPayloadResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['UpdateSprintPayload'] = ResolversParentTypes['UpdateSprintPayload']> = ResolversObject<{
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VelocityResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['Velocity'] = ResolversParentTypes['Velocity']> = ResolversObject<{
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sprints?: Resolver<Array<ResolversTypes['SprintVelocity']>, ParentType, ContextType>;
  standardDeviation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = SprintsContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SprintsContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AddWorkItemsToSprintPayload?: AddWorkItemsToSprintPayloadResolvers<ContextType>;
  BurndownPoint?: BurndownPointResolvers<ContextType>;
  BurnupPoint?: BurnupPointResolvers<ContextType>;
  CompleteSprintPayload?: CompleteSprintPayloadResolvers<ContextType>;
  CreateSprintPayload?: CreateSprintPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteSprintPayload?: DeleteSprintPayloadResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  ForecastPercentile?: ForecastPercentileResolvers<ContextType>;
  MemberCapacity?: MemberCapacityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveWorkItemsFromSprintPayload?: RemoveWorkItemsFromSprintPayloadResolvers<ContextType>;
  ScopeChange?: ScopeChangeResolvers<ContextType>;
  ScopeChangeConnection?: ScopeChangeConnectionResolvers<ContextType>;
  ScopeChangeEdge?: ScopeChangeEdgeResolvers<ContextType>;
  SetSprintCapacityPayload?: SetSprintCapacityPayloadResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintCapacity?: SprintCapacityResolvers<ContextType>;
  SprintChangeEvent?: SprintChangeEventResolvers<ContextType>;
  SprintConnection?: SprintConnectionResolvers<ContextType>;
  SprintEdge?: SprintEdgeResolvers<ContextType>;
  SprintScopeChange?: SprintScopeChangeResolvers<ContextType>;
  SprintVelocity?: SprintVelocityResolvers<ContextType>;
  SprintWorkItemConnection?: SprintWorkItemConnectionResolvers<ContextType>;
  SprintWorkItemEdge?: SprintWorkItemEdgeResolvers<ContextType>;
  StartSprintPayload?: StartSprintPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateSprintPayload?: UpdateSprintPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Velocity?: VelocityResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SprintsContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
