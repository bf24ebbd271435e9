import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkItem as WorkItemModel, WorkflowState as WorkflowStateModel, WorkflowTransition as WorkflowTransitionModel, Label as LabelModel, CustomField as CustomFieldModel, Comment as CommentModel, Worklog as WorklogModel, Release as ReleaseModel, HistoryEntry as HistoryEntryModel, SavedView as SavedViewModel } from './prisma/client';
import type { ReleaseConnectionMapper as ReleaseConnectionMapperModel, ReleaseEdgeMapper as ReleaseEdgeMapperModel, WorklogConnectionMapper as WorklogConnectionMapperModel, WorklogEdgeMapper as WorklogEdgeMapperModel, TimeTrackingMapper as TimeTrackingMapperModel, UserRefMapper as UserRefMapperModel, ProjectRefMapper as ProjectRefMapperModel, WorkItemConnectionMapper as WorkItemConnectionMapperModel, WorkItemEdgeMapper as WorkItemEdgeMapperModel, LabelConnectionMapper as LabelConnectionMapperModel, LabelEdgeMapper as LabelEdgeMapperModel, CommentConnectionMapper as CommentConnectionMapperModel, CommentEdgeMapper as CommentEdgeMapperModel, HistoryEntryConnectionMapper as HistoryEntryConnectionMapperModel, HistoryEntryEdgeMapper as HistoryEntryEdgeMapperModel, SavedViewConnectionMapper as SavedViewConnectionMapperModel, SavedViewEdgeMapper as SavedViewEdgeMapperModel, SearchHitConnectionMapper as SearchHitConnectionMapperModel, SearchHitEdgeMapper as SearchHitEdgeMapperModel, WorkflowMapper as WorkflowMapperModel, HierarchyRulesMapper as HierarchyRulesMapperModel, BoardMapper as BoardMapperModel, BoardColumnMapper as BoardColumnMapperModel, CustomFieldValueMapper as CustomFieldValueMapperModel, WorkItemRelationMapper as WorkItemRelationMapperModel, WorkItemProgressMapper as WorkItemProgressMapperModel, TimeInStateMapper as TimeInStateMapperModel, WorkItemFilterValueMapper as WorkItemFilterValueMapperModel, WorkItemOrderValueMapper as WorkItemOrderValueMapperModel } from '../mappers';
import type { ReleaseProgressRow as ReleaseProgressRowModel } from '../data/releases';
import type { PersonTimeRow as PersonTimeRowModel } from '../data/worklogs';
import type { SearchHitRow as SearchHitRowModel } from '../data/search';
import type { ReactionGroupRow as ReactionGroupRowModel } from '../data/reactions';
import type { WorkItemsContext } from '../context';
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
export type ActivityEvent = WorkItemChangeEvent;

/** A new comment. */
export type AddCommentInput = {
  /** The body in markdown, 1 to 20,000 characters; `<@USER_ID>` mentions a project member (at most 50 people per comment). */
  body: Scalars['String']['input'];
  /** The comment to reply to, on the same item; a reply to a reply joins the thread of the comment that started it. */
  replyTo?: InputMaybe<Scalars['ID']['input']>;
  /** The item to comment on. */
  workItemId: Scalars['ID']['input'];
};

/** The result of addComment. */
export type AddCommentPayload = {
  __typename?: 'AddCommentPayload';
  /** The new comment. */
  comment: Comment;
};

/** A reaction to add. */
export type AddReactionInput = {
  /** The comment to react to. */
  commentId: Scalars['ID']['input'];
  /** One Unicode emoji, such as 👍; a comment has at most 20 different emoji. */
  emoji: Scalars['String']['input'];
};

/** The result of addReaction. */
export type AddReactionPayload = {
  __typename?: 'AddReactionPayload';
  /** The comment with its reactions. */
  comment: Comment;
};

/** The item to archive. */
export type ArchiveWorkItemInput = {
  /** The item's ID. */
  id: Scalars['ID']['input'];
};

/** The result of archiveWorkItem. */
export type ArchiveWorkItemPayload = {
  __typename?: 'ArchiveWorkItemPayload';
  /** The archived item. */
  workItem: WorkItem;
};

/** Whether archived items are included. */
export type ArchivedFilter =
  /** Include archived and unarchived items. */
  | 'ANY'
  /** Leave archived items out. */
  | 'EXCLUDE'
  /** Only archived items. */
  | 'ONLY';

/** A project's board. */
export type Board = {
  __typename?: 'Board';
  /** One column per workflow state, in workflow order (at most 30). */
  columns: Array<BoardColumn>;
};

/** One column of a board. */
export type BoardColumn = {
  __typename?: 'BoardColumn';
  /** The column's items in rank order. */
  items: WorkItemConnection;
  /** The column's workflow state. */
  state: WorkflowState;
};


/** One column of a board. */
export type BoardColumnItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Up to 1,000 items of one project to archive. */
export type BulkArchiveWorkItemsInput = {
  /** True (the default): all items are archived or none, and the first that cannot be is the error. False: the others are archived and each one that cannot be is reported in `failures`. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** The items, 1 to 1,000, all of one project. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of bulkArchiveWorkItems. */
export type BulkArchiveWorkItemsPayload = {
  __typename?: 'BulkArchiveWorkItemsPayload';
  /** The items archived, in the order of `ids`. */
  archivedWorkItemIds: Array<Scalars['ID']['output']>;
  /** With `atomic: false`, the items left as they were and why (NOT_FOUND, or CONFLICT when already archived). */
  failures: Array<BulkWorkItemFailure>;
};

/** Several new work items of one project. */
export type BulkCreateWorkItemsInput = {
  /** The items, 1 to 1,000, all with the same `projectId`; an error names its item as `input.items.<n>.<field>`. */
  items: Array<CreateWorkItemInput>;
};

/** The result of bulkCreateWorkItems. */
export type BulkCreateWorkItemsPayload = {
  __typename?: 'BulkCreateWorkItemsPayload';
  /** The items, in the order of `input.items`: each new one, or the earlier one of a reused `clientMutationId`. */
  workItems: Array<WorkItem>;
};

/** Up to 1,000 items of one project to delete for good. */
export type BulkDeleteWorkItemsInput = {
  /** True (the default): all items are deleted or none. False: the others are deleted and each one that cannot be is reported in `failures`. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** The items, 1 to 1,000, all of one project. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of bulkDeleteWorkItems. */
export type BulkDeleteWorkItemsPayload = {
  __typename?: 'BulkDeleteWorkItemsPayload';
  /** The items deleted, in the order of `ids`. */
  deletedWorkItemIds: Array<Scalars['ID']['output']>;
  /** With `atomic: false`, the items kept and why (NOT_FOUND, or CONFLICT when a child of theirs is not deleted with them). */
  failures: Array<BulkWorkItemFailure>;
};

/** Up to 1,000 archived items of one project to restore. */
export type BulkRestoreWorkItemsInput = {
  /** True (the default): all items are restored or none. False: the others are restored and each one that cannot be is reported in `failures`. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** The items, 1 to 1,000, all of one project. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of bulkRestoreWorkItems. */
export type BulkRestoreWorkItemsPayload = {
  __typename?: 'BulkRestoreWorkItemsPayload';
  /** With `atomic: false`, the items left as they were and why (NOT_FOUND, or CONFLICT when not archived). */
  failures: Array<BulkWorkItemFailure>;
  /** The items restored, in the order of `ids`. */
  restoredWorkItemIds: Array<Scalars['ID']['output']>;
};

/** Several items of one project and the changes for them. */
export type BulkUpdateWorkItemsInput = {
  /**
   * True (the default): every item changes or none does, and the first item that cannot is the error.
   * False: every item that can change does, and each one that cannot is reported in `failures`.
   */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** The changes. */
  changes: BulkWorkItemChanges;
  /**
   * The version you read of some of the items, as `expectedVersion` of `updateWorkItem`: an item that
   * has changed since fails with CONFLICT on `input.expectedVersions.<n>`. Items not listed are changed
   * whatever their version.
   */
  expectedVersions?: InputMaybe<Array<ExpectedWorkItemVersion>>;
  /** The items, 1 to 1,000, all of one project. */
  ids: Array<Scalars['ID']['input']>;
};

/** The result of bulkUpdateWorkItems. */
export type BulkUpdateWorkItemsPayload = {
  __typename?: 'BulkUpdateWorkItemsPayload';
  /** With `atomic: false`, the items that did not change and why, in the order of `ids`; otherwise always empty. */
  failures: Array<BulkWorkItemFailure>;
  /** The items that changed (or already were as asked), after the change, in the order of `ids`. */
  workItems: Array<WorkItem>;
};

/** Changes applied to each of several items; omitted fields stay as they are. */
export type BulkWorkItemChanges = {
  /** Labels to add. */
  addLabelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new assignee (null: unassign). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Custom field values to set on every item, as `updateWorkItem`'s `customFields`: fields not listed keep each item's value. */
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  /** A new due date (null: clear). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** A new estimate in points, 0 to 1,000 (null: clear). */
  estimate?: InputMaybe<Scalars['Float']['input']>;
  /**
   * A new parent for every item, an item of the same project (null: move them to the top). Each item
   * moves with its subtree, as with `updateWorkItem`'s `parentId`: no item under itself or its
   * descendants, the nesting allowed by the hierarchy rules, within the project's depth.
   */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** A new priority. */
  priority?: InputMaybe<WorkItemPriority>;
  /** A release of the project to plan every item for (null: none). */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Labels to remove. */
  removeLabelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new time estimate in minutes, 0 to 1,000,000 (null: clear). */
  timeEstimateMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Transition every item to this state; every item's transition must be allowed. */
  toStateId?: InputMaybe<Scalars['ID']['input']>;
  /** A new type; each item's must hold its children and fit under its parent by the project's hierarchy rules. */
  type?: InputMaybe<WorkItemType>;
};

/** An item a non-atomic bulk update could not change; nothing of it was changed. */
export type BulkWorkItemFailure = {
  __typename?: 'BulkWorkItemFailure';
  /** The error code the item would have failed with alone: NOT_FOUND, CONFLICT, FORBIDDEN or BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  /** The input field at fault, such as `input.changes.toStateId` or `input.expectedVersions.0`, when there is one. */
  field: Maybe<Scalars['String']['output']>;
  /** Its position in `ids`, from 0. */
  index: Scalars['Int']['output'];
  /** What went wrong, in words for people. */
  message: Scalars['String']['output'];
  /** The item's ID as given in `ids`. */
  workItemId: Scalars['ID']['output'];
};

/** Items to move because a pull request that closes them was merged. */
export type CloseMergedWorkItemsInput = {
  /** The moves, at most 100. */
  moves: Array<MergeMoveInput>;
  /** What made the change, recorded in history: `vcs`. */
  source: Scalars['String']['input'];
};

/** The items moved. */
export type CloseMergedWorkItemsPayload = {
  __typename?: 'CloseMergedWorkItemsPayload';
  /** One result per move, in order. */
  results: Array<MergeMoveResult>;
};

/** A comment on a work item. */
export type Comment = Node & {
  __typename?: 'Comment';
  /** Who wrote it. */
  author: User;
  /** The body in markdown; mentions are written `<@USER_ID>`. */
  body: Scalars['String']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether it has been edited. */
  edited: Scalars['Boolean']['output'];
  /** The comment's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Project members mentioned in the body, in order of first mention; a comment mentions at most 50 people. */
  mentionedUsers: Array<User>;
  /** The comment that starts the thread this one replies to; null when this comment starts a thread. */
  parent: Maybe<Comment>;
  /** The reactions to the comment, one group per emoji, in the order each emoji was first used; at most 20 groups. */
  reactions: Array<ReactionGroup>;
  /** Replies to this comment, oldest first; always empty for a reply, as threads are one level deep. */
  replies: CommentConnection;
  /** When it was last edited (equal to createdAt when never edited). */
  updatedAt: Scalars['DateTime']['output'];
  /** The item commented on. */
  workItem: WorkItem;
};


/** A comment on a work item. */
export type CommentRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of comments. */
export type CommentConnection = {
  __typename?: 'CommentConnection';
  /** The comments on this page with their cursors. */
  edges: Array<CommentEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Comment>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many comments the list has in all: the item's comments, its threads, or the thread's replies. */
  totalCount: Scalars['Int']['output'];
};

/** A comment in a connection. */
export type CommentEdge = {
  __typename?: 'CommentEdge';
  /** The cursor to resume after this comment. */
  cursor: Scalars['String']['output'];
  /** The comment. */
  node: Comment;
};

/**
 * A comment as other services need it to attach things to it and check who may see them. IDs are
 * raw database uuids, not global IDs.
 */
export type CommentTarget = {
  __typename?: 'CommentTarget';
  /** The uuid of the comment's author. */
  authorId: Scalars['ID']['output'];
  /** The comment's uuid. */
  id: Scalars['ID']['output'];
  /** The uuid of the project's organization. */
  organizationId: Scalars['ID']['output'];
  /** The uuid of that item's project. */
  projectId: Scalars['ID']['output'];
  /** The uuid of the work item the comment is on. */
  workItemId: Scalars['ID']['output'];
};

/** A new custom field. */
export type CreateCustomFieldInput = {
  /** What the field is for, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The name, 1-50 characters, unique in the project. */
  name: Scalars['String']['input'];
  /** The choices, for SELECT and MULTI_SELECT (1-100 distinct, each 1-100 characters); not allowed for other types. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** Whether new items must have a value; false when omitted. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** The kind of value. */
  type: CustomFieldType;
};

/** The result of createCustomField. */
export type CreateCustomFieldPayload = {
  __typename?: 'CreateCustomFieldPayload';
  /** The new field. */
  customField: CustomField;
};

/** A new label. */
export type CreateLabelInput = {
  /** A colour as `#rrggbb`. */
  color: Scalars['String']['input'];
  /** What the label means, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The name, 1-50 characters, unique in the project. */
  name: Scalars['String']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** The result of createLabel. */
export type CreateLabelPayload = {
  __typename?: 'CreateLabelPayload';
  /** The new label. */
  label: Label;
};

/** A new release. */
export type CreateReleaseInput = {
  /** What it is about, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Its name, 1 to 100 characters, unique in the project. */
  name: Scalars['String']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** When it is to be released, on or after `startDate`. */
  releaseDate?: InputMaybe<Scalars['Date']['input']>;
  /** When work on it starts. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of createRelease. */
export type CreateReleasePayload = {
  __typename?: 'CreateReleasePayload';
  /** The new release. */
  release: Release;
};

/** A new saved view. */
export type CreateSavedViewInput = {
  /** The filter; all unarchived items when omitted. */
  filter?: InputMaybe<WorkItemFilter>;
  /** The name, 1-100 characters. */
  name: Scalars['String']['input'];
  /** The order; newest first when omitted. */
  orderBy?: InputMaybe<WorkItemOrder>;
  /** The project. */
  projectId: Scalars['ID']['input'];
  /** Share it with everyone in the project (requires MEMBER); private when omitted. */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of createSavedView. */
export type CreateSavedViewPayload = {
  __typename?: 'CreateSavedViewPayload';
  /** The new view. */
  savedView: SavedView;
};

/** A new work item. */
export type CreateWorkItemInput = {
  /** Who works on it: a member of the project. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A key of your choosing (at most 100 characters): retrying with the same one returns the item created the first time. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Custom field values; every required field of the project must get one. */
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  /** Details in markdown, at most 100,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The estimate in points, 0 to 1000. */
  estimate?: InputMaybe<Scalars['Float']['input']>;
  /** Labels of the project. */
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The containing item, of the same project; allowed by the project's hierarchy rules. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** How urgent it is; NONE when omitted. */
  priority?: InputMaybe<WorkItemPriority>;
  /** The project to create it in. */
  projectId: Scalars['ID']['input'];
  /** The release of the project to plan it for. */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  /** How long the work is expected to take, in whole minutes, 0 to 1,000,000. */
  timeEstimateMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** A one-line summary, 1-255 characters. */
  title: Scalars['String']['input'];
  /** The kind of item. */
  type: WorkItemType;
};

/** The result of createWorkItem. */
export type CreateWorkItemPayload = {
  __typename?: 'CreateWorkItemPayload';
  /** The clientMutationId given, if any. */
  clientMutationId: Maybe<Scalars['String']['output']>;
  /** The new item (or, for a retry, the item created the first time). */
  workItem: WorkItem;
};

/** A new workflow state. */
export type CreateWorkflowStateInput = {
  /** The category. */
  category: WorkflowStateCategory;
  /** A colour as `#rrggbb`. */
  color: Scalars['String']['input'];
  /** The name, 1-50 characters, unique in the workflow. */
  name: Scalars['String']['input'];
  /** Where to insert it, from 0; at the end when omitted. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** The result of createWorkflowState. */
export type CreateWorkflowStatePayload = {
  __typename?: 'CreateWorkflowStatePayload';
  /** The new state. */
  state: WorkflowState;
  /** The workflow after the change. */
  workflow: Workflow;
};

/** A custom field defined for a project's items. */
export type CustomField = Node & {
  __typename?: 'CustomField';
  /** What the field is for. */
  description: Scalars['String']['output'];
  /** The field's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The field's name, unique in the project. */
  name: Scalars['String']['output'];
  /** The choices of a SELECT or MULTI_SELECT field (at most 100); empty for other types. */
  options: Array<Scalars['String']['output']>;
  /** The field's place among the project's fields, from 0. */
  position: Scalars['Int']['output'];
  /** Whether every new item must have a value, and no update may clear it. */
  required: Scalars['Boolean']['output'];
  /** The kind of value the field holds. */
  type: CustomFieldType;
};

/**
 * Conditions on one custom field, every one given must hold: its value equals one given (for
 * MULTI_SELECT: contains it), or meets a comparator. Give only the members of the field's type (`text`
 * and `textValue` for TEXT, `number` and `numberValue` for NUMBER, ...) and `null`. As elsewhere, `neq`
 * and `nin` also match items without a value; `eq`, `in`, `contains` and the order comparators never do.
 */
export type CustomFieldFilter = {
  /** For DATE fields: the date. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** For DATE fields: conditions on the date. */
  dateValue?: InputMaybe<DateComparator>;
  /** The custom field. */
  fieldId: Scalars['ID']['input'];
  /** true: items without a value for the field; false: items with one. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
  /** For NUMBER fields: the number. */
  number?: InputMaybe<Scalars['Float']['input']>;
  /** For NUMBER fields: conditions on the number. */
  numberValue?: InputMaybe<NumberComparator>;
  /** For SELECT fields: the option; for MULTI_SELECT fields: an option the value contains. */
  option?: InputMaybe<Scalars['String']['input']>;
  /**
   * For SELECT fields: conditions on the option. For MULTI_SELECT fields: `eq`/`in` match values
   * containing the option or any of them, `neq`/`nin` values containing none of them.
   */
  optionValue?: InputMaybe<OptionComparator>;
  /** For TEXT fields: the exact text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** For TEXT fields: conditions on the text (`contains` ignores case). */
  textValue?: InputMaybe<StringComparator>;
  /** For USER fields: the user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** For USER fields: conditions on the user (`isMe` for whoever reads). */
  userValue?: InputMaybe<UserComparator>;
};

/** A stored condition on one custom field. */
export type CustomFieldFilterValue = {
  __typename?: 'CustomFieldFilterValue';
  /** The date, for DATE fields. */
  date: Maybe<Scalars['Date']['output']>;
  /** The conditions on a DATE field's date. */
  dateValue: Maybe<DateComparatorValue>;
  /** The custom field's ID (the field may have been deleted since). */
  fieldId: Scalars['ID']['output'];
  /** Only items without (true) or with (false) a value. */
  null: Maybe<Scalars['Boolean']['output']>;
  /** The number, for NUMBER fields. */
  number: Maybe<Scalars['Float']['output']>;
  /** The conditions on a NUMBER field's number. */
  numberValue: Maybe<NumberComparatorValue>;
  /** The option, for SELECT and MULTI_SELECT fields. */
  option: Maybe<Scalars['String']['output']>;
  /** The conditions on a SELECT or MULTI_SELECT field's options. */
  optionValue: Maybe<OptionComparatorValue>;
  /** The exact text, for TEXT fields. */
  text: Maybe<Scalars['String']['output']>;
  /** The conditions on a TEXT field's text. */
  textValue: Maybe<StringComparatorValue>;
  /** The user's ID, for USER fields. */
  userId: Maybe<Scalars['ID']['output']>;
  /** The conditions on a USER field's user. */
  userValue: Maybe<UserComparatorValue>;
};

/** Kinds of custom field. */
export type CustomFieldType =
  /** A calendar date. */
  | 'DATE'
  /** Any number of the field's options. */
  | 'MULTI_SELECT'
  /** A number. */
  | 'NUMBER'
  /** One of the field's options. */
  | 'SELECT'
  /** Free text, at most 1,000 characters. */
  | 'TEXT'
  /** A member of the project. */
  | 'USER';

/** A custom field's value on an item. */
export type CustomFieldValue = {
  /** The field. */
  field: CustomField;
};

/** A custom field value to set: give the one member that matches the field's type, or none to clear the value. */
export type CustomFieldValueInput = {
  /** For DATE fields. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The custom field. */
  fieldId: Scalars['ID']['input'];
  /** For NUMBER fields. */
  number?: InputMaybe<Scalars['Float']['input']>;
  /** For SELECT fields: one of the field's options. */
  option?: InputMaybe<Scalars['String']['input']>;
  /** For MULTI_SELECT fields: some of the field's options. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** For TEXT fields. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** For USER fields: a member of the project. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Conditions on a calendar date; every one given must hold. `neq` also matches items without a date. */
export type DateComparator = {
  /** On this date. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** After this date. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** On or after this date. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Before this date. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this date. */
  lte?: InputMaybe<Scalars['Date']['input']>;
  /** Not on this date. */
  neq?: InputMaybe<Scalars['Date']['input']>;
  /** true: there is no date; false: there is one. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A DateComparator as a saved view stores it. */
export type DateComparatorValue = {
  __typename?: 'DateComparatorValue';
  /** On this date. */
  eq: Maybe<Scalars['Date']['output']>;
  /** After this date. */
  gt: Maybe<Scalars['Date']['output']>;
  /** On or after this date. */
  gte: Maybe<Scalars['Date']['output']>;
  /** Before this date. */
  lt: Maybe<Scalars['Date']['output']>;
  /** On or before this date. */
  lte: Maybe<Scalars['Date']['output']>;
  /** Not on this date. */
  neq: Maybe<Scalars['Date']['output']>;
  /** true: there is no date; false: there is one. */
  null: Maybe<Scalars['Boolean']['output']>;
};

/** The value of a DATE field. */
export type DateFieldValue = CustomFieldValue & {
  __typename?: 'DateFieldValue';
  /** The date. */
  date: Scalars['Date']['output'];
  /** The field. */
  field: CustomField;
};

/** Conditions on a point in time; every one given must hold. */
export type DateTimeComparator = {
  /** At exactly this time (millisecond precision). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** After this time. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or after this time. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before this time. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At or before this time. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not at this time. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A DateTimeComparator as a saved view stores it. */
export type DateTimeComparatorValue = {
  __typename?: 'DateTimeComparatorValue';
  /** At exactly this time (millisecond precision). */
  eq: Maybe<Scalars['DateTime']['output']>;
  /** After this time. */
  gt: Maybe<Scalars['DateTime']['output']>;
  /** At or after this time. */
  gte: Maybe<Scalars['DateTime']['output']>;
  /** Before this time. */
  lt: Maybe<Scalars['DateTime']['output']>;
  /** At or before this time. */
  lte: Maybe<Scalars['DateTime']['output']>;
  /** Not at this time. */
  neq: Maybe<Scalars['DateTime']['output']>;
};

/** The comment to delete. */
export type DeleteCommentInput = {
  /** The comment's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteComment. */
export type DeleteCommentPayload = {
  __typename?: 'DeleteCommentPayload';
  /** The ID of the deleted comment. */
  deletedCommentId: Scalars['ID']['output'];
  /** The item it was on. */
  workItem: WorkItem;
};

/** The custom field to delete. */
export type DeleteCustomFieldInput = {
  /** The field's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteCustomField. */
export type DeleteCustomFieldPayload = {
  __typename?: 'DeleteCustomFieldPayload';
  /** The ID of the deleted field. */
  deletedCustomFieldId: Scalars['ID']['output'];
};

/** The label to delete. */
export type DeleteLabelInput = {
  /** The label's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteLabel. */
export type DeleteLabelPayload = {
  __typename?: 'DeleteLabelPayload';
  /** The ID of the deleted label. */
  deletedLabelId: Scalars['ID']['output'];
};

/** The release to delete. */
export type DeleteReleaseInput = {
  /** The release's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteRelease. */
export type DeleteReleasePayload = {
  __typename?: 'DeleteReleasePayload';
  /** The ID of the deleted release. */
  deletedReleaseId: Scalars['ID']['output'];
  /** How many items it held (now planned for no release). */
  unplannedItemCount: Scalars['Int']['output'];
};

/** The saved view to delete. */
export type DeleteSavedViewInput = {
  /** The view's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteSavedView. */
export type DeleteSavedViewPayload = {
  __typename?: 'DeleteSavedViewPayload';
  /** The ID of the deleted view. */
  deletedSavedViewId: Scalars['ID']['output'];
};

/** The item to delete. */
export type DeleteWorkItemInput = {
  /** The item's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteWorkItem. */
export type DeleteWorkItemPayload = {
  __typename?: 'DeleteWorkItemPayload';
  /** The ID of the deleted item. */
  deletedWorkItemId: Scalars['ID']['output'];
};

/** The state to delete and where its items go. */
export type DeleteWorkflowStateInput = {
  /** The state's ID. */
  id: Scalars['ID']['input'];
  /** Another state of the same workflow that receives the deleted state's items (archived ones too). */
  moveItemsToStateId: Scalars['ID']['input'];
};

/** The result of deleteWorkflowState. */
export type DeleteWorkflowStatePayload = {
  __typename?: 'DeleteWorkflowStatePayload';
  /** The ID of the deleted state. */
  deletedStateId: Scalars['ID']['output'];
  /** How many items moved to the target state. */
  movedItemCount: Scalars['Int']['output'];
  /** The workflow after the change. */
  workflow: Workflow;
};

/** The worklog to delete. */
export type DeleteWorklogInput = {
  /** The worklog's ID. */
  id: Scalars['ID']['input'];
};

/** The result of deleteWorklog. */
export type DeleteWorklogPayload = {
  __typename?: 'DeleteWorklogPayload';
  /** The ID of the deleted worklog. */
  deletedWorklogId: Scalars['ID']['output'];
  /** The item, with its time tracking. */
  workItem: WorkItem;
};

/** The version of one item as the client read it. */
export type ExpectedWorkItemVersion = {
  /** The item's ID, one of `ids`. */
  id: Scalars['ID']['input'];
  /** Its `version` when it was read. */
  version: Scalars['Int']['input'];
};

/** The child types one type may hold. */
export type HierarchyRule = {
  __typename?: 'HierarchyRule';
  /** The types its children may have. */
  childTypes: Array<WorkItemType>;
  /** The parent type. */
  parentType: WorkItemType;
};

/** The child types one type may hold. */
export type HierarchyRuleInput = {
  /** The types its children may have; empty: it holds none. */
  childTypes: Array<WorkItemType>;
  /** The parent type. */
  parentType: WorkItemType;
};

/** Which item types may contain which. */
export type HierarchyRules = {
  __typename?: 'HierarchyRules';
  /** For each type, the types its children may have (an empty list: it holds no children). */
  allowedChildren: Array<HierarchyRule>;
  /** The deepest level a child may sit at: top-level items are at depth 0, so 2 allows epic, story, subtask. */
  maxDepth: Scalars['Int']['output'];
};

/** A text with marked passages, for rendering search matches. */
export type HighlightedText = {
  __typename?: 'HighlightedText';
  /** The marked passages, in order, as offsets into `text`. */
  highlights: Array<TextRange>;
  /** The plain text. */
  text: Scalars['String']['output'];
};

/** One field changed by one change of a work item. */
export type HistoryEntry = Node & {
  __typename?: 'HistoryEntry';
  /** Who made the change; null for a change the system made on its own (see `source`). */
  actor: Maybe<User>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * What changed: `created`, `title`, `description`, `type`, `state`, `priority`, `estimate`,
   * `timeEstimate` (in minutes), `assignee`, `release`, `labels`, `dueDate`, `parent`, `rank`, `archived`, or `customField:<field ID>`; or
   * `stateRefused` for a move the system tried and the workflow refused (the state stayed `oldValue`,
   * `newValue` is where it was to go, `note` says why).
   */
  field: Scalars['String']['output'];
  /** The entry's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The value after, in the same form, or null when unset. */
  newValue: Maybe<Scalars['String']['output']>;
  /**
   * Why the system made, or could not make, the change, as a sentence: a merged pull request whose move
   * the workflow refused is named with the reason. Null for people's changes.
   */
  note: Maybe<Scalars['String']['output']>;
  /** The value before, as text (IDs as global IDs, enums by name, lists comma-separated), or null when unset. */
  oldValue: Maybe<Scalars['String']['output']>;
  /** What made a change nobody made by hand: `vcs` when a merged pull request moved the item; null for people's changes. */
  source: Maybe<Scalars['String']['output']>;
};

/** A page of history entries. */
export type HistoryEntryConnection = {
  __typename?: 'HistoryEntryConnection';
  /** The entries on this page with their cursors. */
  edges: Array<HistoryEntryEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<HistoryEntry>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many entries the item's history has. */
  totalCount: Scalars['Int']['output'];
};

/** A history entry in a connection. */
export type HistoryEntryEdge = {
  __typename?: 'HistoryEntryEdge';
  /** The cursor to resume after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: HistoryEntry;
};

/**
 * Conditions on an ID; every one given must hold. `neq` and `nin` also match items without a value;
 * `eq`, `in` and the order comparators never do.
 */
export type IdComparator = {
  /** Equal to this ID. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of these IDs (at most 100). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to this ID. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** None of these IDs (at most 100). */
  nin?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: there is no value; false: there is one. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A IdComparator as a saved view stores it. */
export type IdComparatorValue = {
  __typename?: 'IdComparatorValue';
  /** Equal to this ID. */
  eq: Maybe<Scalars['ID']['output']>;
  /** One of these IDs (at most 100). */
  in: Maybe<Array<Scalars['ID']['output']>>;
  /** Not equal to this ID. */
  neq: Maybe<Scalars['ID']['output']>;
  /** None of these IDs (at most 100). */
  nin: Maybe<Array<Scalars['ID']['output']>>;
  /** true: there is no value; false: there is one. */
  null: Maybe<Scalars['Boolean']['output']>;
};

/** A label to group and find items. */
export type Label = Node & {
  __typename?: 'Label';
  /** A display colour as `#rrggbb`; never the only carrier of meaning. */
  color: Scalars['String']['output'];
  /** What the label means, in words (also read out by screen readers instead of the colour). */
  description: Scalars['String']['output'];
  /** The label's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The label's name, unique in the project (case-sensitive), at most 50 characters. */
  name: Scalars['String']['output'];
};

/** A page of labels. */
export type LabelConnection = {
  __typename?: 'LabelConnection';
  /** The labels on this page with their cursors. */
  edges: Array<LabelEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Label>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many labels the project has. */
  totalCount: Scalars['Int']['output'];
};

/** A label in a connection. */
export type LabelEdge = {
  __typename?: 'LabelEdge';
  /** The cursor to resume after this label. */
  cursor: Scalars['String']['output'];
  /** The label. */
  node: Label;
};

/** Two items and a relation between them. */
export type LinkWorkItemsInput = {
  /** The item the relation starts from. */
  sourceId: Scalars['ID']['input'];
  /** The other item. */
  targetId: Scalars['ID']['input'];
  /** The relation from the source's side, for example BLOCKS: the source blocks the target. */
  type: WorkItemLinkType;
};

/** The result of linkWorkItems. */
export type LinkWorkItemsPayload = {
  __typename?: 'LinkWorkItemsPayload';
  /** The source item. */
  source: WorkItem;
  /** The target item. */
  target: WorkItem;
  /** The relation type from the source's side. */
  type: WorkItemLinkType;
};

/** Time spent on a work item. */
export type LogWorkInput = {
  /** The day the work was done, from 2000-01-01 to today; today (UTC) when omitted. */
  day?: InputMaybe<Scalars['Date']['input']>;
  /** Minutes spent, 1 to 1,440. */
  minutes: Scalars['Int']['input'];
  /** What was done, at most 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The item the time was spent on. */
  workItemId: Scalars['ID']['input'];
};

/** The result of logWork. */
export type LogWorkPayload = {
  __typename?: 'LogWorkPayload';
  /** The item, with its time tracking. */
  workItem: WorkItem;
  /** The new worklog. */
  worklog: Worklog;
};

/** One item and its merged state. */
export type MergeMoveInput = {
  /**
   * The pull request that closes it, as the item's history names it when the workflow refuses the move
   * (`PR #12 in acme/shop`), at most 200 characters.
   */
  pullRequest?: InputMaybe<Scalars['String']['input']>;
  /** The raw uuid of the state to move it to; null: its project's first DONE state. */
  toStateId?: InputMaybe<Scalars['ID']['input']>;
  /** The item's raw uuid. */
  workItemId: Scalars['ID']['input'];
};

/** What became of an item a merged pull request closes. */
export type MergeMoveOutcome =
  /** It was DONE or CANCELED already, or in the merged state: left alone. */
  | 'ALREADY_CLOSED'
  /** No such item. */
  | 'MISSING'
  /** It moved to the merged state. */
  | 'MOVED'
  /**
   * The workflow does not allow the move (no transition, required fields missing, a merged state not in
   * its workflow): the item stays, and its history records the refusal (field `stateRefused`).
   */
  | 'NOT_ALLOWED'
  /** Its project's workflow has no DONE state. */
  | 'NO_DONE_STATE';

/** What became of one item. */
export type MergeMoveResult = {
  __typename?: 'MergeMoveResult';
  /** The outcome. */
  outcome: MergeMoveOutcome;
  /** Why the item did not move, as a sentence (NOT_ALLOWED, NO_DONE_STATE); null otherwise. */
  reason: Maybe<Scalars['String']['output']>;
  /** The item's raw uuid. */
  workItemId: Scalars['ID']['output'];
};

/** Where to put an item on the board: a column and, within it, between two neighbours. */
export type MoveWorkItemInput = {
  /** Put the item just after this item of the target column. Give one of beforeId and afterId, both (adjacent items), or neither (the column's end). */
  afterId?: InputMaybe<Scalars['ID']['input']>;
  /** Put the item just before this item of the target column. */
  beforeId?: InputMaybe<Scalars['ID']['input']>;
  /** The item's ID. */
  id: Scalars['ID']['input'];
  /** The target column's state; the item's own state when omitted. A different state is a transition and follows the workflow. */
  toStateId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of moveWorkItem. */
export type MoveWorkItemPayload = {
  __typename?: 'MoveWorkItemPayload';
  /** The item in its new place. */
  workItem: WorkItem;
};

/** The value of a MULTI_SELECT field. */
export type MultiSelectFieldValue = CustomFieldValue & {
  __typename?: 'MultiSelectFieldValue';
  /** The field. */
  field: CustomField;
  /** The chosen options, in the field's option order (at most its 100). */
  options: Array<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a comment to a work item; `<@USER_ID>` in the body mentions a project member. Requires project MEMBER. */
  addComment: AddCommentPayload;
  /** Reacts to a comment with an emoji; reacting again with the same emoji changes nothing. Requires project MEMBER. */
  addReaction: AddReactionPayload;
  /** Archives a work item: it leaves boards and default lists but keeps its key and history. Requires project MEMBER. */
  archiveWorkItem: ArchiveWorkItemPayload;
  /** Archives up to 1,000 items of one project at once, all or nothing unless `atomic` is false. Requires project MEMBER. */
  bulkArchiveWorkItems: BulkArchiveWorkItemsPayload;
  /**
   * Creates up to 1,000 items of one project in one transaction, in order (their numbers follow the
   * input's order): all or none. Its cost counts the payload's list as long as `input.items`. An item whose `clientMutationId` you used before is not created again:
   * its earlier item is answered in its place, so a retried call creates only what the first did not.
   * Requires project MEMBER.
   */
  bulkCreateWorkItems: BulkCreateWorkItemsPayload;
  /**
   * Deletes up to 1,000 items of one project for good, with their comments, links and history, all or
   * nothing unless `atomic` is false. An item's children must be deleted with it (CONFLICT otherwise).
   * Requires project ADMIN.
   */
  bulkDeleteWorkItems: BulkDeleteWorkItemsPayload;
  /** Restores up to 1,000 archived items of one project at once, all or nothing unless `atomic` is false. Requires project MEMBER. */
  bulkRestoreWorkItems: BulkRestoreWorkItemsPayload;
  /**
   * Changes up to 1,000 items of one project at once, all or nothing unless `atomic` is false. Requires
   * project MEMBER. Its cost counts the payload's lists as long as `input.ids`.
   */
  bulkUpdateWorkItems: BulkUpdateWorkItemsPayload;
  /**
   * Service-to-service: moves the items a merged pull request closes to their merged state, as the
   * system (history shows no actor and the source), through the workflow's transitions. Items already
   * DONE or CANCELED are left alone; a move the workflow refuses is recorded in the item's history
   * (`stateRefused`, with a note naming the pull request and the reason) and answered with its reason.
   * Not part of the public API.
   */
  closeMergedWorkItems: CloseMergedWorkItemsPayload;
  /** Defines a custom field for a project's items. Requires project ADMIN. */
  createCustomField: CreateCustomFieldPayload;
  /** Creates a label in a project. Requires project MEMBER. */
  createLabel: CreateLabelPayload;
  /** Adds a release to a project. Requires project MEMBER. */
  createRelease: CreateReleasePayload;
  /** Saves a filter and sort order under a name, for you alone or shared with the project. Requires project VIEWER (MEMBER to share). */
  createSavedView: CreateSavedViewPayload;
  /** Creates a work item in a project. Requires project MEMBER. Retrying with the same `clientMutationId` returns the first result. */
  createWorkItem: CreateWorkItemPayload;
  /** Adds a state to a project's workflow. Requires project ADMIN. */
  createWorkflowState: CreateWorkflowStatePayload;
  /** Deletes a comment, with its replies when it starts a thread. Its author or a project ADMIN may delete it. */
  deleteComment: DeleteCommentPayload;
  /** Deletes a custom field and its values on every item. Requires project ADMIN. */
  deleteCustomField: DeleteCustomFieldPayload;
  /** Deletes a label and removes it from every item. Requires project ADMIN. */
  deleteLabel: DeleteLabelPayload;
  /**
   * Deletes a release. Its items stay, planned for no release: each changes (`release` in its history,
   * its version, `work_item.updated`). Requires project ADMIN.
   */
  deleteRelease: DeleteReleasePayload;
  /** Deletes a saved view. Its owner, or a project ADMIN for a shared view, may delete it. */
  deleteSavedView: DeleteSavedViewPayload;
  /** Deletes a work item for good, with its comments, links and history. Requires project ADMIN; an item with children cannot be deleted (CONFLICT). */
  deleteWorkItem: DeleteWorkItemPayload;
  /** Deletes a workflow state, moving its items to another state first. Requires project ADMIN; the last state cannot be deleted. */
  deleteWorkflowState: DeleteWorkflowStatePayload;
  /** Deletes a worklog. Its author (as a project MEMBER) or a project ADMIN may delete it. */
  deleteWorklog: DeleteWorklogPayload;
  /** Links two work items of the same organization with a typed relation. Requires MEMBER in the source item's project and read access to the target's. An item has at most 100 relations (CONFLICT beyond: unlink one first). */
  linkWorkItems: LinkWorkItemsPayload;
  /**
   * Logs time you spent on a work item on one day. A person logs at most 1,440 minutes (one day) over
   * all items of one day: more is CONFLICT. Requires project MEMBER. The item's version and history do
   * not change; `work_item.worklog_added` is published.
   */
  logWork: LogWorkPayload;
  /** Reorders an item on the board and/or moves it to another column in one atomic step. Requires project MEMBER. */
  moveWorkItem: MoveWorkItemPayload;
  /** Takes back the caller's reaction with an emoji; nothing changes when there is none. Requires project MEMBER. */
  removeReaction: RemoveReactionPayload;
  /** Disallows a transition between two states. Requires project ADMIN. */
  removeWorkflowTransition: RemoveWorkflowTransitionPayload;
  /** Brings an archived work item back. Requires project MEMBER. */
  restoreWorkItem: RestoreWorkItemPayload;
  /** Allows a transition between two states of a workflow, or changes its conditions. Requires project ADMIN. */
  setWorkflowTransition: SetWorkflowTransitionPayload;
  /** Moves an item to another workflow state; fails with BAD_USER_INPUT naming the allowed targets when the workflow does not allow it. Requires project MEMBER. */
  transitionWorkItem: TransitionWorkItemPayload;
  /** Removes a relation between two items, whichever side it is given from. Requires read access to both items and MEMBER in either item's project. */
  unlinkWorkItems: UnlinkWorkItemsPayload;
  /** Edits a comment. Only its author may edit it. */
  updateComment: UpdateCommentPayload;
  /** Changes a custom field's name, description, requiredness or options. Requires project ADMIN. */
  updateCustomField: UpdateCustomFieldPayload;
  /** Changes which item types may contain which in a project, and how deep the hierarchy may go. Requires project ADMIN. */
  updateHierarchyRules: UpdateHierarchyRulesPayload;
  /** Changes a label. Requires project MEMBER. */
  updateLabel: UpdateLabelPayload;
  /**
   * Renames, re-dates or describes a release, or marks it released (or not released again). Requires
   * project MEMBER.
   */
  updateRelease: UpdateReleasePayload;
  /** Changes a saved view. Its owner, or a project ADMIN for a shared view, may change it. */
  updateSavedView: UpdateSavedViewPayload;
  /** Changes a work item's fields. Requires project MEMBER; fails with CONFLICT when `expectedVersion` is stale, changing nothing. */
  updateWorkItem: UpdateWorkItemPayload;
  /** Changes a workflow state's name, category, colour or position. Requires project ADMIN. */
  updateWorkflowState: UpdateWorkflowStatePayload;
  /** Changes the day, minutes or note of one of your own worklogs. Requires project MEMBER. */
  updateWorklog: UpdateWorklogPayload;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddReactionArgs = {
  input: AddReactionInput;
};


export type MutationArchiveWorkItemArgs = {
  input: ArchiveWorkItemInput;
};


export type MutationBulkArchiveWorkItemsArgs = {
  input: BulkArchiveWorkItemsInput;
};


export type MutationBulkCreateWorkItemsArgs = {
  input: BulkCreateWorkItemsInput;
};


export type MutationBulkDeleteWorkItemsArgs = {
  input: BulkDeleteWorkItemsInput;
};


export type MutationBulkRestoreWorkItemsArgs = {
  input: BulkRestoreWorkItemsInput;
};


export type MutationBulkUpdateWorkItemsArgs = {
  input: BulkUpdateWorkItemsInput;
};


export type MutationCloseMergedWorkItemsArgs = {
  input: CloseMergedWorkItemsInput;
};


export type MutationCreateCustomFieldArgs = {
  input: CreateCustomFieldInput;
};


export type MutationCreateLabelArgs = {
  input: CreateLabelInput;
};


export type MutationCreateReleaseArgs = {
  input: CreateReleaseInput;
};


export type MutationCreateSavedViewArgs = {
  input: CreateSavedViewInput;
};


export type MutationCreateWorkItemArgs = {
  input: CreateWorkItemInput;
};


export type MutationCreateWorkflowStateArgs = {
  input: CreateWorkflowStateInput;
};


export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};


export type MutationDeleteCustomFieldArgs = {
  input: DeleteCustomFieldInput;
};


export type MutationDeleteLabelArgs = {
  input: DeleteLabelInput;
};


export type MutationDeleteReleaseArgs = {
  input: DeleteReleaseInput;
};


export type MutationDeleteSavedViewArgs = {
  input: DeleteSavedViewInput;
};


export type MutationDeleteWorkItemArgs = {
  input: DeleteWorkItemInput;
};


export type MutationDeleteWorkflowStateArgs = {
  input: DeleteWorkflowStateInput;
};


export type MutationDeleteWorklogArgs = {
  input: DeleteWorklogInput;
};


export type MutationLinkWorkItemsArgs = {
  input: LinkWorkItemsInput;
};


export type MutationLogWorkArgs = {
  input: LogWorkInput;
};


export type MutationMoveWorkItemArgs = {
  input: MoveWorkItemInput;
};


export type MutationRemoveReactionArgs = {
  input: RemoveReactionInput;
};


export type MutationRemoveWorkflowTransitionArgs = {
  input: RemoveWorkflowTransitionInput;
};


export type MutationRestoreWorkItemArgs = {
  input: RestoreWorkItemInput;
};


export type MutationSetWorkflowTransitionArgs = {
  input: SetWorkflowTransitionInput;
};


export type MutationTransitionWorkItemArgs = {
  input: TransitionWorkItemInput;
};


export type MutationUnlinkWorkItemsArgs = {
  input: UnlinkWorkItemsInput;
};


export type MutationUpdateCommentArgs = {
  input: UpdateCommentInput;
};


export type MutationUpdateCustomFieldArgs = {
  input: UpdateCustomFieldInput;
};


export type MutationUpdateHierarchyRulesArgs = {
  input: UpdateHierarchyRulesInput;
};


export type MutationUpdateLabelArgs = {
  input: UpdateLabelInput;
};


export type MutationUpdateReleaseArgs = {
  input: UpdateReleaseInput;
};


export type MutationUpdateSavedViewArgs = {
  input: UpdateSavedViewInput;
};


export type MutationUpdateWorkItemArgs = {
  input: UpdateWorkItemInput;
};


export type MutationUpdateWorkflowStateArgs = {
  input: UpdateWorkflowStateInput;
};


export type MutationUpdateWorklogArgs = {
  input: UpdateWorklogInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Conditions on a number; every one given must hold. `neq` also matches items without a value. */
export type NumberComparator = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** One of these (at most 100). */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** Not equal to. */
  neq?: InputMaybe<Scalars['Float']['input']>;
  /** None of these (at most 100); matches items without a value. */
  nin?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** true: there is no value; false: there is one. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A NumberComparator as a saved view stores it. */
export type NumberComparatorValue = {
  __typename?: 'NumberComparatorValue';
  /** Equal to. */
  eq: Maybe<Scalars['Float']['output']>;
  /** Greater than. */
  gt: Maybe<Scalars['Float']['output']>;
  /** Greater than or equal to. */
  gte: Maybe<Scalars['Float']['output']>;
  /** One of these (at most 100). */
  in: Maybe<Array<Scalars['Float']['output']>>;
  /** Less than. */
  lt: Maybe<Scalars['Float']['output']>;
  /** Less than or equal to. */
  lte: Maybe<Scalars['Float']['output']>;
  /** Not equal to. */
  neq: Maybe<Scalars['Float']['output']>;
  /** None of these (at most 100); matches items without a value. */
  nin: Maybe<Array<Scalars['Float']['output']>>;
  /** true: there is no value; false: there is one. */
  null: Maybe<Scalars['Boolean']['output']>;
};

/** The value of a NUMBER field. */
export type NumberFieldValue = CustomFieldValue & {
  __typename?: 'NumberFieldValue';
  /** The field. */
  field: CustomField;
  /** The number. */
  number: Scalars['Float']['output'];
};

/** Conditions on a custom field's option; every one given must hold. */
export type OptionComparator = {
  /** This option. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** One of these options (at most 100). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Not this option. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** None of these options (at most 100). */
  nin?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: no option is chosen; false: one is. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An OptionComparator as a saved view stores it. */
export type OptionComparatorValue = {
  __typename?: 'OptionComparatorValue';
  /** This option. */
  eq: Maybe<Scalars['String']['output']>;
  /** One of these options (at most 100). */
  in: Maybe<Array<Scalars['String']['output']>>;
  /** Not this option. */
  neq: Maybe<Scalars['String']['output']>;
  /** None of these options (at most 100). */
  nin: Maybe<Array<Scalars['String']['output']>>;
  /** true: no option is chosen; false: one is. */
  null: Maybe<Scalars['Boolean']['output']>;
};

/** A sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

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

/** The minutes one person logged. */
export type PersonTime = {
  __typename?: 'PersonTime';
  /** The minutes they logged. */
  minutes: Scalars['Int']['output'];
  /** The person. */
  user: User;
};

/** A project: where work is planned and tracked, inside one organization. */
export type Project = {
  __typename?: 'Project';
  /** The project's board: one column per workflow state in workflow order, each with its unarchived items in rank order. */
  board: Board;
  /** Custom fields defined for the project's items, in position order; a project has at most 50. */
  customFields: Array<CustomField>;
  /** Which item types may contain which, and how deep the hierarchy may go. */
  hierarchyRules: HierarchyRules;
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The project's labels, in name order. */
  labels: LabelConnection;
  /** The project's releases: unreleased first, each group by release date (undated last), then by name. */
  releases: ReleaseConnection;
  /** Saved views of the project you can see: yours and those shared with the project, oldest first. */
  savedViews: SavedViewConnection;
  /** The project's work items, filtered and sorted. Archived items are left out unless the filter asks for them. */
  workItems: WorkItemConnection;
  /** The project's workflow: its states and the transitions allowed between them. */
  workflow: Workflow;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectBoardArgs = {
  filter?: InputMaybe<WorkItemFilter>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectLabelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectReleasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  released?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectSavedViewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WorkItemOrder>;
};

/** Roles in a project, from most to least powerful. A user's effective role is ADMIN when they are an OWNER or ADMIN of the project's organization, else the highest of their direct and team roles; every role requires a current membership of the organization. */
export type ProjectRole =
  /** Configures the project and manages its members and teams. */
  | 'ADMIN'
  /** Reads and writes the project's work. */
  | 'MEMBER'
  /** Reads the project's work. */
  | 'VIEWER';

export type Query = {
  __typename?: 'Query';
  /**
   * Service-to-service lookup of comments (for a service attaching things to a comment: the files
   * service); not part of the public API. One entry per id, in order: null when the comment does not
   * exist (it was deleted, or never was).
   */
  commentTargets: Array<Maybe<CommentTarget>>;
  /** A saved view you can see (your own, or one shared with a project you can read), by ID. */
  savedView: SavedView;
  /**
   * Service-to-service: the items a saved view matches now, for a service measuring the view as a
   * population (analytics); not part of the public API. A service asks it as the viewer it serves, and
   * the answer is what that person sees: null when the view does not exist, is another user's private
   * view, or is in a project they cannot read. The same filter as `SavedView.workItems` (archived
   * items only when the view asks for them), in the view's order.
   */
  savedViewItemIds: Maybe<SavedViewItemIds>;
  /**
   * Full-text search over the titles, descriptions and comments of the unarchived work items of every
   * project of an organization you can read: every word must appear (prefixes match, so `dep` finds
   * `deploy`), best matches first (a title match ranks above the same match in a description), one hit
   * per item with a highlighted snippet of where it matched.
   */
  search: SearchHitConnection;
  /**
   * Minutes logged per day over a range of at most 31 days (one entry for every day, 0 when nothing was
   * logged), counting the worklogs `worklogs` would list with the same filter: a person's week, or a
   * project's.
   */
  timesheet: Timesheet;
  /** A work item you can see, by ID; NOT_FOUND when it does not exist or you cannot read its project (the two are not told apart). */
  workItem: WorkItem;
  /**
   * A work item you can see, by its key such as `WEB-42`. Project keys are unique within an
   * organization: pass `organizationId` when you belong to several organizations with a project of
   * that key (BAD_USER_INPUT otherwise); NOT_FOUND as for `workItem`.
   */
  workItemByKey: WorkItem;
  /**
   * Service-to-service rebuild of read models fed by the `work-items` stream (analytics); not part of
   * the public API. Every item of the project that still exists, archived ones included, in item uuid
   * order, with its snapshot (as in events) and its state changes. Deleted items are gone from this
   * service's tables and are not listed: only their `work_item.deleted` event tells of them.
   */
  workItemFlowHistory: WorkItemFlowHistoryConnection;
  /**
   * Service-to-service lookup of work items by key in one organization (the integrations service
   * links commits and pull requests that name them); not part of the public API. Only the keys that
   * name an existing item are answered, in no particular order.
   */
  workItemRefsByKeys: Array<WorkItemRef>;
  /**
   * Service-to-service lookup of items' current state (for read models that have not heard of an item
   * yet); not part of the public API. One entry per id, in order: null when the item does not exist.
   */
  workItemSnapshots: Array<Maybe<WorkItemSnapshot>>;
  /**
   * Work items across every project of an organization you can read (all of them as its OWNER or
   * ADMIN, those that give you a role otherwise; none when you are not a member), with the same filter
   * language and orders as `Project.workItems`. Custom field conditions name fields of those projects.
   * BAD_USER_INPUT on `organizationId` when you can read more than 1,000 of its projects: list per
   * project then.
   */
  workItems: WorkItemConnection;
  /**
   * Service-to-service lookup of workflow states (to check a state belongs to a project); not part of
   * the public API. One entry per id, in order: null when the state does not exist.
   */
  workflowStateRefs: Array<Maybe<WorkflowStateRef>>;
  /**
   * Worklogs in the projects of an organization you can read, over a range of at most 366 days, by
   * day (oldest first), then in the order they were logged. Worklogs of items in projects you cannot
   * read are left out.
   */
  worklogs: WorklogConnection;
};


export type QueryCommentTargetsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySavedViewItemIdsArgs = {
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
};


export type QueryTimesheetArgs = {
  filter: WorklogFilter;
  organizationId: Scalars['ID']['input'];
};


export type QueryWorkItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkItemByKeyArgs = {
  key: Scalars['String']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkItemFlowHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryWorkItemRefsByKeysArgs = {
  keys: Array<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryWorkItemSnapshotsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  createdByMe?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<WorkItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WorkItemOrder>;
  organizationId: Scalars['ID']['input'];
  watching?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryWorkflowStateRefsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryWorklogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter: WorklogFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};

/** Everyone who reacted to a comment with one emoji. */
export type ReactionGroup = {
  __typename?: 'ReactionGroup';
  /** How many people reacted with it. */
  count: Scalars['Int']['output'];
  /** The emoji, as one Unicode emoji (for example 👍 or 🎉). */
  emoji: Scalars['String']['output'];
  /** The first 10 people who reacted with it, earliest first. */
  reactors: Array<User>;
  /** Whether the caller is one of them. */
  viewerHasReacted: Scalars['Boolean']['output'];
};

/** A planned version or milestone of a project (a fix version in Jira, a milestone in Linear): items are planned for it. */
export type Release = Node & {
  __typename?: 'Release';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is about, in markdown (empty when not given). */
  description: Scalars['String']['output'];
  /** The release's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Its name, unique in the project, such as `2.4` or `Beta`. */
  name: Scalars['String']['output'];
  /** Whether its release date has passed (UTC) and it is not released. */
  overdue: Scalars['Boolean']['output'];
  /** How far its unarchived items are. */
  progress: ReleaseProgress;
  /** The project it belongs to. */
  project: Project;
  /** When it is to be released, or null. */
  releaseDate: Maybe<Scalars['Date']['output']>;
  /** Whether it has been released. */
  released: Scalars['Boolean']['output'];
  /** When it was marked released, or null while it is not. */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  /** When work on it starts, or null. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its items, as `Project.workItems` with the filter `release: { eq: <this release> }` added to yours. */
  workItems: WorkItemConnection;
};


/** A planned version or milestone of a project (a fix version in Jira, a milestone in Linear): items are planned for it. */
export type ReleaseWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WorkItemOrder>;
};

/** A page of releases. */
export type ReleaseConnection = {
  __typename?: 'ReleaseConnection';
  /** The releases on this page with their cursors. */
  edges: Array<ReleaseEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Release>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many releases the list has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A release in a connection. */
export type ReleaseEdge = {
  __typename?: 'ReleaseEdge';
  /** The cursor to resume after this release. */
  cursor: Scalars['String']['output'];
  /** The release. */
  node: Release;
};

/** How far a release's unarchived items are. */
export type ReleaseProgress = {
  __typename?: 'ReleaseProgress';
  /** How many of them are in a CANCELED state (left out of `percentDone`). */
  canceledCount: Scalars['Int']['output'];
  /** How many of them are in a DONE state. */
  doneCount: Scalars['Int']['output'];
  /** The sum of the estimates of those in a DONE state. */
  donePoints: Scalars['Float']['output'];
  /** How many items are planned for it. */
  itemCount: Scalars['Int']['output'];
  /** Done items as a share of the items not canceled, 0 to 100 (0 when there are none). */
  percentDone: Scalars['Float']['output'];
  /** The sum of their estimates in points. */
  points: Scalars['Float']['output'];
};

/** A reaction to take back. */
export type RemoveReactionInput = {
  /** The comment reacted to. */
  commentId: Scalars['ID']['input'];
  /** The emoji to take back. */
  emoji: Scalars['String']['input'];
};

/** The result of removeReaction. */
export type RemoveReactionPayload = {
  __typename?: 'RemoveReactionPayload';
  /** The comment with its reactions. */
  comment: Comment;
};

/** A transition to disallow. */
export type RemoveWorkflowTransitionInput = {
  /** The state items leave. */
  fromStateId: Scalars['ID']['input'];
  /** The state items enter. */
  toStateId: Scalars['ID']['input'];
};

/** The result of removeWorkflowTransition. */
export type RemoveWorkflowTransitionPayload = {
  __typename?: 'RemoveWorkflowTransitionPayload';
  /** The workflow after the change. */
  workflow: Workflow;
};

/** The item to restore. */
export type RestoreWorkItemInput = {
  /** The item's ID. */
  id: Scalars['ID']['input'];
};

/** The result of restoreWorkItem. */
export type RestoreWorkItemPayload = {
  __typename?: 'RestoreWorkItemPayload';
  /** The restored item. */
  workItem: WorkItem;
};

/** A named filter and sort order. */
export type SavedView = Node & {
  __typename?: 'SavedView';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The stored filter. */
  filter: WorkItemFilterValue;
  /** The view's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The view's name. */
  name: Scalars['String']['output'];
  /** The stored sort order. */
  orderBy: WorkItemOrderValue;
  /** Who created it. */
  owner: User;
  /** The project it belongs to. */
  project: Project;
  /** Whether everyone in the project sees it (otherwise only its owner). */
  shared: Scalars['Boolean']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The view's items, computed now with its filter and order. */
  workItems: WorkItemConnection;
};


/** A named filter and sort order. */
export type SavedViewWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of saved views. */
export type SavedViewConnection = {
  __typename?: 'SavedViewConnection';
  /** The views on this page with their cursors. */
  edges: Array<SavedViewEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<SavedView>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many views you can see in the project. */
  totalCount: Scalars['Int']['output'];
};

/** A saved view in a connection. */
export type SavedViewEdge = {
  __typename?: 'SavedViewEdge';
  /** The cursor to resume after this view. */
  cursor: Scalars['String']['output'];
  /** The view. */
  node: SavedView;
};

/** The items a saved view matches now (`savedViewItemIds`). */
export type SavedViewItemIds = {
  __typename?: 'SavedViewItemIds';
  /** The ID of the view's project. */
  projectId: Scalars['ID']['output'];
  /** Whether the view matches more items than `limit`, so some were left out. */
  truncated: Scalars['Boolean']['output'];
  /** The IDs of the items the view matches, at most `limit` of them, in the view's order. */
  workItemIds: Array<Scalars['ID']['output']>;
};

/** One work item that matches a search, with where and how well. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The comment that matched, when `matchedIn` is COMMENT. */
  comment: Maybe<Comment>;
  /** Where the best match is. */
  matchedIn: SearchMatchSource;
  /** How well it matches; higher is better. Comparable only within one search. */
  score: Scalars['Float']['output'];
  /** A short passage around the best match, the matched words marked. */
  snippet: HighlightedText;
  /** The matching item. */
  workItem: WorkItem;
};

/** A page of search hits, best first. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The hits on this page with their cursors. */
  edges: Array<SearchHitEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<SearchHit>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many items match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A search hit in a connection. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** The cursor to resume after this hit. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** Where a search hit matched. */
export type SearchMatchSource =
  /** One of the item's comments. */
  | 'COMMENT'
  /** The item's description. */
  | 'DESCRIPTION'
  /** The item's title. */
  | 'TITLE';

/** The value of a SELECT field. */
export type SelectFieldValue = CustomFieldValue & {
  __typename?: 'SelectFieldValue';
  /** The field. */
  field: CustomField;
  /** The chosen option. */
  option: Scalars['String']['output'];
};

/** A transition to allow, with its conditions. */
export type SetWorkflowTransitionInput = {
  /** The state items leave. */
  fromStateId: Scalars['ID']['input'];
  /** The lowest role allowed to take it; anyone who may write when omitted. */
  minimumRole?: InputMaybe<ProjectRole>;
  /** Fields the item must have set to take the transition; none when omitted. */
  requiredFields?: InputMaybe<Array<WorkItemField>>;
  /** The state items enter, of the same workflow and different from fromStateId. */
  toStateId: Scalars['ID']['input'];
};

/** The result of setWorkflowTransition. */
export type SetWorkflowTransitionPayload = {
  __typename?: 'SetWorkflowTransitionPayload';
  /** The transition. */
  transition: WorkflowTransition;
  /** The workflow after the change. */
  workflow: Workflow;
};

/** Conditions on a text; every one given must hold. */
export type StringComparator = {
  /** Contains this text, ignoring case (at most 200 characters). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this text. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Not exactly this text. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Does not contain this text, ignoring case (at most 200 characters). */
  notContains?: InputMaybe<Scalars['String']['input']>;
};

/** A StringComparator as a saved view stores it. */
export type StringComparatorValue = {
  __typename?: 'StringComparatorValue';
  /** Contains this text, ignoring case (at most 200 characters). */
  contains: Maybe<Scalars['String']['output']>;
  /** Exactly this text. */
  eq: Maybe<Scalars['String']['output']>;
  /** Not exactly this text. */
  neq: Maybe<Scalars['String']['output']>;
  /** Does not contain this text, ignoring case (at most 200 characters). */
  notContains: Maybe<Scalars['String']['output']>;
};

/**
 * Live updates, served by the router over WebSocket (`graphql-transport-ws` protocol) at the same URL as
 * HTTP. Sign in with `connection_init` payload `{ "authorization": "Bearer <access token>" }`.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every change to the work items and sprints of an organization, across the projects you can read,
   * as it happens: the events of `workItemChanged` and `sprintChanged` of each of them, in one stream.
   * Events of a project reach you only while you can read it, so two people subscribed to the same
   * organization may receive different events. Requires membership of the organization (NOT_FOUND
   * otherwise); the subscription completes when you leave it.
   */
  organizationActivity: ActivityEvent;
  /**
   * What `organizationActivity` carries, for the projects a team has a role in (see `Project.teams`)
   * that you can read. Any member of the team's organization may follow it (NOT_FOUND otherwise); the
   * subscription completes when you leave the organization. A project attached to the team later joins
   * the stream from its next event; one detached leaves it.
   */
  teamActivity: ActivityEvent;
  /**
   * Every change to the work items of a project, as it happens: created, updated, transitioned, moved,
   * archived, restored, deleted, commented, linked and unlinked, and files or links attached to an item
   * or its comments, or removed. Requires read access to the project (FORBIDDEN otherwise); the
   * subscription completes when you lose that access.
   */
  workItemChanged: WorkItemChangeEvent;
};


/**
 * Live updates, served by the router over WebSocket (`graphql-transport-ws` protocol) at the same URL as
 * HTTP. Sign in with `connection_init` payload `{ "authorization": "Bearer <access token>" }`.
 */
export type SubscriptionOrganizationActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
};


/**
 * Live updates, served by the router over WebSocket (`graphql-transport-ws` protocol) at the same URL as
 * HTTP. Sign in with `connection_init` payload `{ "authorization": "Bearer <access token>" }`.
 */
export type SubscriptionTeamActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};


/**
 * Live updates, served by the router over WebSocket (`graphql-transport-ws` protocol) at the same URL as
 * HTTP. Sign in with `connection_init` payload `{ "authorization": "Bearer <access token>" }`.
 */
export type SubscriptionWorkItemChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};

/** The value of a TEXT field. */
export type TextFieldValue = CustomFieldValue & {
  __typename?: 'TextFieldValue';
  /** The field. */
  field: CustomField;
  /** The text. */
  text: Scalars['String']['output'];
};

/** A passage of a text, as UTF-16 offsets (JavaScript string indices). */
export type TextRange = {
  __typename?: 'TextRange';
  /** Where it ends (exclusive). */
  end: Scalars['Int']['output'];
  /** Where the passage starts. */
  start: Scalars['Int']['output'];
};

/** Time an item has spent in one state. */
export type TimeInState = {
  __typename?: 'TimeInState';
  /** Whether the item is in this state now. */
  current: Scalars['Boolean']['output'];
  /** Total seconds in the state over every stay, the current stay counted until now. */
  seconds: Scalars['Int']['output'];
  /** The state, or null when it has since been deleted from the workflow. */
  state: Maybe<WorkflowState>;
  /** The state's name when the item was in it. */
  stateName: Scalars['String']['output'];
};

/** The time logged on a work item against its time estimate. */
export type TimeTracking = {
  __typename?: 'TimeTracking';
  /** Who logged time on the item, most minutes first: at most 20 people (`spentMinutes` counts everyone). */
  byPerson: Array<PersonTime>;
  /** The item's time estimate in minutes, or null when it has none. */
  estimateMinutes: Maybe<Scalars['Int']['output']>;
  /** The estimate less the time spent, never below 0; null when the item has no time estimate. */
  remainingMinutes: Maybe<Scalars['Int']['output']>;
  /** Minutes logged on the item by everyone. */
  spentMinutes: Scalars['Int']['output'];
};

/** Minutes logged per day. */
export type Timesheet = {
  __typename?: 'Timesheet';
  /** Every day of the range in order, with its minutes (0 when nothing was logged). */
  days: Array<TimesheetDay>;
  /** The minutes of every day of the range. */
  totalMinutes: Scalars['Int']['output'];
};

/** One day of a timesheet. */
export type TimesheetDay = {
  __typename?: 'TimesheetDay';
  /** The day. */
  day: Scalars['Date']['output'];
  /** The minutes logged on it. */
  minutes: Scalars['Int']['output'];
};

/** An item and the state to move it to. */
export type TransitionWorkItemInput = {
  /** The item's ID. */
  id: Scalars['ID']['input'];
  /** The target state, of the item's project. */
  toStateId: Scalars['ID']['input'];
};

/** The result of transitionWorkItem. */
export type TransitionWorkItemPayload = {
  __typename?: 'TransitionWorkItemPayload';
  /** The item in its new state. */
  workItem: WorkItem;
};

/** The relation to remove. */
export type UnlinkWorkItemsInput = {
  /** The item the relation starts from. */
  sourceId: Scalars['ID']['input'];
  /** The other item. */
  targetId: Scalars['ID']['input'];
  /** The relation from the source's side. */
  type: WorkItemLinkType;
};

/** The result of unlinkWorkItems. */
export type UnlinkWorkItemsPayload = {
  __typename?: 'UnlinkWorkItemsPayload';
  /** The source item. */
  source: WorkItem;
  /** The target item. */
  target: WorkItem;
};

/** A comment's new body. */
export type UpdateCommentInput = {
  /** The new body, 1 to 20,000 characters, mentioning at most 50 people. */
  body: Scalars['String']['input'];
  /** The comment's ID. */
  id: Scalars['ID']['input'];
};

/** The result of updateComment. */
export type UpdateCommentPayload = {
  __typename?: 'UpdateCommentPayload';
  /** The edited comment. */
  comment: Comment;
};

/** Changes to a custom field; its type cannot change. */
export type UpdateCustomFieldInput = {
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The field's ID. */
  id: Scalars['ID']['input'];
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The full new list of choices; an option still used by an item cannot be dropped (CONFLICT). */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new place among the project's fields. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Whether new items must have a value. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of updateCustomField. */
export type UpdateCustomFieldPayload = {
  __typename?: 'UpdateCustomFieldPayload';
  /** The field after the change. */
  customField: CustomField;
};

/** A project's new hierarchy rules; existing items that break them stay as they are until changed. */
export type UpdateHierarchyRulesInput = {
  /** The rules, replacing the current ones; types not listed hold no children. */
  allowedChildren: Array<HierarchyRuleInput>;
  /** The deepest level a child may sit at, 1 to 10. */
  maxDepth: Scalars['Int']['input'];
  /** The project. */
  projectId: Scalars['ID']['input'];
};

/** The result of updateHierarchyRules. */
export type UpdateHierarchyRulesPayload = {
  __typename?: 'UpdateHierarchyRulesPayload';
  /** The rules after the change. */
  hierarchyRules: HierarchyRules;
};

/** Changes to a label. */
export type UpdateLabelInput = {
  /** A new colour. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The label's ID. */
  id: Scalars['ID']['input'];
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateLabel. */
export type UpdateLabelPayload = {
  __typename?: 'UpdateLabelPayload';
  /** The label after the change. */
  label: Label;
};

/** A change to a release; fields left out stay as they are. */
export type UpdateReleaseInput = {
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The release's ID. */
  id: Scalars['ID']['input'];
  /** A new name, unique in the project. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new release date (null: clear). */
  releaseDate?: InputMaybe<Scalars['Date']['input']>;
  /** true: mark it released now; false: not released (again). */
  released?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new start date (null: clear). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of updateRelease. */
export type UpdateReleasePayload = {
  __typename?: 'UpdateReleasePayload';
  /** The release after the change. */
  release: Release;
};

/** Changes to a saved view; omitted fields stay as they are. */
export type UpdateSavedViewInput = {
  /** A new filter, replacing the stored one. */
  filter?: InputMaybe<WorkItemFilter>;
  /** The view's ID. */
  id: Scalars['ID']['input'];
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new order. */
  orderBy?: InputMaybe<WorkItemOrder>;
  /** Share or unshare it. */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of updateSavedView. */
export type UpdateSavedViewPayload = {
  __typename?: 'UpdateSavedViewPayload';
  /** The view after the change. */
  savedView: SavedView;
};

/** Changes to a work item; omitted fields stay as they are, null clears a nullable field. */
export type UpdateWorkItemInput = {
  /** A new assignee (null: unassign). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Custom field values to set or clear; fields not listed stay as they are. */
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  /** New details in markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new due date (null: clear). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** A new estimate (null: clear). */
  estimate?: InputMaybe<Scalars['Float']['input']>;
  /** The version you last read; the update fails with CONFLICT if the item has changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The item to change. */
  id: Scalars['ID']['input'];
  /** The item's labels, replacing the current ones. */
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new containing item (null: move to the top); the item's subtree moves with it. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** A new priority. */
  priority?: InputMaybe<WorkItemPriority>;
  /** A release of the project to plan it for (null: none). */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
  /** A new time estimate in whole minutes, 0 to 1,000,000 (null: clear). */
  timeEstimateMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** A new summary, 1-255 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new kind; the item's parent and children must still satisfy the hierarchy rules. */
  type?: InputMaybe<WorkItemType>;
};

/** The result of updateWorkItem. */
export type UpdateWorkItemPayload = {
  __typename?: 'UpdateWorkItemPayload';
  /** The item after the change. */
  workItem: WorkItem;
};

/** Changes to a workflow state. */
export type UpdateWorkflowStateInput = {
  /** A new category. */
  category?: InputMaybe<WorkflowStateCategory>;
  /** A new colour. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** The state's ID. */
  id: Scalars['ID']['input'];
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new position; the others shift to make room. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of updateWorkflowState. */
export type UpdateWorkflowStatePayload = {
  __typename?: 'UpdateWorkflowStatePayload';
  /** The state after the change. */
  state: WorkflowState;
  /** The workflow after the change. */
  workflow: Workflow;
};

/** A change to a worklog; fields left out stay as they are. */
export type UpdateWorklogInput = {
  /** A new day, from 2000-01-01 to today. */
  day?: InputMaybe<Scalars['Date']['input']>;
  /** The worklog's ID. */
  id: Scalars['ID']['input'];
  /** New minutes, 1 to 1,440. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** A new note, at most 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateWorklog. */
export type UpdateWorklogPayload = {
  __typename?: 'UpdateWorklogPayload';
  /** The item, with its time tracking. */
  workItem: WorkItem;
  /** The worklog after the change. */
  worklog: Worklog;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** Conditions on a user; every one given must hold. `neq` and `nin` also match items without a user. */
export type UserComparator = {
  /** This user. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of these users (at most 100). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: you (the signed-in viewer, whoever reads a saved view); false: anyone but you, or nobody. */
  isMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not this user. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** None of these users (at most 100). */
  nin?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: there is no user; false: there is one. */
  null?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A UserComparator as a saved view stores it. */
export type UserComparatorValue = {
  __typename?: 'UserComparatorValue';
  /** This user. */
  eq: Maybe<Scalars['ID']['output']>;
  /** One of these users (at most 100). */
  in: Maybe<Array<Scalars['ID']['output']>>;
  /** true: you (the signed-in viewer, whoever reads a saved view); false: anyone but you, or nobody. */
  isMe: Maybe<Scalars['Boolean']['output']>;
  /** Not this user. */
  neq: Maybe<Scalars['ID']['output']>;
  /** None of these users (at most 100). */
  nin: Maybe<Array<Scalars['ID']['output']>>;
  /** true: there is no user; false: there is one. */
  null: Maybe<Scalars['Boolean']['output']>;
};

/** The value of a USER field. */
export type UserFieldValue = CustomFieldValue & {
  __typename?: 'UserFieldValue';
  /** The field. */
  field: CustomField;
  /** The user. */
  user: User;
};

/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItem = Node & {
  __typename?: 'WorkItem';
  /** The chain of containing items, from the top of the hierarchy down to the parent; empty at the top. At most 10: no hierarchy is deeper. */
  ancestors: Array<WorkItem>;
  /** When the item was archived, or null when it is not. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who works on the item, or null when unassigned. */
  assignee: Maybe<User>;
  /** The items this one contains, oldest first (archived children included). */
  children: WorkItemConnection;
  /** Comments on the item, oldest first: every comment, replies included, or with `threads: true` only the comments that start a thread. */
  comments: CommentConnection;
  /** When the item was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The values of the project's custom fields set on this item, in field position order (at most one per field, so at most 50). */
  customFields: Array<CustomFieldValue>;
  /** The details, in markdown (at most 100,000 characters). */
  description: Scalars['String']['output'];
  /** When the item is due, or null. */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** The estimate in points, or null when not estimated. */
  estimate: Maybe<Scalars['Float']['output']>;
  /** Every change made to the item, oldest first. */
  history: HistoryEntryConnection;
  /** The work item's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Whether an unarchived item blocking this one, in a project you can read, is not yet done (its state's category is neither DONE nor CANCELED). */
  isBlocked: Scalars['Boolean']['output'];
  /** The human key, `<PROJECT KEY>-<number>`, for example `WEB-42`: sequential per project and never reused. */
  key: Scalars['String']['output'];
  /** The item's labels, in name order; an item has at most 50. */
  labels: Array<Label>;
  /** The item's number within its project (the part of the key after the dash). */
  number: Scalars['Int']['output'];
  /** The item containing this one, or null at the top of the hierarchy. */
  parent: Maybe<WorkItem>;
  /** How urgent the item is. */
  priority: WorkItemPriority;
  /** Progress over all descendants (children, their children, and so on); canceled and archived descendants are left out. */
  progress: WorkItemProgress;
  /** The project the item belongs to. */
  project: Project;
  /** Relations to other items, as seen from this item (a BLOCKS link shows as BLOCKED_BY on the blocked item); only items you can read. An item has at most 100 relations. */
  relations: Array<WorkItemRelation>;
  /** The release the item is planned for, or null. */
  release: Maybe<Release>;
  /** Who created the item. */
  reporter: User;
  /** The item's workflow state. */
  state: WorkflowState;
  /** How long the work is expected to take, in minutes, or null when not estimated: what `timeTracking` counts worklogs against. */
  timeEstimateMinutes: Maybe<Scalars['Int']['output']>;
  /** How long the item has spent in each state it has been in, the current one counted until now; in order of first entry. At most 60 entries: beyond that, the states since deleted from the workflow that the item entered first are left out. */
  timeInStates: Array<TimeInState>;
  /** The time logged on the item against its time estimate, and who logged it. */
  timeTracking: TimeTracking;
  /** A one-line summary, at most 255 characters. */
  title: Scalars['String']['output'];
  /** The kind of item. */
  type: WorkItemType;
  /** When the item last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * The item's page in the web app, `<PUBLIC_URL>/browse/<key>` (for example
   * `https://work.example.com/browse/WEB-42`), for links in chats, emails and commit messages. Keys
   * never change, so the link is stable.
   */
  url: Scalars['String']['output'];
  /** Increases by one with every change; pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** Time logged on the item, in the order it was logged. */
  worklogs: WorklogConnection;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  threads?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A unit of work in a project: an epic, story, task, bug or subtask. */
export type WorkItemWorklogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One change to a work item, delivered by `Subscription.workItemChanged`. */
export type WorkItemChangeEvent = {
  __typename?: 'WorkItemChangeEvent';
  /** Who made the change; null for changes made by the system. */
  actor: Maybe<User>;
  /**
   * The WorkItem fields that changed (for example `title`, `assignee`, `state`, `rank`; `attachments` or
   * `linkAttachments` for ATTACHMENT_ADDED and ATTACHMENT_REMOVED); empty when not applicable.
   */
  changedFields: Array<Scalars['String']['output']>;
  /** Where this event sits in the project's stream of events: pass it as `after` when subscribing again to resume here. */
  cursor: Scalars['String']['output'];
  /** The event's ID, to recognise a change delivered twice: the same change always has the same ID. Not a node ID. */
  eventId: Scalars['ID']['output'];
  /** What kind of change it was. */
  kind: WorkItemChangeKind;
  /** When the change was made. */
  occurredAt: Scalars['DateTime']['output'];
  /** The project the item belongs to. */
  projectId: Scalars['ID']['output'];
  /** The item as it is now, resolved when delivered; null once deleted or when you can no longer see it. */
  workItem: Maybe<WorkItem>;
  /** The changed item's ID; still set after the item was deleted. */
  workItemId: Scalars['ID']['output'];
};

/** What happened to a work item. */
export type WorkItemChangeKind =
  /** The item was archived. */
  | 'ARCHIVED'
  /** A file or a new version of one was attached to the item or one of its comments, or a link was attached. */
  | 'ATTACHMENT_ADDED'
  /** A file or link attached to the item or its comments was deleted (or purged). */
  | 'ATTACHMENT_REMOVED'
  /** A comment was added to the item. */
  | 'COMMENTED'
  /** The item was created. */
  | 'CREATED'
  /** The item was deleted; `workItem` is null. */
  | 'DELETED'
  /** The item was linked to another item. */
  | 'LINKED'
  /** The item was reordered on the board, possibly into another state. */
  | 'MOVED'
  /** The item was restored from the archive. */
  | 'RESTORED'
  /** The item moved to another workflow state (other fields may have changed too). */
  | 'TRANSITIONED'
  /** A link of the item was removed. */
  | 'UNLINKED'
  /** Fields of the item changed; see `changedFields`. */
  | 'UPDATED';

/** A page of work items. */
export type WorkItemConnection = {
  __typename?: 'WorkItemConnection';
  /** The items on this page with their cursors. */
  edges: Array<WorkItemEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WorkItem>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many items match in total. */
  totalCount: Scalars['Int']['output'];
};

/** A work item in a connection. */
export type WorkItemEdge = {
  __typename?: 'WorkItemEdge';
  /** The cursor to resume after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WorkItem;
};

/** Fields a transition can require to be set. */
export type WorkItemField =
  /** An assignee. */
  | 'ASSIGNEE'
  /** A non-empty description. */
  | 'DESCRIPTION'
  /** A due date. */
  | 'DUE_DATE'
  /** An estimate. */
  | 'ESTIMATE'
  /** At least one label. */
  | 'LABELS';

/** Which work items to return; every condition given must hold. */
export type WorkItemFilter = {
  /** Every one of these filters holds (each is a whole filter; `archived` applies inside it only when given). */
  and?: InputMaybe<Array<WorkItemFilter>>;
  /** Archived items too (ANY), only them (ONLY), or none (EXCLUDE, the default). */
  archived?: InputMaybe<ArchivedFilter>;
  /** The item's assignee (`null: true` for unassigned items). */
  assignee?: InputMaybe<UserComparator>;
  /** Items assigned to any of these users. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * true: only items blocked by an unfinished item (a BLOCKS relation from an item, in any project of
   * the organization, that is not archived and not in a DONE or CANCELED state); false: only items
   * without such a blocker.
   */
  blocked?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the item was created. */
  createdAt?: InputMaybe<DateTimeComparator>;
  /** Conditions on custom field values; all must hold. */
  customFields?: InputMaybe<Array<CustomFieldFilter>>;
  /** Items due on or after this date. */
  dueAfter?: InputMaybe<Scalars['Date']['input']>;
  /** Items due on or before this date. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  /** The item's due date. */
  dueDate?: InputMaybe<DateComparator>;
  /** The item's estimate. */
  estimate?: InputMaybe<NumberComparator>;
  /** Items carrying every one of these labels. */
  labelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The item's labels: `eq`/`in` match items carrying the label or any of them, `neq`/`nin` items carrying none of them, `null: true` items without labels. */
  labels?: InputMaybe<IdComparator>;
  /** This filter does not hold. */
  not?: InputMaybe<WorkItemFilter>;
  /** At least one of these filters holds (an empty list matches nothing). */
  or?: InputMaybe<Array<WorkItemFilter>>;
  /** The item's parent, for example its epic (`null: true` for top-level items). */
  parent?: InputMaybe<IdComparator>;
  /** Direct children of this item. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Items with any of these priorities. */
  priorities?: InputMaybe<Array<WorkItemPriority>>;
  /** The item's priority, ordered NONE < LOW < MEDIUM < HIGH < URGENT. */
  priority?: InputMaybe<WorkItemPriorityComparator>;
  /** The release the item is planned for (`null: true` for items planned for none). */
  release?: InputMaybe<IdComparator>;
  /** Who reported the item. */
  reporter?: InputMaybe<UserComparator>;
  /** Full-text search over title and description: words must all appear (prefixes match, so `dep` finds `deploy`). */
  search?: InputMaybe<Scalars['String']['input']>;
  /**
   * The planned or active sprint the item is in (`WorkItem.sprint`): `eq`/`in` items in the sprint or
   * any of them, `neq`/`nin` items in none of them (the backlog included), `null: true` items in the
   * backlog, `null: false` items in any open sprint (JQL `sprint in openSprints()`). Items of a
   * completed sprint are no longer in it. Sprint changes reach this filter within moments.
   */
  sprint?: InputMaybe<IdComparator>;
  /** The item's workflow state. */
  state?: InputMaybe<IdComparator>;
  /** Items whose state is in any of these categories. */
  stateCategories?: InputMaybe<Array<WorkflowStateCategory>>;
  /** The category of the item's workflow state. */
  stateCategory?: InputMaybe<WorkflowStateCategoryComparator>;
  /** Items in any of these states. */
  stateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The item's title (`contains` ignores case). */
  title?: InputMaybe<StringComparator>;
  /** The item's type. */
  type?: InputMaybe<WorkItemTypeComparator>;
  /** Items of any of these types. */
  types?: InputMaybe<Array<WorkItemType>>;
  /** true: only unassigned items; false: only assigned ones. Combined with `assigneeIds` as an or: `assigneeIds` or unassigned. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the item last changed. */
  updatedAt?: InputMaybe<DateTimeComparator>;
  /**
   * Who watches the item: `eq`/`in` match items the user (or any of them) watches, `neq`/`nin` items
   * none of them watches, `null: true` items nobody watches, `isMe: true` the items you watch. Watching
   * is recorded by the notifications service and reaches this filter within moments of the change.
   */
  watcher?: InputMaybe<UserComparator>;
};

/** A stored WorkItemFilter, as saved (fields not set are null). */
export type WorkItemFilterValue = {
  __typename?: 'WorkItemFilterValue';
  /** Filters that must all hold. */
  and: Maybe<Array<WorkItemFilterValue>>;
  /** Whether archived items are included. */
  archived: Maybe<ArchivedFilter>;
  /** The condition on `assignee`. */
  assignee: Maybe<UserComparatorValue>;
  /** Items assigned to any of these users. */
  assigneeIds: Maybe<Array<Scalars['ID']['output']>>;
  /** Only blocked (true) or only unblocked (false) items. */
  blocked: Maybe<Scalars['Boolean']['output']>;
  /** The condition on `createdAt`. */
  createdAt: Maybe<DateTimeComparatorValue>;
  /** The custom field conditions. */
  customFields: Maybe<Array<CustomFieldFilterValue>>;
  /** Items due on or after this date. */
  dueAfter: Maybe<Scalars['Date']['output']>;
  /** Items due on or before this date. */
  dueBefore: Maybe<Scalars['Date']['output']>;
  /** The condition on `dueDate`. */
  dueDate: Maybe<DateComparatorValue>;
  /** The condition on `estimate`. */
  estimate: Maybe<NumberComparatorValue>;
  /** Items carrying every one of these labels. */
  labelIds: Maybe<Array<Scalars['ID']['output']>>;
  /** The condition on `labels`. */
  labels: Maybe<IdComparatorValue>;
  /** A filter that must not hold. */
  not: Maybe<WorkItemFilterValue>;
  /** Filters of which one must hold. */
  or: Maybe<Array<WorkItemFilterValue>>;
  /** The condition on `parent`. */
  parent: Maybe<IdComparatorValue>;
  /** Direct children of this item. */
  parentId: Maybe<Scalars['ID']['output']>;
  /** Items with any of these priorities. */
  priorities: Maybe<Array<WorkItemPriority>>;
  /** The condition on `priority`. */
  priority: Maybe<WorkItemPriorityComparatorValue>;
  /** The condition on `release`. */
  release: Maybe<IdComparatorValue>;
  /** The condition on `reporter`. */
  reporter: Maybe<UserComparatorValue>;
  /** The full-text search. */
  search: Maybe<Scalars['String']['output']>;
  /** The condition on `sprint`. */
  sprint: Maybe<IdComparatorValue>;
  /** The condition on `state`. */
  state: Maybe<IdComparatorValue>;
  /** Items whose state is in any of these categories. */
  stateCategories: Maybe<Array<WorkflowStateCategory>>;
  /** The condition on `stateCategory`. */
  stateCategory: Maybe<WorkflowStateCategoryComparatorValue>;
  /** Items in any of these states. */
  stateIds: Maybe<Array<Scalars['ID']['output']>>;
  /** The condition on `title`. */
  title: Maybe<StringComparatorValue>;
  /** The condition on `type`. */
  type: Maybe<WorkItemTypeComparatorValue>;
  /** Items of any of these types. */
  types: Maybe<Array<WorkItemType>>;
  /** Only unassigned (true) or only assigned (false) items. */
  unassigned: Maybe<Scalars['Boolean']['output']>;
  /** The condition on `updatedAt`. */
  updatedAt: Maybe<DateTimeComparatorValue>;
  /** The condition on `watcher`. */
  watcher: Maybe<UserComparatorValue>;
};

/** An item's current snapshot and every change of its workflow state since its creation. */
export type WorkItemFlowHistory = {
  __typename?: 'WorkItemFlowHistory';
  /** The item as it is now: the same fields as the snapshot in work-item events. */
  snapshot: WorkItemSnapshot;
  /**
   * The item's state changes, oldest first: its creation (the initial state, `fromStateId` null) and
   * then each transition, board move to another column or move out of a deleted state.
   */
  stateChanges: Array<WorkItemStateChange>;
};

/** A page of a project's items with their state histories (`workItemFlowHistory`), by item uuid. */
export type WorkItemFlowHistoryConnection = {
  __typename?: 'WorkItemFlowHistoryConnection';
  /** The items of this page. */
  edges: Array<WorkItemFlowHistoryEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<WorkItemFlowHistory>;
  /** Whether more items follow, and the cursor to fetch them. */
  pageInfo: PageInfo;
};

/** One item of a `WorkItemFlowHistoryConnection` page. */
export type WorkItemFlowHistoryEdge = {
  __typename?: 'WorkItemFlowHistoryEdge';
  /** Pass it as `after` to fetch the items after this one. */
  cursor: Scalars['String']['output'];
  /** The item and its state changes. */
  node: WorkItemFlowHistory;
};

/** Relation types as seen from the item that shows them; each has an inverse shown on the other item. */
export type WorkItemLinkType =
  /** This item is blocked by the other (inverse BLOCKS). */
  | 'BLOCKED_BY'
  /** This item blocks the other (inverse BLOCKED_BY). */
  | 'BLOCKS'
  /** The other item is a clone of this one (inverse CLONES). */
  | 'CLONED_BY'
  /** This item is a clone of the other (inverse CLONED_BY). */
  | 'CLONES'
  /** The other item duplicates this one (inverse DUPLICATES). */
  | 'DUPLICATED_BY'
  /** This item duplicates the other (inverse DUPLICATED_BY). */
  | 'DUPLICATES'
  /** The two are related (its own inverse). */
  | 'RELATES_TO';

/** How to sort work items. */
export type WorkItemOrder = {
  /** The direction; ASC when omitted. Items without a due date come last either way. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: WorkItemOrderField;
};

/** Fields work items can be sorted by; ties are broken by ID, so the order is total and cursors are stable. */
export type WorkItemOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Due date. */
  | 'DUE_DATE'
  /** Priority, NONE lowest. */
  | 'PRIORITY'
  /** Board rank. */
  | 'RANK'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** A stored sort order. */
export type WorkItemOrderValue = {
  __typename?: 'WorkItemOrderValue';
  /** The direction. */
  direction: OrderDirection;
  /** The field sorted by. */
  field: WorkItemOrderField;
};

/** How urgent a work item is, from least to most. */
export type WorkItemPriority =
  /** High priority. */
  | 'HIGH'
  /** Low priority. */
  | 'LOW'
  /** Medium priority. */
  | 'MEDIUM'
  /** No priority set. */
  | 'NONE'
  /** Urgent: drop other work. */
  | 'URGENT';

/** Conditions on a priority, ordered NONE < LOW < MEDIUM < HIGH < URGENT; every one given must hold. */
export type WorkItemPriorityComparator = {
  /** This priority. */
  eq?: InputMaybe<WorkItemPriority>;
  /** Higher than this priority. */
  gt?: InputMaybe<WorkItemPriority>;
  /** This priority or higher. */
  gte?: InputMaybe<WorkItemPriority>;
  /** One of these priorities. */
  in?: InputMaybe<Array<WorkItemPriority>>;
  /** Lower than this priority. */
  lt?: InputMaybe<WorkItemPriority>;
  /** This priority or lower. */
  lte?: InputMaybe<WorkItemPriority>;
  /** Not this priority. */
  neq?: InputMaybe<WorkItemPriority>;
  /** None of these priorities. */
  nin?: InputMaybe<Array<WorkItemPriority>>;
};

/** A WorkItemPriorityComparator as a saved view stores it. */
export type WorkItemPriorityComparatorValue = {
  __typename?: 'WorkItemPriorityComparatorValue';
  /** This priority. */
  eq: Maybe<WorkItemPriority>;
  /** Higher than this priority. */
  gt: Maybe<WorkItemPriority>;
  /** This priority or higher. */
  gte: Maybe<WorkItemPriority>;
  /** One of these priorities. */
  in: Maybe<Array<WorkItemPriority>>;
  /** Lower than this priority. */
  lt: Maybe<WorkItemPriority>;
  /** This priority or lower. */
  lte: Maybe<WorkItemPriority>;
  /** Not this priority. */
  neq: Maybe<WorkItemPriority>;
  /** None of these priorities. */
  nin: Maybe<Array<WorkItemPriority>>;
};

/** Progress of an item's descendants. */
export type WorkItemProgress = {
  __typename?: 'WorkItemProgress';
  /** How many of them are in a DONE state. */
  doneItems: Scalars['Int']['output'];
  /** The sum of the estimates of those in a DONE state. */
  donePoints: Scalars['Float']['output'];
  /** How many descendants there are (canceled and archived ones left out). */
  totalItems: Scalars['Int']['output'];
  /** The sum of their estimates. */
  totalPoints: Scalars['Float']['output'];
};

/** A work item found by its key. IDs are raw database uuids. */
export type WorkItemRef = {
  __typename?: 'WorkItemRef';
  /** The item's uuid. */
  id: Scalars['ID']['output'];
  /** The key asked for, as stored (`WEB-42`). */
  key: Scalars['String']['output'];
  /** The uuid of its project. */
  projectId: Scalars['ID']['output'];
  /** The category of its current state. */
  stateCategory: WorkflowStateCategory;
};

/** A relation from one item to another, as seen from the first. */
export type WorkItemRelation = {
  __typename?: 'WorkItemRelation';
  /** When the link was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the link. */
  createdBy: User;
  /** The relation type, from this item's side. */
  type: WorkItemLinkType;
  /** The other item. */
  workItem: WorkItem;
};

/**
 * An item's current state as other services keep it, the same fields as the snapshot in work-item
 * events. IDs are raw database uuids, not global IDs.
 */
export type WorkItemSnapshot = {
  __typename?: 'WorkItemSnapshot';
  /** Whether the item is archived. */
  archived: Scalars['Boolean']['output'];
  /** The uuid of the assignee, or null when unassigned. */
  assigneeId: Maybe<Scalars['ID']['output']>;
  /** When the item was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The estimate in points, or null when unestimated. */
  estimate: Maybe<Scalars['Float']['output']>;
  /** The item's uuid. */
  id: Scalars['ID']['output'];
  /** The item's key, for example `WEB-42`. */
  key: Scalars['String']['output'];
  /** The uuids of the item's labels, sorted. */
  labelIds: Array<Scalars['ID']['output']>;
  /** The uuid of the project's organization. */
  organizationId: Scalars['ID']['output'];
  /** The uuid of the parent item, or null at the top of the hierarchy. */
  parentId: Maybe<Scalars['ID']['output']>;
  /** The uuid of the item's project. */
  projectId: Scalars['ID']['output'];
  /** The uuid of the reporter. */
  reporterId: Scalars['ID']['output'];
  /** The category of the item's workflow state: BACKLOG, TODO, IN_PROGRESS, DONE or CANCELED. */
  stateCategory: Scalars['String']['output'];
  /** The uuid of the item's workflow state. */
  stateId: Scalars['ID']['output'];
  /** The name of the item's workflow state. */
  stateName: Scalars['String']['output'];
  /** The item's title. */
  title: Scalars['String']['output'];
  /** EPIC, STORY, TASK, BUG or SUBTASK. */
  type: Scalars['String']['output'];
  /** When the item last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The item's version: it grows by one with every change, as in events. */
  version: Scalars['Int']['output'];
};

/**
 * One change of an item's workflow state, from its history. IDs are raw database uuids, not global IDs.
 * Key it by (item id, `version`): the same change in an event has that version in its snapshot.
 */
export type WorkItemStateChange = {
  __typename?: 'WorkItemStateChange';
  /** The uuid of the user who made it; null for a change the system made (a merged pull request). */
  actorId: Maybe<Scalars['ID']['output']>;
  /** When the change was made (the event's `occurredAt`). */
  at: Scalars['DateTime']['output'];
  /** The current category of the state before: null for the creation and when that state has been deleted. */
  fromCategory: Maybe<Scalars['String']['output']>;
  /** The uuid of the state before; null for the creation. */
  fromStateId: Maybe<Scalars['ID']['output']>;
  /** The name the state before had at the time of the change; null for the creation. */
  fromStateName: Maybe<Scalars['String']['output']>;
  /** The current category of the state after: null when that state has been deleted. */
  toCategory: Maybe<Scalars['String']['output']>;
  /** The uuid of the state after. */
  toStateId: Scalars['ID']['output'];
  /** The name the state after had at the time of the change. */
  toStateName: Scalars['String']['output'];
  /**
   * The item's version right after the change, as in the snapshot of the change's event. Null for
   * changes recorded before versions were kept in history: match those to events by the item, `at`
   * (the event's `occurredAt`) and `toStateId` (the snapshot's `stateId`).
   */
  version: Maybe<Scalars['Int']['output']>;
};

/** Kinds of work item, from the largest to the smallest. */
export type WorkItemType =
  /** A defect to fix. */
  | 'BUG'
  /** A large body of work split into stories, tasks and bugs. */
  | 'EPIC'
  /** A piece of user-facing value. */
  | 'STORY'
  /** A step of a story, task or bug. */
  | 'SUBTASK'
  /** A piece of work that is not a story. */
  | 'TASK';

/** Conditions on a work item type; every one given must hold. */
export type WorkItemTypeComparator = {
  /** This type. */
  eq?: InputMaybe<WorkItemType>;
  /** One of these types. */
  in?: InputMaybe<Array<WorkItemType>>;
  /** Not this type. */
  neq?: InputMaybe<WorkItemType>;
  /** None of these types. */
  nin?: InputMaybe<Array<WorkItemType>>;
};

/** A WorkItemTypeComparator as a saved view stores it. */
export type WorkItemTypeComparatorValue = {
  __typename?: 'WorkItemTypeComparatorValue';
  /** This type. */
  eq: Maybe<WorkItemType>;
  /** One of these types. */
  in: Maybe<Array<WorkItemType>>;
  /** Not this type. */
  neq: Maybe<WorkItemType>;
  /** None of these types. */
  nin: Maybe<Array<WorkItemType>>;
};

/** A project's workflow. */
export type Workflow = {
  __typename?: 'Workflow';
  /** The state new items start in: the first state in position order. */
  initialState: WorkflowState;
  /** The states, in position order (the board's column order); a workflow has at most 30. */
  states: Array<WorkflowState>;
  /** The transitions allowed between states: at most one from each state to each other, so at most 870 (30 × 29). */
  transitions: Array<WorkflowTransition>;
};

/** A state of a workflow: a board column. */
export type WorkflowState = Node & {
  __typename?: 'WorkflowState';
  /** The state's category. */
  category: WorkflowStateCategory;
  /** A display colour as `#rrggbb`; the name and category carry the meaning, the colour only repeats it. */
  color: Scalars['String']['output'];
  /** The state's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The state's name, unique in the workflow. */
  name: Scalars['String']['output'];
  /** The state's place in the workflow, from 0. */
  position: Scalars['Int']['output'];
};

/** Workflow states are grouped in categories, which reports and rules rely on. */
export type WorkflowStateCategory =
  /** Not planned yet. */
  | 'BACKLOG'
  /** Dropped without finishing. */
  | 'CANCELED'
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Planned, not started. */
  | 'TODO';

/** Conditions on a workflow state category; every one given must hold. */
export type WorkflowStateCategoryComparator = {
  /** This category. */
  eq?: InputMaybe<WorkflowStateCategory>;
  /** One of these categories. */
  in?: InputMaybe<Array<WorkflowStateCategory>>;
  /** Not this category. */
  neq?: InputMaybe<WorkflowStateCategory>;
  /** None of these categories. */
  nin?: InputMaybe<Array<WorkflowStateCategory>>;
};

/** A WorkflowStateCategoryComparator as a saved view stores it. */
export type WorkflowStateCategoryComparatorValue = {
  __typename?: 'WorkflowStateCategoryComparatorValue';
  /** This category. */
  eq: Maybe<WorkflowStateCategory>;
  /** One of these categories. */
  in: Maybe<Array<WorkflowStateCategory>>;
  /** Not this category. */
  neq: Maybe<WorkflowStateCategory>;
  /** None of these categories. */
  nin: Maybe<Array<WorkflowStateCategory>>;
};

/** A workflow state and its project. IDs are raw database uuids. */
export type WorkflowStateRef = {
  __typename?: 'WorkflowStateRef';
  /** Its category. */
  category: WorkflowStateCategory;
  /** The state's uuid. */
  id: Scalars['ID']['output'];
  /** The uuid of its project. */
  projectId: Scalars['ID']['output'];
};

/** An allowed move from one state to another. */
export type WorkflowTransition = Node & {
  __typename?: 'WorkflowTransition';
  /** The state the item leaves. */
  from: WorkflowState;
  /** The transition's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The lowest project role allowed to take it, or null for anyone who may write. */
  minimumRole: Maybe<ProjectRole>;
  /** Fields that must be set on the item to take this transition. */
  requiredFields: Array<WorkItemField>;
  /** The state the item enters. */
  to: WorkflowState;
};

/** Time one person spent on a work item on one day. */
export type Worklog = Node & {
  __typename?: 'Worklog';
  /** When it was logged. */
  createdAt: Scalars['DateTime']['output'];
  /** The day the work was done. */
  day: Scalars['Date']['output'];
  /** The worklog's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Minutes spent, 1 to 1,440. */
  minutes: Scalars['Int']['output'];
  /** What was done, in plain text (empty when not given). */
  note: Scalars['String']['output'];
  /** When it was last changed (equal to createdAt when never changed). */
  updatedAt: Scalars['DateTime']['output'];
  /** Who did the work: the person who logged it. */
  user: User;
  /** The item the time was spent on. */
  workItem: WorkItem;
};

/** A page of worklogs. */
export type WorklogConnection = {
  __typename?: 'WorklogConnection';
  /** The worklogs on this page with their cursors. */
  edges: Array<WorklogEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Worklog>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many worklogs the list has in all. */
  totalCount: Scalars['Int']['output'];
  /** The minutes of every worklog of the list, on all pages. */
  totalMinutes: Scalars['Int']['output'];
};

/** A worklog in a connection. */
export type WorklogEdge = {
  __typename?: 'WorklogEdge';
  /** The cursor to resume after this worklog. */
  cursor: Scalars['String']['output'];
  /** The worklog. */
  node: Worklog;
};

/** Which worklogs to list or count. */
export type WorklogFilter = {
  /** The first day, included. */
  from: Scalars['Date']['input'];
  /** Only the worklogs of this project's items. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The last day, included. */
  to: Scalars['Date']['input'];
  /** Only the worklogs of this person. */
  userId?: InputMaybe<Scalars['ID']['input']>;
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
  Comment: Comment;
  CustomField: CustomField;
  HistoryEntry: HistoryEntry;
  Label: Label;
  Project: Project;
  Release: Release;
  SavedView: SavedView;
  WorkItem: WorkItem;
  WorkflowState: WorkflowState;
  WorkflowTransition: WorkflowTransition;
  Worklog: Worklog;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Comment:
    ( { __typename: 'Comment' }
    & GraphQLRecursivePick<FederationTypes['Comment'], {"id":true}> );
  CustomField:
    ( { __typename: 'CustomField' }
    & GraphQLRecursivePick<FederationTypes['CustomField'], {"id":true}> );
  HistoryEntry:
    ( { __typename: 'HistoryEntry' }
    & GraphQLRecursivePick<FederationTypes['HistoryEntry'], {"id":true}> );
  Label:
    ( { __typename: 'Label' }
    & GraphQLRecursivePick<FederationTypes['Label'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  Release:
    ( { __typename: 'Release' }
    & GraphQLRecursivePick<FederationTypes['Release'], {"id":true}> );
  SavedView:
    ( { __typename: 'SavedView' }
    & GraphQLRecursivePick<FederationTypes['SavedView'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
  WorkflowState:
    ( { __typename: 'WorkflowState' }
    & GraphQLRecursivePick<FederationTypes['WorkflowState'], {"id":true}> );
  WorkflowTransition:
    ( { __typename: 'WorkflowTransition' }
    & GraphQLRecursivePick<FederationTypes['WorkflowTransition'], {"id":true}> );
  Worklog:
    ( { __typename: 'Worklog' }
    & GraphQLRecursivePick<FederationTypes['Worklog'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ActivityEvent: ( Omit<WorkItemChangeEvent, 'actor' | 'workItem'> & { actor?: Maybe<_RefType['User']>, workItem?: Maybe<_RefType['WorkItem']> } );
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CustomFieldValue:
    | ( CustomFieldValueMapperModel )
    | ( CustomFieldValueMapperModel )
    | ( CustomFieldValueMapperModel )
    | ( CustomFieldValueMapperModel )
    | ( CustomFieldValueMapperModel )
    | ( CustomFieldValueMapperModel )
  ;
  Node:
    | ( CommentModel )
    | ( CustomFieldModel )
    | ( HistoryEntryModel )
    | ( LabelModel )
    | ( ReleaseModel )
    | ( SavedViewModel )
    | ( WorkItemModel )
    | ( WorkflowStateModel )
    | ( WorkflowTransitionModel )
    | ( WorklogModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ActivityEvent']>;
  AddCommentInput: AddCommentInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCommentPayload: ResolverTypeWrapper<Omit<AddCommentPayload, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  AddReactionInput: AddReactionInput;
  AddReactionPayload: ResolverTypeWrapper<Omit<AddReactionPayload, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  ArchiveWorkItemInput: ArchiveWorkItemInput;
  ArchiveWorkItemPayload: ResolverTypeWrapper<Omit<ArchiveWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  ArchivedFilter: ArchivedFilter;
  Board: ResolverTypeWrapper<BoardMapperModel>;
  BoardColumn: ResolverTypeWrapper<BoardColumnMapperModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BulkArchiveWorkItemsInput: BulkArchiveWorkItemsInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkArchiveWorkItemsPayload: ResolverTypeWrapper<BulkArchiveWorkItemsPayload>;
  BulkCreateWorkItemsInput: BulkCreateWorkItemsInput;
  BulkCreateWorkItemsPayload: ResolverTypeWrapper<Omit<BulkCreateWorkItemsPayload, 'workItems'> & { workItems: Array<ResolversTypes['WorkItem']> }>;
  BulkDeleteWorkItemsInput: BulkDeleteWorkItemsInput;
  BulkDeleteWorkItemsPayload: ResolverTypeWrapper<BulkDeleteWorkItemsPayload>;
  BulkRestoreWorkItemsInput: BulkRestoreWorkItemsInput;
  BulkRestoreWorkItemsPayload: ResolverTypeWrapper<BulkRestoreWorkItemsPayload>;
  BulkUpdateWorkItemsInput: BulkUpdateWorkItemsInput;
  BulkUpdateWorkItemsPayload: ResolverTypeWrapper<Omit<BulkUpdateWorkItemsPayload, 'workItems'> & { workItems: Array<ResolversTypes['WorkItem']> }>;
  BulkWorkItemChanges: BulkWorkItemChanges;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BulkWorkItemFailure: ResolverTypeWrapper<BulkWorkItemFailure>;
  CloseMergedWorkItemsInput: CloseMergedWorkItemsInput;
  CloseMergedWorkItemsPayload: ResolverTypeWrapper<CloseMergedWorkItemsPayload>;
  Comment: ResolverTypeWrapper<CommentModel>;
  CommentConnection: ResolverTypeWrapper<CommentConnectionMapperModel>;
  CommentEdge: ResolverTypeWrapper<CommentEdgeMapperModel>;
  CommentTarget: ResolverTypeWrapper<CommentTarget>;
  CreateCustomFieldInput: CreateCustomFieldInput;
  CreateCustomFieldPayload: ResolverTypeWrapper<Omit<CreateCustomFieldPayload, 'customField'> & { customField: ResolversTypes['CustomField'] }>;
  CreateLabelInput: CreateLabelInput;
  CreateLabelPayload: ResolverTypeWrapper<Omit<CreateLabelPayload, 'label'> & { label: ResolversTypes['Label'] }>;
  CreateReleaseInput: CreateReleaseInput;
  CreateReleasePayload: ResolverTypeWrapper<Omit<CreateReleasePayload, 'release'> & { release: ResolversTypes['Release'] }>;
  CreateSavedViewInput: CreateSavedViewInput;
  CreateSavedViewPayload: ResolverTypeWrapper<Omit<CreateSavedViewPayload, 'savedView'> & { savedView: ResolversTypes['SavedView'] }>;
  CreateWorkItemInput: CreateWorkItemInput;
  CreateWorkItemPayload: ResolverTypeWrapper<Omit<CreateWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  CreateWorkflowStateInput: CreateWorkflowStateInput;
  CreateWorkflowStatePayload: ResolverTypeWrapper<Omit<CreateWorkflowStatePayload, 'state' | 'workflow'> & { state: ResolversTypes['WorkflowState'], workflow: ResolversTypes['Workflow'] }>;
  CustomField: ResolverTypeWrapper<CustomFieldModel>;
  CustomFieldFilter: CustomFieldFilter;
  CustomFieldFilterValue: ResolverTypeWrapper<CustomFieldFilterValue>;
  CustomFieldType: CustomFieldType;
  CustomFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  CustomFieldValueInput: CustomFieldValueInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateComparator: DateComparator;
  DateComparatorValue: ResolverTypeWrapper<DateComparatorValue>;
  DateFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeComparator: DateTimeComparator;
  DateTimeComparatorValue: ResolverTypeWrapper<DateTimeComparatorValue>;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentPayload: ResolverTypeWrapper<Omit<DeleteCommentPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  DeleteCustomFieldInput: DeleteCustomFieldInput;
  DeleteCustomFieldPayload: ResolverTypeWrapper<DeleteCustomFieldPayload>;
  DeleteLabelInput: DeleteLabelInput;
  DeleteLabelPayload: ResolverTypeWrapper<DeleteLabelPayload>;
  DeleteReleaseInput: DeleteReleaseInput;
  DeleteReleasePayload: ResolverTypeWrapper<DeleteReleasePayload>;
  DeleteSavedViewInput: DeleteSavedViewInput;
  DeleteSavedViewPayload: ResolverTypeWrapper<DeleteSavedViewPayload>;
  DeleteWorkItemInput: DeleteWorkItemInput;
  DeleteWorkItemPayload: ResolverTypeWrapper<DeleteWorkItemPayload>;
  DeleteWorkflowStateInput: DeleteWorkflowStateInput;
  DeleteWorkflowStatePayload: ResolverTypeWrapper<Omit<DeleteWorkflowStatePayload, 'workflow'> & { workflow: ResolversTypes['Workflow'] }>;
  DeleteWorklogInput: DeleteWorklogInput;
  DeleteWorklogPayload: ResolverTypeWrapper<Omit<DeleteWorklogPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  ExpectedWorkItemVersion: ExpectedWorkItemVersion;
  HierarchyRule: ResolverTypeWrapper<HierarchyRule>;
  HierarchyRuleInput: HierarchyRuleInput;
  HierarchyRules: ResolverTypeWrapper<HierarchyRulesMapperModel>;
  HighlightedText: ResolverTypeWrapper<HighlightedText>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryModel>;
  HistoryEntryConnection: ResolverTypeWrapper<HistoryEntryConnectionMapperModel>;
  HistoryEntryEdge: ResolverTypeWrapper<HistoryEntryEdgeMapperModel>;
  IdComparator: IdComparator;
  IdComparatorValue: ResolverTypeWrapper<IdComparatorValue>;
  Label: ResolverTypeWrapper<LabelModel>;
  LabelConnection: ResolverTypeWrapper<LabelConnectionMapperModel>;
  LabelEdge: ResolverTypeWrapper<LabelEdgeMapperModel>;
  LinkWorkItemsInput: LinkWorkItemsInput;
  LinkWorkItemsPayload: ResolverTypeWrapper<Omit<LinkWorkItemsPayload, 'source' | 'target'> & { source: ResolversTypes['WorkItem'], target: ResolversTypes['WorkItem'] }>;
  LogWorkInput: LogWorkInput;
  LogWorkPayload: ResolverTypeWrapper<Omit<LogWorkPayload, 'workItem' | 'worklog'> & { workItem: ResolversTypes['WorkItem'], worklog: ResolversTypes['Worklog'] }>;
  MergeMoveInput: MergeMoveInput;
  MergeMoveOutcome: MergeMoveOutcome;
  MergeMoveResult: ResolverTypeWrapper<MergeMoveResult>;
  MoveWorkItemInput: MoveWorkItemInput;
  MoveWorkItemPayload: ResolverTypeWrapper<Omit<MoveWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  MultiSelectFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NumberComparator: NumberComparator;
  NumberComparatorValue: ResolverTypeWrapper<NumberComparatorValue>;
  NumberFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  OptionComparator: OptionComparator;
  OptionComparatorValue: ResolverTypeWrapper<OptionComparatorValue>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonTime: ResolverTypeWrapper<PersonTimeRowModel>;
  Project: ResolverTypeWrapper<ProjectRefMapperModel>;
  ProjectRole: ProjectRole;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReactionGroup: ResolverTypeWrapper<ReactionGroupRowModel>;
  Release: ResolverTypeWrapper<ReleaseModel>;
  ReleaseConnection: ResolverTypeWrapper<ReleaseConnectionMapperModel>;
  ReleaseEdge: ResolverTypeWrapper<ReleaseEdgeMapperModel>;
  ReleaseProgress: ResolverTypeWrapper<ReleaseProgressRowModel>;
  RemoveReactionInput: RemoveReactionInput;
  RemoveReactionPayload: ResolverTypeWrapper<Omit<RemoveReactionPayload, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  RemoveWorkflowTransitionInput: RemoveWorkflowTransitionInput;
  RemoveWorkflowTransitionPayload: ResolverTypeWrapper<Omit<RemoveWorkflowTransitionPayload, 'workflow'> & { workflow: ResolversTypes['Workflow'] }>;
  RestoreWorkItemInput: RestoreWorkItemInput;
  RestoreWorkItemPayload: ResolverTypeWrapper<Omit<RestoreWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  SavedView: ResolverTypeWrapper<SavedViewModel>;
  SavedViewConnection: ResolverTypeWrapper<SavedViewConnectionMapperModel>;
  SavedViewEdge: ResolverTypeWrapper<SavedViewEdgeMapperModel>;
  SavedViewItemIds: ResolverTypeWrapper<SavedViewItemIds>;
  SearchHit: ResolverTypeWrapper<SearchHitRowModel>;
  SearchHitConnection: ResolverTypeWrapper<SearchHitConnectionMapperModel>;
  SearchHitEdge: ResolverTypeWrapper<SearchHitEdgeMapperModel>;
  SearchMatchSource: SearchMatchSource;
  SelectFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  SetWorkflowTransitionInput: SetWorkflowTransitionInput;
  SetWorkflowTransitionPayload: ResolverTypeWrapper<Omit<SetWorkflowTransitionPayload, 'transition' | 'workflow'> & { transition: ResolversTypes['WorkflowTransition'], workflow: ResolversTypes['Workflow'] }>;
  StringComparator: StringComparator;
  StringComparatorValue: ResolverTypeWrapper<StringComparatorValue>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TextFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  TextRange: ResolverTypeWrapper<TextRange>;
  TimeInState: ResolverTypeWrapper<TimeInStateMapperModel>;
  TimeTracking: ResolverTypeWrapper<TimeTrackingMapperModel>;
  Timesheet: ResolverTypeWrapper<Timesheet>;
  TimesheetDay: ResolverTypeWrapper<TimesheetDay>;
  TransitionWorkItemInput: TransitionWorkItemInput;
  TransitionWorkItemPayload: ResolverTypeWrapper<Omit<TransitionWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  UnlinkWorkItemsInput: UnlinkWorkItemsInput;
  UnlinkWorkItemsPayload: ResolverTypeWrapper<Omit<UnlinkWorkItemsPayload, 'source' | 'target'> & { source: ResolversTypes['WorkItem'], target: ResolversTypes['WorkItem'] }>;
  UpdateCommentInput: UpdateCommentInput;
  UpdateCommentPayload: ResolverTypeWrapper<Omit<UpdateCommentPayload, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  UpdateCustomFieldInput: UpdateCustomFieldInput;
  UpdateCustomFieldPayload: ResolverTypeWrapper<Omit<UpdateCustomFieldPayload, 'customField'> & { customField: ResolversTypes['CustomField'] }>;
  UpdateHierarchyRulesInput: UpdateHierarchyRulesInput;
  UpdateHierarchyRulesPayload: ResolverTypeWrapper<Omit<UpdateHierarchyRulesPayload, 'hierarchyRules'> & { hierarchyRules: ResolversTypes['HierarchyRules'] }>;
  UpdateLabelInput: UpdateLabelInput;
  UpdateLabelPayload: ResolverTypeWrapper<Omit<UpdateLabelPayload, 'label'> & { label: ResolversTypes['Label'] }>;
  UpdateReleaseInput: UpdateReleaseInput;
  UpdateReleasePayload: ResolverTypeWrapper<Omit<UpdateReleasePayload, 'release'> & { release: ResolversTypes['Release'] }>;
  UpdateSavedViewInput: UpdateSavedViewInput;
  UpdateSavedViewPayload: ResolverTypeWrapper<Omit<UpdateSavedViewPayload, 'savedView'> & { savedView: ResolversTypes['SavedView'] }>;
  UpdateWorkItemInput: UpdateWorkItemInput;
  UpdateWorkItemPayload: ResolverTypeWrapper<Omit<UpdateWorkItemPayload, 'workItem'> & { workItem: ResolversTypes['WorkItem'] }>;
  UpdateWorkflowStateInput: UpdateWorkflowStateInput;
  UpdateWorkflowStatePayload: ResolverTypeWrapper<Omit<UpdateWorkflowStatePayload, 'state' | 'workflow'> & { state: ResolversTypes['WorkflowState'], workflow: ResolversTypes['Workflow'] }>;
  UpdateWorklogInput: UpdateWorklogInput;
  UpdateWorklogPayload: ResolverTypeWrapper<Omit<UpdateWorklogPayload, 'workItem' | 'worklog'> & { workItem: ResolversTypes['WorkItem'], worklog: ResolversTypes['Worklog'] }>;
  User: ResolverTypeWrapper<UserRefMapperModel>;
  UserComparator: UserComparator;
  UserComparatorValue: ResolverTypeWrapper<UserComparatorValue>;
  UserFieldValue: ResolverTypeWrapper<CustomFieldValueMapperModel>;
  WorkItem: ResolverTypeWrapper<WorkItemModel>;
  WorkItemChangeEvent: ResolverTypeWrapper<Omit<WorkItemChangeEvent, 'actor' | 'workItem'> & { actor?: Maybe<ResolversTypes['User']>, workItem?: Maybe<ResolversTypes['WorkItem']> }>;
  WorkItemChangeKind: WorkItemChangeKind;
  WorkItemConnection: ResolverTypeWrapper<WorkItemConnectionMapperModel>;
  WorkItemEdge: ResolverTypeWrapper<WorkItemEdgeMapperModel>;
  WorkItemField: WorkItemField;
  WorkItemFilter: WorkItemFilter;
  WorkItemFilterValue: ResolverTypeWrapper<WorkItemFilterValueMapperModel>;
  WorkItemFlowHistory: ResolverTypeWrapper<WorkItemFlowHistory>;
  WorkItemFlowHistoryConnection: ResolverTypeWrapper<WorkItemFlowHistoryConnection>;
  WorkItemFlowHistoryEdge: ResolverTypeWrapper<WorkItemFlowHistoryEdge>;
  WorkItemLinkType: WorkItemLinkType;
  WorkItemOrder: WorkItemOrder;
  WorkItemOrderField: WorkItemOrderField;
  WorkItemOrderValue: ResolverTypeWrapper<WorkItemOrderValueMapperModel>;
  WorkItemPriority: WorkItemPriority;
  WorkItemPriorityComparator: WorkItemPriorityComparator;
  WorkItemPriorityComparatorValue: ResolverTypeWrapper<WorkItemPriorityComparatorValue>;
  WorkItemProgress: ResolverTypeWrapper<WorkItemProgressMapperModel>;
  WorkItemRef: ResolverTypeWrapper<WorkItemRef>;
  WorkItemRelation: ResolverTypeWrapper<WorkItemRelationMapperModel>;
  WorkItemSnapshot: ResolverTypeWrapper<WorkItemSnapshot>;
  WorkItemStateChange: ResolverTypeWrapper<WorkItemStateChange>;
  WorkItemType: WorkItemType;
  WorkItemTypeComparator: WorkItemTypeComparator;
  WorkItemTypeComparatorValue: ResolverTypeWrapper<WorkItemTypeComparatorValue>;
  Workflow: ResolverTypeWrapper<WorkflowMapperModel>;
  WorkflowState: ResolverTypeWrapper<WorkflowStateModel>;
  WorkflowStateCategory: WorkflowStateCategory;
  WorkflowStateCategoryComparator: WorkflowStateCategoryComparator;
  WorkflowStateCategoryComparatorValue: ResolverTypeWrapper<WorkflowStateCategoryComparatorValue>;
  WorkflowStateRef: ResolverTypeWrapper<WorkflowStateRef>;
  WorkflowTransition: ResolverTypeWrapper<WorkflowTransitionModel>;
  Worklog: ResolverTypeWrapper<WorklogModel>;
  WorklogConnection: ResolverTypeWrapper<WorklogConnectionMapperModel>;
  WorklogEdge: ResolverTypeWrapper<WorklogEdgeMapperModel>;
  WorklogFilter: WorklogFilter;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ResolversUnionTypes<ResolversParentTypes>['ActivityEvent'];
  AddCommentInput: AddCommentInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddCommentPayload: Omit<AddCommentPayload, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  AddReactionInput: AddReactionInput;
  AddReactionPayload: Omit<AddReactionPayload, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  ArchiveWorkItemInput: ArchiveWorkItemInput;
  ArchiveWorkItemPayload: Omit<ArchiveWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  Board: BoardMapperModel;
  BoardColumn: BoardColumnMapperModel;
  Int: Scalars['Int']['output'];
  BulkArchiveWorkItemsInput: BulkArchiveWorkItemsInput;
  Boolean: Scalars['Boolean']['output'];
  BulkArchiveWorkItemsPayload: BulkArchiveWorkItemsPayload;
  BulkCreateWorkItemsInput: BulkCreateWorkItemsInput;
  BulkCreateWorkItemsPayload: Omit<BulkCreateWorkItemsPayload, 'workItems'> & { workItems: Array<ResolversParentTypes['WorkItem']> };
  BulkDeleteWorkItemsInput: BulkDeleteWorkItemsInput;
  BulkDeleteWorkItemsPayload: BulkDeleteWorkItemsPayload;
  BulkRestoreWorkItemsInput: BulkRestoreWorkItemsInput;
  BulkRestoreWorkItemsPayload: BulkRestoreWorkItemsPayload;
  BulkUpdateWorkItemsInput: BulkUpdateWorkItemsInput;
  BulkUpdateWorkItemsPayload: Omit<BulkUpdateWorkItemsPayload, 'workItems'> & { workItems: Array<ResolversParentTypes['WorkItem']> };
  BulkWorkItemChanges: BulkWorkItemChanges;
  Float: Scalars['Float']['output'];
  BulkWorkItemFailure: BulkWorkItemFailure;
  CloseMergedWorkItemsInput: CloseMergedWorkItemsInput;
  CloseMergedWorkItemsPayload: CloseMergedWorkItemsPayload;
  Comment: CommentModel;
  CommentConnection: CommentConnectionMapperModel;
  CommentEdge: CommentEdgeMapperModel;
  CommentTarget: CommentTarget;
  CreateCustomFieldInput: CreateCustomFieldInput;
  CreateCustomFieldPayload: Omit<CreateCustomFieldPayload, 'customField'> & { customField: ResolversParentTypes['CustomField'] };
  CreateLabelInput: CreateLabelInput;
  CreateLabelPayload: Omit<CreateLabelPayload, 'label'> & { label: ResolversParentTypes['Label'] };
  CreateReleaseInput: CreateReleaseInput;
  CreateReleasePayload: Omit<CreateReleasePayload, 'release'> & { release: ResolversParentTypes['Release'] };
  CreateSavedViewInput: CreateSavedViewInput;
  CreateSavedViewPayload: Omit<CreateSavedViewPayload, 'savedView'> & { savedView: ResolversParentTypes['SavedView'] };
  CreateWorkItemInput: CreateWorkItemInput;
  CreateWorkItemPayload: Omit<CreateWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  CreateWorkflowStateInput: CreateWorkflowStateInput;
  CreateWorkflowStatePayload: Omit<CreateWorkflowStatePayload, 'state' | 'workflow'> & { state: ResolversParentTypes['WorkflowState'], workflow: ResolversParentTypes['Workflow'] };
  CustomField: CustomFieldModel;
  CustomFieldFilter: CustomFieldFilter;
  CustomFieldFilterValue: CustomFieldFilterValue;
  CustomFieldValue: CustomFieldValueMapperModel;
  CustomFieldValueInput: CustomFieldValueInput;
  Date: Scalars['Date']['output'];
  DateComparator: DateComparator;
  DateComparatorValue: DateComparatorValue;
  DateFieldValue: CustomFieldValueMapperModel;
  DateTime: Scalars['DateTime']['output'];
  DateTimeComparator: DateTimeComparator;
  DateTimeComparatorValue: DateTimeComparatorValue;
  DeleteCommentInput: DeleteCommentInput;
  DeleteCommentPayload: Omit<DeleteCommentPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  DeleteCustomFieldInput: DeleteCustomFieldInput;
  DeleteCustomFieldPayload: DeleteCustomFieldPayload;
  DeleteLabelInput: DeleteLabelInput;
  DeleteLabelPayload: DeleteLabelPayload;
  DeleteReleaseInput: DeleteReleaseInput;
  DeleteReleasePayload: DeleteReleasePayload;
  DeleteSavedViewInput: DeleteSavedViewInput;
  DeleteSavedViewPayload: DeleteSavedViewPayload;
  DeleteWorkItemInput: DeleteWorkItemInput;
  DeleteWorkItemPayload: DeleteWorkItemPayload;
  DeleteWorkflowStateInput: DeleteWorkflowStateInput;
  DeleteWorkflowStatePayload: Omit<DeleteWorkflowStatePayload, 'workflow'> & { workflow: ResolversParentTypes['Workflow'] };
  DeleteWorklogInput: DeleteWorklogInput;
  DeleteWorklogPayload: Omit<DeleteWorklogPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  ExpectedWorkItemVersion: ExpectedWorkItemVersion;
  HierarchyRule: HierarchyRule;
  HierarchyRuleInput: HierarchyRuleInput;
  HierarchyRules: HierarchyRulesMapperModel;
  HighlightedText: HighlightedText;
  HistoryEntry: HistoryEntryModel;
  HistoryEntryConnection: HistoryEntryConnectionMapperModel;
  HistoryEntryEdge: HistoryEntryEdgeMapperModel;
  IdComparator: IdComparator;
  IdComparatorValue: IdComparatorValue;
  Label: LabelModel;
  LabelConnection: LabelConnectionMapperModel;
  LabelEdge: LabelEdgeMapperModel;
  LinkWorkItemsInput: LinkWorkItemsInput;
  LinkWorkItemsPayload: Omit<LinkWorkItemsPayload, 'source' | 'target'> & { source: ResolversParentTypes['WorkItem'], target: ResolversParentTypes['WorkItem'] };
  LogWorkInput: LogWorkInput;
  LogWorkPayload: Omit<LogWorkPayload, 'workItem' | 'worklog'> & { workItem: ResolversParentTypes['WorkItem'], worklog: ResolversParentTypes['Worklog'] };
  MergeMoveInput: MergeMoveInput;
  MergeMoveResult: MergeMoveResult;
  MoveWorkItemInput: MoveWorkItemInput;
  MoveWorkItemPayload: Omit<MoveWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  MultiSelectFieldValue: CustomFieldValueMapperModel;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NumberComparator: NumberComparator;
  NumberComparatorValue: NumberComparatorValue;
  NumberFieldValue: CustomFieldValueMapperModel;
  OptionComparator: OptionComparator;
  OptionComparatorValue: OptionComparatorValue;
  PageInfo: PageInfo;
  PersonTime: PersonTimeRowModel;
  Project: ProjectRefMapperModel;
  Query: Record<PropertyKey, never>;
  ReactionGroup: ReactionGroupRowModel;
  Release: ReleaseModel;
  ReleaseConnection: ReleaseConnectionMapperModel;
  ReleaseEdge: ReleaseEdgeMapperModel;
  ReleaseProgress: ReleaseProgressRowModel;
  RemoveReactionInput: RemoveReactionInput;
  RemoveReactionPayload: Omit<RemoveReactionPayload, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  RemoveWorkflowTransitionInput: RemoveWorkflowTransitionInput;
  RemoveWorkflowTransitionPayload: Omit<RemoveWorkflowTransitionPayload, 'workflow'> & { workflow: ResolversParentTypes['Workflow'] };
  RestoreWorkItemInput: RestoreWorkItemInput;
  RestoreWorkItemPayload: Omit<RestoreWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  SavedView: SavedViewModel;
  SavedViewConnection: SavedViewConnectionMapperModel;
  SavedViewEdge: SavedViewEdgeMapperModel;
  SavedViewItemIds: SavedViewItemIds;
  SearchHit: SearchHitRowModel;
  SearchHitConnection: SearchHitConnectionMapperModel;
  SearchHitEdge: SearchHitEdgeMapperModel;
  SelectFieldValue: CustomFieldValueMapperModel;
  SetWorkflowTransitionInput: SetWorkflowTransitionInput;
  SetWorkflowTransitionPayload: Omit<SetWorkflowTransitionPayload, 'transition' | 'workflow'> & { transition: ResolversParentTypes['WorkflowTransition'], workflow: ResolversParentTypes['Workflow'] };
  StringComparator: StringComparator;
  StringComparatorValue: StringComparatorValue;
  Subscription: Record<PropertyKey, never>;
  TextFieldValue: CustomFieldValueMapperModel;
  TextRange: TextRange;
  TimeInState: TimeInStateMapperModel;
  TimeTracking: TimeTrackingMapperModel;
  Timesheet: Timesheet;
  TimesheetDay: TimesheetDay;
  TransitionWorkItemInput: TransitionWorkItemInput;
  TransitionWorkItemPayload: Omit<TransitionWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  UnlinkWorkItemsInput: UnlinkWorkItemsInput;
  UnlinkWorkItemsPayload: Omit<UnlinkWorkItemsPayload, 'source' | 'target'> & { source: ResolversParentTypes['WorkItem'], target: ResolversParentTypes['WorkItem'] };
  UpdateCommentInput: UpdateCommentInput;
  UpdateCommentPayload: Omit<UpdateCommentPayload, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  UpdateCustomFieldInput: UpdateCustomFieldInput;
  UpdateCustomFieldPayload: Omit<UpdateCustomFieldPayload, 'customField'> & { customField: ResolversParentTypes['CustomField'] };
  UpdateHierarchyRulesInput: UpdateHierarchyRulesInput;
  UpdateHierarchyRulesPayload: Omit<UpdateHierarchyRulesPayload, 'hierarchyRules'> & { hierarchyRules: ResolversParentTypes['HierarchyRules'] };
  UpdateLabelInput: UpdateLabelInput;
  UpdateLabelPayload: Omit<UpdateLabelPayload, 'label'> & { label: ResolversParentTypes['Label'] };
  UpdateReleaseInput: UpdateReleaseInput;
  UpdateReleasePayload: Omit<UpdateReleasePayload, 'release'> & { release: ResolversParentTypes['Release'] };
  UpdateSavedViewInput: UpdateSavedViewInput;
  UpdateSavedViewPayload: Omit<UpdateSavedViewPayload, 'savedView'> & { savedView: ResolversParentTypes['SavedView'] };
  UpdateWorkItemInput: UpdateWorkItemInput;
  UpdateWorkItemPayload: Omit<UpdateWorkItemPayload, 'workItem'> & { workItem: ResolversParentTypes['WorkItem'] };
  UpdateWorkflowStateInput: UpdateWorkflowStateInput;
  UpdateWorkflowStatePayload: Omit<UpdateWorkflowStatePayload, 'state' | 'workflow'> & { state: ResolversParentTypes['WorkflowState'], workflow: ResolversParentTypes['Workflow'] };
  UpdateWorklogInput: UpdateWorklogInput;
  UpdateWorklogPayload: Omit<UpdateWorklogPayload, 'workItem' | 'worklog'> & { workItem: ResolversParentTypes['WorkItem'], worklog: ResolversParentTypes['Worklog'] };
  User: UserRefMapperModel;
  UserComparator: UserComparator;
  UserComparatorValue: UserComparatorValue;
  UserFieldValue: CustomFieldValueMapperModel;
  WorkItem: WorkItemModel;
  WorkItemChangeEvent: Omit<WorkItemChangeEvent, 'actor' | 'workItem'> & { actor?: Maybe<ResolversParentTypes['User']>, workItem?: Maybe<ResolversParentTypes['WorkItem']> };
  WorkItemConnection: WorkItemConnectionMapperModel;
  WorkItemEdge: WorkItemEdgeMapperModel;
  WorkItemFilter: WorkItemFilter;
  WorkItemFilterValue: WorkItemFilterValueMapperModel;
  WorkItemFlowHistory: WorkItemFlowHistory;
  WorkItemFlowHistoryConnection: WorkItemFlowHistoryConnection;
  WorkItemFlowHistoryEdge: WorkItemFlowHistoryEdge;
  WorkItemOrder: WorkItemOrder;
  WorkItemOrderValue: WorkItemOrderValueMapperModel;
  WorkItemPriorityComparator: WorkItemPriorityComparator;
  WorkItemPriorityComparatorValue: WorkItemPriorityComparatorValue;
  WorkItemProgress: WorkItemProgressMapperModel;
  WorkItemRef: WorkItemRef;
  WorkItemRelation: WorkItemRelationMapperModel;
  WorkItemSnapshot: WorkItemSnapshot;
  WorkItemStateChange: WorkItemStateChange;
  WorkItemTypeComparator: WorkItemTypeComparator;
  WorkItemTypeComparatorValue: WorkItemTypeComparatorValue;
  Workflow: WorkflowMapperModel;
  WorkflowState: WorkflowStateModel;
  WorkflowStateCategoryComparator: WorkflowStateCategoryComparator;
  WorkflowStateCategoryComparatorValue: WorkflowStateCategoryComparatorValue;
  WorkflowStateRef: WorkflowStateRef;
  WorkflowTransition: WorkflowTransitionModel;
  Worklog: WorklogModel;
  WorklogConnection: WorklogConnectionMapperModel;
  WorklogEdge: WorklogEdgeMapperModel;
  WorklogFilter: WorklogFilter;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = WorkItemsContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = ResolversObject<{
  __resolveType: TypeResolveFn<'WorkItemChangeEvent', ParentType, ContextType>;
}>;

export type AddCommentPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['AddCommentPayload'] = ResolversParentTypes['AddCommentPayload']> = ResolversObject<{
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
}>;

export type AddReactionPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['AddReactionPayload'] = ResolversParentTypes['AddReactionPayload']> = ResolversObject<{
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
}>;

export type ArchiveWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['ArchiveWorkItemPayload'] = ResolversParentTypes['ArchiveWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type BoardResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['BoardColumn']>, ParentType, ContextType>;
}>;

export type BoardColumnResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BoardColumn'] = ResolversParentTypes['BoardColumn']> = ResolversObject<{
  items?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<BoardColumnItemsArgs>>;
  state?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
}>;

export type BulkArchiveWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BulkArchiveWorkItemsPayload'] = ResolversParentTypes['BulkArchiveWorkItemsPayload']> = ResolversObject<{
  archivedWorkItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['BulkWorkItemFailure']>, ParentType, ContextType>;
}>;

export type BulkCreateWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BulkCreateWorkItemsPayload'] = ResolversParentTypes['BulkCreateWorkItemsPayload']> = ResolversObject<{
  workItems?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
}>;

export type BulkDeleteWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BulkDeleteWorkItemsPayload'] = ResolversParentTypes['BulkDeleteWorkItemsPayload']> = ResolversObject<{
  deletedWorkItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['BulkWorkItemFailure']>, ParentType, ContextType>;
}>;

export type BulkRestoreWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BulkRestoreWorkItemsPayload'] = ResolversParentTypes['BulkRestoreWorkItemsPayload']> = ResolversObject<{
  failures?: Resolver<Array<ResolversTypes['BulkWorkItemFailure']>, ParentType, ContextType>;
  restoredWorkItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type BulkUpdateWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BulkUpdateWorkItemsPayload'] = ResolversParentTypes['BulkUpdateWorkItemsPayload']> = ResolversObject<{
  failures?: Resolver<Array<ResolversTypes['BulkWorkItemFailure']>, ParentType, ContextType>;
  workItems?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
}>;

export type BulkWorkItemFailureResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['BulkWorkItemFailure'] = ResolversParentTypes['BulkWorkItemFailure']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CloseMergedWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CloseMergedWorkItemsPayload'] = ResolversParentTypes['CloseMergedWorkItemsPayload']> = ResolversObject<{
  results?: Resolver<Array<ResolversTypes['MergeMoveResult']>, ParentType, ContextType>;
}>;

export type CommentResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment'], FederationReferenceType extends FederationReferenceTypes['Comment'] = FederationReferenceTypes['Comment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Comment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionedUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['ReactionGroup']>, ParentType, ContextType>;
  replies?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<CommentRepliesArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CommentConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommentEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
}>;

export type CommentTargetResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CommentTarget'] = ResolversParentTypes['CommentTarget']> = ResolversObject<{
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreateCustomFieldPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CreateCustomFieldPayload'] = ResolversParentTypes['CreateCustomFieldPayload']> = ResolversObject<{
  customField?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
}>;

export type CreateLabelPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CreateLabelPayload'] = ResolversParentTypes['CreateLabelPayload']> = ResolversObject<{
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
}>;

export type CreateReleasePayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CreateReleasePayload'] = ResolversParentTypes['CreateReleasePayload']> = ResolversObject<{
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
}>;

export type CreateSavedViewPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CreateSavedViewPayload'] = ResolversParentTypes['CreateSavedViewPayload']> = ResolversObject<{
  savedView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType>;
}>;

export type CreateWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CreateWorkItemPayload'] = ResolversParentTypes['CreateWorkItemPayload']> = ResolversObject<{
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type CreateWorkflowStatePayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CreateWorkflowStatePayload'] = ResolversParentTypes['CreateWorkflowStatePayload']> = ResolversObject<{
  state?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  workflow?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type CustomFieldResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CustomField'] = ResolversParentTypes['CustomField'], FederationReferenceType extends FederationReferenceTypes['CustomField'] = FederationReferenceTypes['CustomField']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomField']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomFieldType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomFieldFilterValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CustomFieldFilterValue'] = ResolversParentTypes['CustomFieldFilterValue']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateValue?: Resolver<Maybe<ResolversTypes['DateComparatorValue']>, ParentType, ContextType>;
  fieldId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  null?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numberValue?: Resolver<Maybe<ResolversTypes['NumberComparatorValue']>, ParentType, ContextType>;
  option?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  optionValue?: Resolver<Maybe<ResolversTypes['OptionComparatorValue']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textValue?: Resolver<Maybe<ResolversTypes['StringComparatorValue']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userValue?: Resolver<Maybe<ResolversTypes['UserComparatorValue']>, ParentType, ContextType>;
}>;

export type CustomFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['CustomFieldValue'] = ResolversParentTypes['CustomFieldValue']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DateFieldValue' | 'MultiSelectFieldValue' | 'NumberFieldValue' | 'SelectFieldValue' | 'TextFieldValue' | 'UserFieldValue', ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DateComparatorValue'] = ResolversParentTypes['DateComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gte?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lte?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  null?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type DateFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DateFieldValue'] = ResolversParentTypes['DateFieldValue']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DateTimeComparatorValue'] = ResolversParentTypes['DateTimeComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gte?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lte?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type DeleteCommentPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteCommentPayload'] = ResolversParentTypes['DeleteCommentPayload']> = ResolversObject<{
  deletedCommentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type DeleteCustomFieldPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteCustomFieldPayload'] = ResolversParentTypes['DeleteCustomFieldPayload']> = ResolversObject<{
  deletedCustomFieldId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteLabelPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteLabelPayload'] = ResolversParentTypes['DeleteLabelPayload']> = ResolversObject<{
  deletedLabelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteReleasePayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteReleasePayload'] = ResolversParentTypes['DeleteReleasePayload']> = ResolversObject<{
  deletedReleaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unplannedItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeleteSavedViewPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteSavedViewPayload'] = ResolversParentTypes['DeleteSavedViewPayload']> = ResolversObject<{
  deletedSavedViewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteWorkItemPayload'] = ResolversParentTypes['DeleteWorkItemPayload']> = ResolversObject<{
  deletedWorkItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteWorkflowStatePayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteWorkflowStatePayload'] = ResolversParentTypes['DeleteWorkflowStatePayload']> = ResolversObject<{
  deletedStateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedItemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workflow?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type DeleteWorklogPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['DeleteWorklogPayload'] = ResolversParentTypes['DeleteWorklogPayload']> = ResolversObject<{
  deletedWorklogId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type HierarchyRuleResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['HierarchyRule'] = ResolversParentTypes['HierarchyRule']> = ResolversObject<{
  childTypes?: Resolver<Array<ResolversTypes['WorkItemType']>, ParentType, ContextType>;
  parentType?: Resolver<ResolversTypes['WorkItemType'], ParentType, ContextType>;
}>;

export type HierarchyRulesResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['HierarchyRules'] = ResolversParentTypes['HierarchyRules']> = ResolversObject<{
  allowedChildren?: Resolver<Array<ResolversTypes['HierarchyRule']>, ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HighlightedTextResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['HighlightedText'] = ResolversParentTypes['HighlightedText']> = ResolversObject<{
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry'], FederationReferenceType extends FederationReferenceTypes['HistoryEntry'] = FederationReferenceTypes['HistoryEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HistoryEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HistoryEntryConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['HistoryEntryConnection'] = ResolversParentTypes['HistoryEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HistoryEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HistoryEntryEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['HistoryEntryEdge'] = ResolversParentTypes['HistoryEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type IdComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['IdComparatorValue'] = ResolversParentTypes['IdComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  null?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type LabelResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label'], FederationReferenceType extends FederationReferenceTypes['Label'] = FederationReferenceTypes['Label']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Label']> | FederationReferenceType, FederationReferenceType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LabelConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['LabelConnection'] = ResolversParentTypes['LabelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LabelEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LabelEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['LabelEdge'] = ResolversParentTypes['LabelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
}>;

export type LinkWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['LinkWorkItemsPayload'] = ResolversParentTypes['LinkWorkItemsPayload']> = ResolversObject<{
  source?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WorkItemLinkType'], ParentType, ContextType>;
}>;

export type LogWorkPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['LogWorkPayload'] = ResolversParentTypes['LogWorkPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  worklog?: Resolver<ResolversTypes['Worklog'], ParentType, ContextType>;
}>;

export type MergeMoveResultResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['MergeMoveResult'] = ResolversParentTypes['MergeMoveResult']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['MergeMoveOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoveWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['MoveWorkItemPayload'] = ResolversParentTypes['MoveWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type MultiSelectFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['MultiSelectFieldValue'] = ResolversParentTypes['MultiSelectFieldValue']> = ResolversObject<{
  field?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addComment?: Resolver<ResolversTypes['AddCommentPayload'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  addReaction?: Resolver<ResolversTypes['AddReactionPayload'], ParentType, ContextType, RequireFields<MutationAddReactionArgs, 'input'>>;
  archiveWorkItem?: Resolver<ResolversTypes['ArchiveWorkItemPayload'], ParentType, ContextType, RequireFields<MutationArchiveWorkItemArgs, 'input'>>;
  bulkArchiveWorkItems?: Resolver<ResolversTypes['BulkArchiveWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationBulkArchiveWorkItemsArgs, 'input'>>;
  bulkCreateWorkItems?: Resolver<ResolversTypes['BulkCreateWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationBulkCreateWorkItemsArgs, 'input'>>;
  bulkDeleteWorkItems?: Resolver<ResolversTypes['BulkDeleteWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationBulkDeleteWorkItemsArgs, 'input'>>;
  bulkRestoreWorkItems?: Resolver<ResolversTypes['BulkRestoreWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationBulkRestoreWorkItemsArgs, 'input'>>;
  bulkUpdateWorkItems?: Resolver<ResolversTypes['BulkUpdateWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationBulkUpdateWorkItemsArgs, 'input'>>;
  closeMergedWorkItems?: Resolver<ResolversTypes['CloseMergedWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationCloseMergedWorkItemsArgs, 'input'>>;
  createCustomField?: Resolver<ResolversTypes['CreateCustomFieldPayload'], ParentType, ContextType, RequireFields<MutationCreateCustomFieldArgs, 'input'>>;
  createLabel?: Resolver<ResolversTypes['CreateLabelPayload'], ParentType, ContextType, RequireFields<MutationCreateLabelArgs, 'input'>>;
  createRelease?: Resolver<ResolversTypes['CreateReleasePayload'], ParentType, ContextType, RequireFields<MutationCreateReleaseArgs, 'input'>>;
  createSavedView?: Resolver<ResolversTypes['CreateSavedViewPayload'], ParentType, ContextType, RequireFields<MutationCreateSavedViewArgs, 'input'>>;
  createWorkItem?: Resolver<ResolversTypes['CreateWorkItemPayload'], ParentType, ContextType, RequireFields<MutationCreateWorkItemArgs, 'input'>>;
  createWorkflowState?: Resolver<ResolversTypes['CreateWorkflowStatePayload'], ParentType, ContextType, RequireFields<MutationCreateWorkflowStateArgs, 'input'>>;
  deleteComment?: Resolver<ResolversTypes['DeleteCommentPayload'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'input'>>;
  deleteCustomField?: Resolver<ResolversTypes['DeleteCustomFieldPayload'], ParentType, ContextType, RequireFields<MutationDeleteCustomFieldArgs, 'input'>>;
  deleteLabel?: Resolver<ResolversTypes['DeleteLabelPayload'], ParentType, ContextType, RequireFields<MutationDeleteLabelArgs, 'input'>>;
  deleteRelease?: Resolver<ResolversTypes['DeleteReleasePayload'], ParentType, ContextType, RequireFields<MutationDeleteReleaseArgs, 'input'>>;
  deleteSavedView?: Resolver<ResolversTypes['DeleteSavedViewPayload'], ParentType, ContextType, RequireFields<MutationDeleteSavedViewArgs, 'input'>>;
  deleteWorkItem?: Resolver<ResolversTypes['DeleteWorkItemPayload'], ParentType, ContextType, RequireFields<MutationDeleteWorkItemArgs, 'input'>>;
  deleteWorkflowState?: Resolver<ResolversTypes['DeleteWorkflowStatePayload'], ParentType, ContextType, RequireFields<MutationDeleteWorkflowStateArgs, 'input'>>;
  deleteWorklog?: Resolver<ResolversTypes['DeleteWorklogPayload'], ParentType, ContextType, RequireFields<MutationDeleteWorklogArgs, 'input'>>;
  linkWorkItems?: Resolver<ResolversTypes['LinkWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationLinkWorkItemsArgs, 'input'>>;
  logWork?: Resolver<ResolversTypes['LogWorkPayload'], ParentType, ContextType, RequireFields<MutationLogWorkArgs, 'input'>>;
  moveWorkItem?: Resolver<ResolversTypes['MoveWorkItemPayload'], ParentType, ContextType, RequireFields<MutationMoveWorkItemArgs, 'input'>>;
  removeReaction?: Resolver<ResolversTypes['RemoveReactionPayload'], ParentType, ContextType, RequireFields<MutationRemoveReactionArgs, 'input'>>;
  removeWorkflowTransition?: Resolver<ResolversTypes['RemoveWorkflowTransitionPayload'], ParentType, ContextType, RequireFields<MutationRemoveWorkflowTransitionArgs, 'input'>>;
  restoreWorkItem?: Resolver<ResolversTypes['RestoreWorkItemPayload'], ParentType, ContextType, RequireFields<MutationRestoreWorkItemArgs, 'input'>>;
  setWorkflowTransition?: Resolver<ResolversTypes['SetWorkflowTransitionPayload'], ParentType, ContextType, RequireFields<MutationSetWorkflowTransitionArgs, 'input'>>;
  transitionWorkItem?: Resolver<ResolversTypes['TransitionWorkItemPayload'], ParentType, ContextType, RequireFields<MutationTransitionWorkItemArgs, 'input'>>;
  unlinkWorkItems?: Resolver<ResolversTypes['UnlinkWorkItemsPayload'], ParentType, ContextType, RequireFields<MutationUnlinkWorkItemsArgs, 'input'>>;
  updateComment?: Resolver<ResolversTypes['UpdateCommentPayload'], ParentType, ContextType, RequireFields<MutationUpdateCommentArgs, 'input'>>;
  updateCustomField?: Resolver<ResolversTypes['UpdateCustomFieldPayload'], ParentType, ContextType, RequireFields<MutationUpdateCustomFieldArgs, 'input'>>;
  updateHierarchyRules?: Resolver<ResolversTypes['UpdateHierarchyRulesPayload'], ParentType, ContextType, RequireFields<MutationUpdateHierarchyRulesArgs, 'input'>>;
  updateLabel?: Resolver<ResolversTypes['UpdateLabelPayload'], ParentType, ContextType, RequireFields<MutationUpdateLabelArgs, 'input'>>;
  updateRelease?: Resolver<ResolversTypes['UpdateReleasePayload'], ParentType, ContextType, RequireFields<MutationUpdateReleaseArgs, 'input'>>;
  updateSavedView?: Resolver<ResolversTypes['UpdateSavedViewPayload'], ParentType, ContextType, RequireFields<MutationUpdateSavedViewArgs, 'input'>>;
  updateWorkItem?: Resolver<ResolversTypes['UpdateWorkItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateWorkItemArgs, 'input'>>;
  updateWorkflowState?: Resolver<ResolversTypes['UpdateWorkflowStatePayload'], ParentType, ContextType, RequireFields<MutationUpdateWorkflowStateArgs, 'input'>>;
  updateWorklog?: Resolver<ResolversTypes['UpdateWorklogPayload'], ParentType, ContextType, RequireFields<MutationUpdateWorklogArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Comment' | 'CustomField' | 'HistoryEntry' | 'Label' | 'Release' | 'SavedView' | 'WorkItem' | 'WorkflowState' | 'WorkflowTransition' | 'Worklog', ParentType, ContextType>;
}>;

export type NumberComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['NumberComparatorValue'] = ResolversParentTypes['NumberComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gte?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  lt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lte?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  null?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type NumberFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['NumberFieldValue'] = ResolversParentTypes['NumberFieldValue']> = ResolversObject<{
  field?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OptionComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['OptionComparatorValue'] = ResolversParentTypes['OptionComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  null?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonTimeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['PersonTime'] = ResolversParentTypes['PersonTime']> = ResolversObject<{
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType, Partial<ProjectBoardArgs>>;
  customFields?: Resolver<Array<ResolversTypes['CustomField']>, ParentType, ContextType>;
  hierarchyRules?: Resolver<ResolversTypes['HierarchyRules'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<ResolversTypes['LabelConnection'], ParentType, ContextType, Partial<ProjectLabelsArgs>>;
  releases?: Resolver<ResolversTypes['ReleaseConnection'], ParentType, ContextType, Partial<ProjectReleasesArgs>>;
  savedViews?: Resolver<ResolversTypes['SavedViewConnection'], ParentType, ContextType, Partial<ProjectSavedViewsArgs>>;
  workItems?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<ProjectWorkItemsArgs>>;
  workflow?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  commentTargets?: Resolver<Array<Maybe<ResolversTypes['CommentTarget']>>, ParentType, ContextType, RequireFields<QueryCommentTargetsArgs, 'ids'>>;
  savedView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
  savedViewItemIds?: Resolver<Maybe<ResolversTypes['SavedViewItemIds']>, ParentType, ContextType, RequireFields<QuerySavedViewItemIdsArgs, 'id' | 'limit'>>;
  search?: Resolver<ResolversTypes['SearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'organizationId' | 'query'>>;
  timesheet?: Resolver<ResolversTypes['Timesheet'], ParentType, ContextType, RequireFields<QueryTimesheetArgs, 'filter' | 'organizationId'>>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType, RequireFields<QueryWorkItemArgs, 'id'>>;
  workItemByKey?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType, RequireFields<QueryWorkItemByKeyArgs, 'key'>>;
  workItemFlowHistory?: Resolver<ResolversTypes['WorkItemFlowHistoryConnection'], ParentType, ContextType, RequireFields<QueryWorkItemFlowHistoryArgs, 'projectId'>>;
  workItemRefsByKeys?: Resolver<Array<ResolversTypes['WorkItemRef']>, ParentType, ContextType, RequireFields<QueryWorkItemRefsByKeysArgs, 'keys' | 'organizationId'>>;
  workItemSnapshots?: Resolver<Array<Maybe<ResolversTypes['WorkItemSnapshot']>>, ParentType, ContextType, RequireFields<QueryWorkItemSnapshotsArgs, 'ids'>>;
  workItems?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, RequireFields<QueryWorkItemsArgs, 'organizationId'>>;
  workflowStateRefs?: Resolver<Array<Maybe<ResolversTypes['WorkflowStateRef']>>, ParentType, ContextType, RequireFields<QueryWorkflowStateRefsArgs, 'ids'>>;
  worklogs?: Resolver<ResolversTypes['WorklogConnection'], ParentType, ContextType, RequireFields<QueryWorklogsArgs, 'filter' | 'organizationId'>>;
}>;

export type ReactionGroupResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['ReactionGroup'] = ResolversParentTypes['ReactionGroup']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emoji?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reactors?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewerHasReacted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ReleaseResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release'], FederationReferenceType extends FederationReferenceTypes['Release'] = FederationReferenceTypes['Release']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Release']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ReleaseProgress'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<ReleaseWorkItemsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReleaseConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['ReleaseConnection'] = ResolversParentTypes['ReleaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReleaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Release']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReleaseEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['ReleaseEdge'] = ResolversParentTypes['ReleaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
}>;

export type ReleaseProgressResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['ReleaseProgress'] = ResolversParentTypes['ReleaseProgress']> = ResolversObject<{
  canceledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donePoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentDone?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RemoveReactionPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['RemoveReactionPayload'] = ResolversParentTypes['RemoveReactionPayload']> = ResolversObject<{
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
}>;

export type RemoveWorkflowTransitionPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['RemoveWorkflowTransitionPayload'] = ResolversParentTypes['RemoveWorkflowTransitionPayload']> = ResolversObject<{
  workflow?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type RestoreWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['RestoreWorkItemPayload'] = ResolversParentTypes['RestoreWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type SavedViewResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView'], FederationReferenceType extends FederationReferenceTypes['SavedView'] = FederationReferenceTypes['SavedView']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SavedView']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['WorkItemFilterValue'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderBy?: Resolver<ResolversTypes['WorkItemOrderValue'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<SavedViewWorkItemsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SavedViewConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SavedViewConnection'] = ResolversParentTypes['SavedViewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SavedViewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedViewEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SavedViewEdge'] = ResolversParentTypes['SavedViewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType>;
}>;

export type SavedViewItemIdsResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SavedViewItemIds'] = ResolversParentTypes['SavedViewItemIds']> = ResolversObject<{
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  matchedIn?: Resolver<ResolversTypes['SearchMatchSource'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['HighlightedText'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type SearchHitConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SearchHitConnection'] = ResolversParentTypes['SearchHitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchHitEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
}>;

export type SelectFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SelectFieldValue'] = ResolversParentTypes['SelectFieldValue']> = ResolversObject<{
  field?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
  option?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SetWorkflowTransitionPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['SetWorkflowTransitionPayload'] = ResolversParentTypes['SetWorkflowTransitionPayload']> = ResolversObject<{
  transition?: Resolver<ResolversTypes['WorkflowTransition'], ParentType, ContextType>;
  workflow?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type StringComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['StringComparatorValue'] = ResolversParentTypes['StringComparatorValue']> = ResolversObject<{
  contains?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notContains?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  organizationActivity?: SubscriptionResolver<ResolversTypes['ActivityEvent'], "organizationActivity", ParentType, ContextType, RequireFields<SubscriptionOrganizationActivityArgs, 'organizationId'>>;
  teamActivity?: SubscriptionResolver<ResolversTypes['ActivityEvent'], "teamActivity", ParentType, ContextType, RequireFields<SubscriptionTeamActivityArgs, 'teamId'>>;
  workItemChanged?: SubscriptionResolver<ResolversTypes['WorkItemChangeEvent'], "workItemChanged", ParentType, ContextType, RequireFields<SubscriptionWorkItemChangedArgs, 'projectId'>>;
}>;

export type TextFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['TextFieldValue'] = ResolversParentTypes['TextFieldValue']> = ResolversObject<{
  field?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TextRangeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeInStateResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['TimeInState'] = ResolversParentTypes['TimeInState']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['WorkflowState']>, ParentType, ContextType>;
  stateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TimeTrackingResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['TimeTracking'] = ResolversParentTypes['TimeTracking']> = ResolversObject<{
  byPerson?: Resolver<Array<ResolversTypes['PersonTime']>, ParentType, ContextType>;
  estimateMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remainingMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  spentMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimesheetResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Timesheet'] = ResolversParentTypes['Timesheet']> = ResolversObject<{
  days?: Resolver<Array<ResolversTypes['TimesheetDay']>, ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimesheetDayResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['TimesheetDay'] = ResolversParentTypes['TimesheetDay']> = ResolversObject<{
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransitionWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['TransitionWorkItemPayload'] = ResolversParentTypes['TransitionWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type UnlinkWorkItemsPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UnlinkWorkItemsPayload'] = ResolversParentTypes['UnlinkWorkItemsPayload']> = ResolversObject<{
  source?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type UpdateCommentPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateCommentPayload'] = ResolversParentTypes['UpdateCommentPayload']> = ResolversObject<{
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
}>;

export type UpdateCustomFieldPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateCustomFieldPayload'] = ResolversParentTypes['UpdateCustomFieldPayload']> = ResolversObject<{
  customField?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
}>;

export type UpdateHierarchyRulesPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateHierarchyRulesPayload'] = ResolversParentTypes['UpdateHierarchyRulesPayload']> = ResolversObject<{
  hierarchyRules?: Resolver<ResolversTypes['HierarchyRules'], ParentType, ContextType>;
}>;

export type UpdateLabelPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateLabelPayload'] = ResolversParentTypes['UpdateLabelPayload']> = ResolversObject<{
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
}>;

export type UpdateReleasePayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateReleasePayload'] = ResolversParentTypes['UpdateReleasePayload']> = ResolversObject<{
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
}>;

export type UpdateSavedViewPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateSavedViewPayload'] = ResolversParentTypes['UpdateSavedViewPayload']> = ResolversObject<{
  savedView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType>;
}>;

export type UpdateWorkItemPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateWorkItemPayload'] = ResolversParentTypes['UpdateWorkItemPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type UpdateWorkflowStatePayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateWorkflowStatePayload'] = ResolversParentTypes['UpdateWorkflowStatePayload']> = ResolversObject<{
  state?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  workflow?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type UpdateWorklogPayloadResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UpdateWorklogPayload'] = ResolversParentTypes['UpdateWorklogPayload']> = ResolversObject<{
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  worklog?: Resolver<ResolversTypes['Worklog'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UserComparatorValue'] = ResolversParentTypes['UserComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  isMe?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  null?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type UserFieldValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['UserFieldValue'] = ResolversParentTypes['UserFieldValue']> = ResolversObject<{
  field?: Resolver<ResolversTypes['CustomField'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<WorkItemChildrenArgs>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<WorkItemCommentsArgs, 'threads'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<Array<ResolversTypes['CustomFieldValue']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<WorkItemHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBlocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['WorkItemPriority'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['WorkItemProgress'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['WorkItemRelation']>, ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  timeEstimateMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeInStates?: Resolver<Array<ResolversTypes['TimeInState']>, ParentType, ContextType>;
  timeTracking?: Resolver<ResolversTypes['TimeTracking'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WorkItemType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  worklogs?: Resolver<ResolversTypes['WorklogConnection'], ParentType, ContextType, Partial<WorkItemWorklogsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkItemChangeEventResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemChangeEvent'] = ResolversParentTypes['WorkItemChangeEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkItemChangeKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  workItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkItemConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemConnection'] = ResolversParentTypes['WorkItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkItemEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemEdge'] = ResolversParentTypes['WorkItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type WorkItemFilterValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemFilterValue'] = ResolversParentTypes['WorkItemFilterValue']> = ResolversObject<{
  and?: Resolver<Maybe<Array<ResolversTypes['WorkItemFilterValue']>>, ParentType, ContextType>;
  archived?: Resolver<Maybe<ResolversTypes['ArchivedFilter']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['UserComparatorValue']>, ParentType, ContextType>;
  assigneeIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  blocked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTimeComparatorValue']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<Array<ResolversTypes['CustomFieldFilterValue']>>, ParentType, ContextType>;
  dueAfter?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueBefore?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['DateComparatorValue']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['NumberComparatorValue']>, ParentType, ContextType>;
  labelIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  labels?: Resolver<Maybe<ResolversTypes['IdComparatorValue']>, ParentType, ContextType>;
  not?: Resolver<Maybe<ResolversTypes['WorkItemFilterValue']>, ParentType, ContextType>;
  or?: Resolver<Maybe<Array<ResolversTypes['WorkItemFilterValue']>>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['IdComparatorValue']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priorities?: Resolver<Maybe<Array<ResolversTypes['WorkItemPriority']>>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['WorkItemPriorityComparatorValue']>, ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['IdComparatorValue']>, ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['UserComparatorValue']>, ParentType, ContextType>;
  search?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sprint?: Resolver<Maybe<ResolversTypes['IdComparatorValue']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['IdComparatorValue']>, ParentType, ContextType>;
  stateCategories?: Resolver<Maybe<Array<ResolversTypes['WorkflowStateCategory']>>, ParentType, ContextType>;
  stateCategory?: Resolver<Maybe<ResolversTypes['WorkflowStateCategoryComparatorValue']>, ParentType, ContextType>;
  stateIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['StringComparatorValue']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['WorkItemTypeComparatorValue']>, ParentType, ContextType>;
  types?: Resolver<Maybe<Array<ResolversTypes['WorkItemType']>>, ParentType, ContextType>;
  unassigned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTimeComparatorValue']>, ParentType, ContextType>;
  watcher?: Resolver<Maybe<ResolversTypes['UserComparatorValue']>, ParentType, ContextType>;
}>;

export type WorkItemFlowHistoryResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemFlowHistory'] = ResolversParentTypes['WorkItemFlowHistory']> = ResolversObject<{
  snapshot?: Resolver<ResolversTypes['WorkItemSnapshot'], ParentType, ContextType>;
  stateChanges?: Resolver<Array<ResolversTypes['WorkItemStateChange']>, ParentType, ContextType>;
}>;

export type WorkItemFlowHistoryConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemFlowHistoryConnection'] = ResolversParentTypes['WorkItemFlowHistoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkItemFlowHistoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkItemFlowHistory']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WorkItemFlowHistoryEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemFlowHistoryEdge'] = ResolversParentTypes['WorkItemFlowHistoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkItemFlowHistory'], ParentType, ContextType>;
}>;

export type WorkItemOrderValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemOrderValue'] = ResolversParentTypes['WorkItemOrderValue']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['OrderDirection'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['WorkItemOrderField'], ParentType, ContextType>;
}>;

export type WorkItemPriorityComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemPriorityComparatorValue'] = ResolversParentTypes['WorkItemPriorityComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['WorkItemPriority']>, ParentType, ContextType>;
  gt?: Resolver<Maybe<ResolversTypes['WorkItemPriority']>, ParentType, ContextType>;
  gte?: Resolver<Maybe<ResolversTypes['WorkItemPriority']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['WorkItemPriority']>>, ParentType, ContextType>;
  lt?: Resolver<Maybe<ResolversTypes['WorkItemPriority']>, ParentType, ContextType>;
  lte?: Resolver<Maybe<ResolversTypes['WorkItemPriority']>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['WorkItemPriority']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['WorkItemPriority']>>, ParentType, ContextType>;
}>;

export type WorkItemProgressResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemProgress'] = ResolversParentTypes['WorkItemProgress']> = ResolversObject<{
  doneItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donePoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type WorkItemRefResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemRef'] = ResolversParentTypes['WorkItemRef']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stateCategory?: Resolver<ResolversTypes['WorkflowStateCategory'], ParentType, ContextType>;
}>;

export type WorkItemRelationResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemRelation'] = ResolversParentTypes['WorkItemRelation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WorkItemLinkType'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type WorkItemSnapshotResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemSnapshot'] = ResolversParentTypes['WorkItemSnapshot']> = ResolversObject<{
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reporterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stateCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkItemStateChangeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemStateChange'] = ResolversParentTypes['WorkItemStateChange']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStateId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromStateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toStateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WorkItemTypeComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkItemTypeComparatorValue'] = ResolversParentTypes['WorkItemTypeComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['WorkItemType']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['WorkItemType']>>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['WorkItemType']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['WorkItemType']>>, ParentType, ContextType>;
}>;

export type WorkflowResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Workflow'] = ResolversParentTypes['Workflow']> = ResolversObject<{
  initialState?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['WorkflowState']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['WorkflowTransition']>, ParentType, ContextType>;
}>;

export type WorkflowStateResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkflowState'] = ResolversParentTypes['WorkflowState'], FederationReferenceType extends FederationReferenceTypes['WorkflowState'] = FederationReferenceTypes['WorkflowState']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkflowState']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['WorkflowStateCategory'], ParentType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkflowStateCategoryComparatorValueResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkflowStateCategoryComparatorValue'] = ResolversParentTypes['WorkflowStateCategoryComparatorValue']> = ResolversObject<{
  eq?: Resolver<Maybe<ResolversTypes['WorkflowStateCategory']>, ParentType, ContextType>;
  in?: Resolver<Maybe<Array<ResolversTypes['WorkflowStateCategory']>>, ParentType, ContextType>;
  neq?: Resolver<Maybe<ResolversTypes['WorkflowStateCategory']>, ParentType, ContextType>;
  nin?: Resolver<Maybe<Array<ResolversTypes['WorkflowStateCategory']>>, ParentType, ContextType>;
}>;

export type WorkflowStateRefResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkflowStateRef'] = ResolversParentTypes['WorkflowStateRef']> = ResolversObject<{
  category?: Resolver<ResolversTypes['WorkflowStateCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkflowTransitionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorkflowTransition'] = ResolversParentTypes['WorkflowTransition'], FederationReferenceType extends FederationReferenceTypes['WorkflowTransition'] = FederationReferenceTypes['WorkflowTransition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkflowTransition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  from?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumRole?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
  requiredFields?: Resolver<Array<ResolversTypes['WorkItemField']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['WorkflowState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorklogResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['Worklog'] = ResolversParentTypes['Worklog'], FederationReferenceType extends FederationReferenceTypes['Worklog'] = FederationReferenceTypes['Worklog']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worklog']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorklogConnectionResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorklogConnection'] = ResolversParentTypes['WorklogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorklogEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Worklog']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorklogEdgeResolvers<ContextType = WorkItemsContext, ParentType extends ResolversParentTypes['WorklogEdge'] = ResolversParentTypes['WorklogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Worklog'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WorkItemsContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AddCommentPayload?: AddCommentPayloadResolvers<ContextType>;
  AddReactionPayload?: AddReactionPayloadResolvers<ContextType>;
  ArchiveWorkItemPayload?: ArchiveWorkItemPayloadResolvers<ContextType>;
  Board?: BoardResolvers<ContextType>;
  BoardColumn?: BoardColumnResolvers<ContextType>;
  BulkArchiveWorkItemsPayload?: BulkArchiveWorkItemsPayloadResolvers<ContextType>;
  BulkCreateWorkItemsPayload?: BulkCreateWorkItemsPayloadResolvers<ContextType>;
  BulkDeleteWorkItemsPayload?: BulkDeleteWorkItemsPayloadResolvers<ContextType>;
  BulkRestoreWorkItemsPayload?: BulkRestoreWorkItemsPayloadResolvers<ContextType>;
  BulkUpdateWorkItemsPayload?: BulkUpdateWorkItemsPayloadResolvers<ContextType>;
  BulkWorkItemFailure?: BulkWorkItemFailureResolvers<ContextType>;
  CloseMergedWorkItemsPayload?: CloseMergedWorkItemsPayloadResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  CommentTarget?: CommentTargetResolvers<ContextType>;
  CreateCustomFieldPayload?: CreateCustomFieldPayloadResolvers<ContextType>;
  CreateLabelPayload?: CreateLabelPayloadResolvers<ContextType>;
  CreateReleasePayload?: CreateReleasePayloadResolvers<ContextType>;
  CreateSavedViewPayload?: CreateSavedViewPayloadResolvers<ContextType>;
  CreateWorkItemPayload?: CreateWorkItemPayloadResolvers<ContextType>;
  CreateWorkflowStatePayload?: CreateWorkflowStatePayloadResolvers<ContextType>;
  CustomField?: CustomFieldResolvers<ContextType>;
  CustomFieldFilterValue?: CustomFieldFilterValueResolvers<ContextType>;
  CustomFieldValue?: CustomFieldValueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateComparatorValue?: DateComparatorValueResolvers<ContextType>;
  DateFieldValue?: DateFieldValueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DateTimeComparatorValue?: DateTimeComparatorValueResolvers<ContextType>;
  DeleteCommentPayload?: DeleteCommentPayloadResolvers<ContextType>;
  DeleteCustomFieldPayload?: DeleteCustomFieldPayloadResolvers<ContextType>;
  DeleteLabelPayload?: DeleteLabelPayloadResolvers<ContextType>;
  DeleteReleasePayload?: DeleteReleasePayloadResolvers<ContextType>;
  DeleteSavedViewPayload?: DeleteSavedViewPayloadResolvers<ContextType>;
  DeleteWorkItemPayload?: DeleteWorkItemPayloadResolvers<ContextType>;
  DeleteWorkflowStatePayload?: DeleteWorkflowStatePayloadResolvers<ContextType>;
  DeleteWorklogPayload?: DeleteWorklogPayloadResolvers<ContextType>;
  HierarchyRule?: HierarchyRuleResolvers<ContextType>;
  HierarchyRules?: HierarchyRulesResolvers<ContextType>;
  HighlightedText?: HighlightedTextResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  HistoryEntryConnection?: HistoryEntryConnectionResolvers<ContextType>;
  HistoryEntryEdge?: HistoryEntryEdgeResolvers<ContextType>;
  IdComparatorValue?: IdComparatorValueResolvers<ContextType>;
  Label?: LabelResolvers<ContextType>;
  LabelConnection?: LabelConnectionResolvers<ContextType>;
  LabelEdge?: LabelEdgeResolvers<ContextType>;
  LinkWorkItemsPayload?: LinkWorkItemsPayloadResolvers<ContextType>;
  LogWorkPayload?: LogWorkPayloadResolvers<ContextType>;
  MergeMoveResult?: MergeMoveResultResolvers<ContextType>;
  MoveWorkItemPayload?: MoveWorkItemPayloadResolvers<ContextType>;
  MultiSelectFieldValue?: MultiSelectFieldValueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NumberComparatorValue?: NumberComparatorValueResolvers<ContextType>;
  NumberFieldValue?: NumberFieldValueResolvers<ContextType>;
  OptionComparatorValue?: OptionComparatorValueResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonTime?: PersonTimeResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReactionGroup?: ReactionGroupResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ReleaseConnection?: ReleaseConnectionResolvers<ContextType>;
  ReleaseEdge?: ReleaseEdgeResolvers<ContextType>;
  ReleaseProgress?: ReleaseProgressResolvers<ContextType>;
  RemoveReactionPayload?: RemoveReactionPayloadResolvers<ContextType>;
  RemoveWorkflowTransitionPayload?: RemoveWorkflowTransitionPayloadResolvers<ContextType>;
  RestoreWorkItemPayload?: RestoreWorkItemPayloadResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SavedViewConnection?: SavedViewConnectionResolvers<ContextType>;
  SavedViewEdge?: SavedViewEdgeResolvers<ContextType>;
  SavedViewItemIds?: SavedViewItemIdsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitConnection?: SearchHitConnectionResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SelectFieldValue?: SelectFieldValueResolvers<ContextType>;
  SetWorkflowTransitionPayload?: SetWorkflowTransitionPayloadResolvers<ContextType>;
  StringComparatorValue?: StringComparatorValueResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TextFieldValue?: TextFieldValueResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  TimeInState?: TimeInStateResolvers<ContextType>;
  TimeTracking?: TimeTrackingResolvers<ContextType>;
  Timesheet?: TimesheetResolvers<ContextType>;
  TimesheetDay?: TimesheetDayResolvers<ContextType>;
  TransitionWorkItemPayload?: TransitionWorkItemPayloadResolvers<ContextType>;
  UnlinkWorkItemsPayload?: UnlinkWorkItemsPayloadResolvers<ContextType>;
  UpdateCommentPayload?: UpdateCommentPayloadResolvers<ContextType>;
  UpdateCustomFieldPayload?: UpdateCustomFieldPayloadResolvers<ContextType>;
  UpdateHierarchyRulesPayload?: UpdateHierarchyRulesPayloadResolvers<ContextType>;
  UpdateLabelPayload?: UpdateLabelPayloadResolvers<ContextType>;
  UpdateReleasePayload?: UpdateReleasePayloadResolvers<ContextType>;
  UpdateSavedViewPayload?: UpdateSavedViewPayloadResolvers<ContextType>;
  UpdateWorkItemPayload?: UpdateWorkItemPayloadResolvers<ContextType>;
  UpdateWorkflowStatePayload?: UpdateWorkflowStatePayloadResolvers<ContextType>;
  UpdateWorklogPayload?: UpdateWorklogPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserComparatorValue?: UserComparatorValueResolvers<ContextType>;
  UserFieldValue?: UserFieldValueResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkItemChangeEvent?: WorkItemChangeEventResolvers<ContextType>;
  WorkItemConnection?: WorkItemConnectionResolvers<ContextType>;
  WorkItemEdge?: WorkItemEdgeResolvers<ContextType>;
  WorkItemFilterValue?: WorkItemFilterValueResolvers<ContextType>;
  WorkItemFlowHistory?: WorkItemFlowHistoryResolvers<ContextType>;
  WorkItemFlowHistoryConnection?: WorkItemFlowHistoryConnectionResolvers<ContextType>;
  WorkItemFlowHistoryEdge?: WorkItemFlowHistoryEdgeResolvers<ContextType>;
  WorkItemOrderValue?: WorkItemOrderValueResolvers<ContextType>;
  WorkItemPriorityComparatorValue?: WorkItemPriorityComparatorValueResolvers<ContextType>;
  WorkItemProgress?: WorkItemProgressResolvers<ContextType>;
  WorkItemRef?: WorkItemRefResolvers<ContextType>;
  WorkItemRelation?: WorkItemRelationResolvers<ContextType>;
  WorkItemSnapshot?: WorkItemSnapshotResolvers<ContextType>;
  WorkItemStateChange?: WorkItemStateChangeResolvers<ContextType>;
  WorkItemTypeComparatorValue?: WorkItemTypeComparatorValueResolvers<ContextType>;
  Workflow?: WorkflowResolvers<ContextType>;
  WorkflowState?: WorkflowStateResolvers<ContextType>;
  WorkflowStateCategoryComparatorValue?: WorkflowStateCategoryComparatorValueResolvers<ContextType>;
  WorkflowStateRef?: WorkflowStateRefResolvers<ContextType>;
  WorkflowTransition?: WorkflowTransitionResolvers<ContextType>;
  Worklog?: WorklogResolvers<ContextType>;
  WorklogConnection?: WorklogConnectionResolvers<ContextType>;
  WorklogEdge?: WorklogEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = WorkItemsContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
