import { randomUUID } from 'node:crypto';
import { subgraphNames, type SubgraphName } from '../../subgraphs/registry';

/**
 * The streams events travel on, one per subgraph of the registry, named after it. A stream's Redis
 * key is `${keyPrefix}events:${stream}`.
 */
export const eventStreams: readonly SubgraphName[] = subgraphNames;
export type EventStream = SubgraphName;

/** What a work item looked like right after the change: enough for read models elsewhere (sprints, notifications). */
export interface WorkItemSnapshot {
  id: string;
  projectId: string;
  key: string;
  title: string;
  /** EPIC, STORY, TASK, BUG, SUBTASK. */
  type: string;
  stateId: string;
  /** BACKLOG, TODO, IN_PROGRESS, DONE, CANCELED (the workflow state's category). */
  stateCategory: string;
  assigneeId: string | null;
  reporterId: string;
  estimate: number | null;
  parentId: string | null;
  archived: boolean;
  version: number;
  /**
   * The workflow state's name. Added without a payload version bump: absent from events written
   * before it (issue 14), so a consumer treats a missing value as unknown.
   */
  stateName?: string;
  /** The uuids of the item's labels, sorted; absent from events written before issue 14. */
  labelIds?: string[];
  /** When the item was created (ISO 8601); absent from events written before issue 14. */
  createdAt?: string;
}

/** Time one person logged on a work item, as events tell of it (the note stays in the API). */
export interface WorklogSnapshot {
  id: string;
  userId: string;
  /** `YYYY-MM-DD`. */
  day: string;
  minutes: number;
}

export interface ProjectSnapshot {
  id: string;
  organizationId: string;
  key: string;
  name: string;
}

export interface SprintSnapshot {
  id: string;
  projectId: string;
  name: string;
  /** PLANNED, ACTIVE or COMPLETED. */
  state: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, inclusive. */
  endDate: string;
}

/** A file as events tell of it: its current version's content and what it is attached to. */
export interface FileSnapshot {
  id: string;
  projectId: string;
  /** WORK_ITEM, COMMENT or PROJECT. */
  targetKind: string;
  /** The work item, comment or project it is attached to. */
  targetId: string;
  /** The work item of a WORK_ITEM or COMMENT target; null for project documents. */
  workItemId: string | null;
  name: string;
  /** Sniffed from the content. */
  contentType: string;
  byteSize: number;
  versionNumber: number;
  /** Who uploaded the first version. */
  uploadedBy: string;
  deleted: boolean;
}

/** A link attachment as events tell of it. */
export interface LinkAttachmentSnapshot {
  id: string;
  projectId: string;
  targetKind: string;
  targetId: string;
  workItemId: string | null;
  url: string;
  title: string;
}

/** One widget of a dashboard report, as its subscriber sees it when the report is composed. */
export interface DashboardReportWidget {
  widgetId: string;
  title: string;
  /** The chart's summary in words: the same text as the accessible chart's description. */
  summary: string;
  /** A signed link to the chart as a PNG (lib/chart-links.ts), with the subscriber's permissions; null when it is not shown to them. */
  chartUrl: string | null;
}

/** Every event type with its payload; `version` in the envelope is the payload's version for that type. */
export interface EventPayloads {
  'work_item.created': { workItem: WorkItemSnapshot };
  /** `changedFields` are WorkItem field names as in the GraphQL schema (title, assignee, labels, customFields, ...). */
  'work_item.updated': { workItem: WorkItemSnapshot; changedFields: string[] };
  'work_item.transitioned': {
    workItem: WorkItemSnapshot;
    changedFields: string[];
    fromStateId: string;
    toStateId: string;
    fromCategory: string;
    toCategory: string;
  };
  /** A board move: the rank changed, and the state too when `changedFields` has `state`. */
  'work_item.moved': { workItem: WorkItemSnapshot; changedFields: string[] };
  'work_item.archived': { workItem: WorkItemSnapshot };
  'work_item.restored': { workItem: WorkItemSnapshot };
  /** The last snapshot before the item was deleted. */
  'work_item.deleted': { workItem: WorkItemSnapshot };
  'work_item.commented': {
    workItem: WorkItemSnapshot;
    commentId: string;
    authorId: string;
    mentionedUserIds: string[];
    /** The comment that starts the thread this one replies to; null (or absent, before replies) for a new thread. */
    parentCommentId?: string | null;
  };
  /** A comment of the item was deleted (by its author or a project ADMIN); the item itself did not change. */
  'work_item.comment_deleted': { workItem: WorkItemSnapshot; commentId: string };
  /** Time logged on the item; the item itself did not change. `day` is `YYYY-MM-DD`. */
  'work_item.worklog_added': { workItem: WorkItemSnapshot; worklog: WorklogSnapshot };
  /** A worklog's day, minutes or note changed: the worklog as it is now. */
  'work_item.worklog_updated': { workItem: WorkItemSnapshot; worklog: WorklogSnapshot };
  /** A worklog was deleted: the worklog as it was. */
  'work_item.worklog_deleted': { workItem: WorkItemSnapshot; worklog: WorklogSnapshot };
  /** Published once for each side of the link, each in its own project, with that side's direction. */
  'work_item.linked': { workItem: WorkItemSnapshot; linkType: string; otherWorkItemId: string };
  'work_item.unlinked': { workItem: WorkItemSnapshot; linkType: string; otherWorkItemId: string };
  'project.created': { project: ProjectSnapshot };
  'project.updated': { project: ProjectSnapshot; changedFields: string[] };
  /** The project became read-only in every service (see archiveProject). */
  'project.archived': { project: ProjectSnapshot };
  'project.restored': { project: ProjectSnapshot };
  /** The archived project was deleted: every service purges what it holds of it (see deleteProject). */
  'project.deleted': { project: ProjectSnapshot };
  'project.member_added': { userId: string; role: string };
  'project.member_role_changed': { userId: string; role: string; previousRole: string };
  'project.member_removed': { userId: string; previousRole: string };
  'project.team_attached': { teamId: string; role: string };
  'project.team_detached': { teamId: string };
  /** Team events have no project: a team may be attached to several. */
  'team.member_added': { teamId: string; userId: string };
  'team.member_removed': { teamId: string; userId: string };
  'sprint.created': { sprint: SprintSnapshot };
  /** `changedFields` are Sprint field names as in the GraphQL schema (name, goal, startDate, endDate). */
  'sprint.updated': { sprint: SprintSnapshot; changedFields: string[] };
  /** The last snapshot before the planned sprint was deleted; its items went back to the backlog. */
  'sprint.deleted': { sprint: SprintSnapshot; workItemIds: string[] };
  /** The committed scope: the items in the sprint when it started and their points. */
  'sprint.started': { sprint: SprintSnapshot; workItemIds: string[]; committedPoints: number };
  /** What was completed, and the unfinished items carried over to `carriedOverToSprintId` (null: the backlog). */
  'sprint.completed': {
    sprint: SprintSnapshot;
    completedWorkItemIds: string[];
    carriedOverWorkItemIds: string[];
    carriedOverToSprintId: string | null;
    completedPoints: number;
  };
  /** Items joined or left the sprint: by hand, or because they were archived, deleted or moved away. */
  'sprint.scope_changed': { sprint: SprintSnapshot; addedWorkItemIds: string[]; removedWorkItemIds: string[] };
  'sprint.capacity_changed': { sprint: SprintSnapshot };
  /**
   * The planned or active sprint a work item (`aggregateId`) is in changed (null: the backlog), for
   * read models of `WorkItem.sprint`. `version` grows with every change of the item's placement: a
   * read model keeps the highest.
   */
  'sprint_placement.changed': { workItemId: string; sprintId: string | null; version: number };
  /** A notification for one person; the router delivers it to that person's `notificationReceived` subscriptions. */
  'notification.created': { notificationId: string; recipientId: string; type: string };
  /**
   * A person started or stopped watching a work item (`aggregateId`), by hand or automatically.
   * `version` is the watch's version in the notifications service: a read model keeps the highest.
   */
  'watch.changed': { workItemId: string; userId: string; watching: boolean; version: number };
  /** Organization events have no project; `aggregateId` is the organization. */
  'organization.member_added': { userId: string; role: string };
  'organization.member_role_changed': { userId: string; role: string; previousRole: string };
  /** The person lost every access to the organization's projects, teams and subscriptions at this moment. */
  'organization.member_removed': { userId: string; previousRole: string };
  /** The organization was deleted with its memberships and invitations; its projects and teams follow (see deleteOrganization). */
  'organization.deleted': { organization: { id: string; slug: string; name: string } };
  /** An invitation was sent, or sent again with a new link; `aggregateId` is the invitation. */
  'organization.invitation_created': {
    invitationId: string;
    /** The invited address. */
    email: string;
    role: string;
    /** The account with that address when it was sent, or null. */
    inviteeId: string | null;
    organizationName: string;
    /** Rebuilds the link's token with the signing secret (lib/invitation-token.ts); useless without it. */
    nonce: string;
    expiresAt: string;
  };
  /**
   * A subscriber's weekly report of a dashboard, composed as they see it (access checked then);
   * `aggregateId` is the dashboard. The chart links are credentials until `chartLinksExpireAt`.
   */
  'dashboard.report_due': {
    recipientId: string;
    /** The report week: its Monday (UTC), `YYYY-MM-DD`. */
    week: string;
    dashboardName: string;
    /** The dashboard's page in the web client. */
    dashboardUrl: string;
    /** In position order. */
    widgets: DashboardReportWidget[];
    chartLinksExpireAt: string;
  };
  /** A new file was recorded; `aggregateId` is the file. */
  'file.attached': { file: FileSnapshot };
  /** A new version of a file was uploaded; the snapshot is the file with it. */
  'file.version_added': { file: FileSnapshot };
  /** `changedFields` are File field names (name, altText, decorative, longDescription, language, tags). */
  'file.updated': { file: FileSnapshot; changedFields: string[] };
  /** Soft-deleted: restorable until `purgeAfter`. */
  'file.deleted': { file: FileSnapshot; purgeAfter: string };
  'file.restored': { file: FileSnapshot };
  /** Gone for good after its retention period, or with its work item. */
  'file.purged': { file: FileSnapshot };
  'link_attachment.upserted': { linkAttachment: LinkAttachmentSnapshot; created: boolean };
  'link_attachment.deleted': { linkAttachment: LinkAttachmentSnapshot };
  /**
   * A webhook endpoint stopped receiving deliveries: it answered 410 Gone, or failed for days;
   * `aggregateId` is the endpoint. `projectId` is its project, null for an organization's endpoint.
   */
  'webhook_endpoint.disabled': {
    endpointId: string;
    url: string;
    reason: 'GONE' | 'FAILING';
    failingSince: string | null;
    /**
     * Who registered the endpoint. The notifications service tells them and the organization's
     * OWNERs and ADMINs as the users service knows them when it makes the notice (version 2; version
     * 1 carried `recipientIds` instead, the admins as the integrations service had copied them).
     */
    registrantId: string;
  };
}

export type EventType = keyof EventPayloads;

/** The current payload version of each type; bump it (and document the change) when a payload changes shape. */
export const eventVersions: { [T in EventType]: number } = {
  'work_item.created': 1,
  'work_item.updated': 1,
  'work_item.transitioned': 1,
  'work_item.moved': 1,
  'work_item.archived': 1,
  'work_item.restored': 1,
  'work_item.deleted': 1,
  'work_item.commented': 1,
  'work_item.comment_deleted': 1,
  'work_item.worklog_added': 1,
  'work_item.worklog_updated': 1,
  'work_item.worklog_deleted': 1,
  'work_item.linked': 1,
  'work_item.unlinked': 1,
  'project.created': 1,
  'project.updated': 1,
  'project.archived': 1,
  'project.restored': 1,
  'project.deleted': 1,
  'project.member_added': 1,
  'project.member_role_changed': 1,
  'project.member_removed': 1,
  'project.team_attached': 1,
  'project.team_detached': 1,
  'team.member_added': 1,
  'team.member_removed': 1,
  'sprint.created': 1,
  'sprint.updated': 1,
  'sprint.deleted': 1,
  'sprint.started': 1,
  'sprint.completed': 1,
  'sprint.scope_changed': 1,
  'sprint.capacity_changed': 1,
  'sprint_placement.changed': 1,
  'notification.created': 1,
  'watch.changed': 1,
  'organization.member_added': 1,
  'organization.member_role_changed': 1,
  'organization.member_removed': 1,
  'organization.deleted': 1,
  'organization.invitation_created': 1,
  'dashboard.report_due': 1,
  'file.attached': 1,
  'file.version_added': 1,
  'file.updated': 1,
  'file.deleted': 1,
  'file.restored': 1,
  'file.purged': 1,
  'link_attachment.upserted': 1,
  'link_attachment.deleted': 1,
  'webhook_endpoint.disabled': 2,
};

/**
 * One event, as written to the outbox and carried on a stream. IDs are raw database uuids (not
 * GraphQL global IDs); times are ISO 8601 strings. See docs/events.md.
 */
export interface EventEnvelope<T extends EventType = EventType> {
  /** Unique per event; consumers deduplicate on it. */
  id: string;
  type: T;
  version: number;
  occurredAt: string;
  /** The user who made the change; null for changes the system made. */
  actorId: string | null;
  organizationId: string;
  /** The project the change belongs to; null for events above projects (teams, organizations). */
  projectId: string | null;
  /** The changed entity: a work item, project, team, sprint, organization, dashboard, file, link attachment or webhook endpoint id. */
  aggregateId: string;
  payload: EventPayloads[T];
}

export type AnyEventEnvelope = { [T in EventType]: EventEnvelope<T> }[EventType];

/** The stream a type travels on. */
export function streamOf(type: EventType): EventStream {
  if (type.startsWith('work_item.')) return 'work-items';
  if (type.startsWith('notification.') || type.startsWith('watch.')) return 'notifications';
  if (type.startsWith('organization.')) return 'users';
  if (type.startsWith('dashboard.')) return 'analytics';
  if (type.startsWith('file.') || type.startsWith('link_attachment.')) return 'files';
  if (type.startsWith('webhook_endpoint.')) return 'integrations';
  return type.startsWith('sprint.') || type.startsWith('sprint_placement.') ? 'sprints' : 'projects';
}

export interface NewEvent<T extends EventType> {
  type: T;
  actorId: string | null;
  organizationId: string;
  projectId: string | null;
  aggregateId: string;
  payload: EventPayloads[T];
  occurredAt?: Date;
}

export function createEvent<T extends EventType>(event: NewEvent<T>): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type: event.type,
    version: eventVersions[event.type],
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    actorId: event.actorId,
    organizationId: event.organizationId,
    projectId: event.projectId,
    aggregateId: event.aggregateId,
    payload: event.payload,
  };
}
