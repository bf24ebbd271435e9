import { z } from 'zod';
import type { EventPayloads, EventType, WorklogSnapshot } from '../../../lib/events/envelope';
import { toGlobalId } from '../../../lib/ids';
import * as shape from './shapes';

export type PayloadMode = 'THIN' | 'FULL';

/** One public event type: its description and the type-specific fields of `data` in each mode. */
export interface CatalogueEntry<T extends EventType = EventType> {
  description: string;
  full: z.ZodObject;
  thin: z.ZodObject;
  data(payload: EventPayloads[T], mode: PayloadMode): Record<string, unknown>;
}

type Payload<T extends EventType> = EventPayloads[T];

/** A type whose fields are the same in both modes. */
function plain<T extends EventType>(
  description: string,
  fields: z.ZodRawShape,
  of: (payload: Payload<T>) => Record<string, unknown>,
): CatalogueEntry<T> {
  const object = z.strictObject(fields);
  return { description, full: object, thin: object, data: (payload) => of(payload) };
}

/** A type carrying one entity: whole in FULL, its ids in THIN; `extra` fields are in both. */
function withEntity<T extends EventType, S>(
  name: string,
  entity: { full: z.ZodObject; thin: z.ZodObject; fullOf(snapshot: S): object; thinOf(snapshot: S): object },
  snapshotOf: (payload: Payload<T>) => S,
) {
  return (
    description: string,
    extra: z.ZodRawShape = {},
    extraOf: (payload: Payload<T>) => Record<string, unknown> = () => ({}),
  ): CatalogueEntry<T> => ({
    description,
    full: z.strictObject({ [name]: entity.full, ...extra }),
    thin: z.strictObject({ [name]: entity.thin, ...extra }),
    data: (payload, mode) => ({
      [name]: mode === 'FULL' ? entity.fullOf(snapshotOf(payload)) : entity.thinOf(snapshotOf(payload)),
      ...extraOf(payload),
    }),
  });
}

const workItemEntity = {
  full: shape.workItemFull,
  thin: shape.workItemThin,
  fullOf: shape.fullWorkItem,
  thinOf: shape.thinWorkItem,
};
const workItem = <T extends EventType & `work_item.${string}`>() =>
  withEntity<T, Payload<T>['workItem']>('workItem', workItemEntity, (payload) => payload.workItem);
const project = <
  T extends 'project.created' | 'project.updated' | 'project.archived' | 'project.restored' | 'project.deleted',
>() =>
  withEntity<T, Payload<T>['project']>(
    'project',
    { full: shape.projectFull, thin: shape.projectThin, fullOf: shape.fullProject, thinOf: shape.thinProject },
    (payload) => payload.project,
  );
const sprint = <T extends EventType & `sprint.${string}`>() =>
  withEntity<T, Payload<T>['sprint']>(
    'sprint',
    { full: shape.sprintFull, thin: shape.sprintThin, fullOf: shape.fullSprint, thinOf: shape.thinSprint },
    (payload) => payload.sprint,
  );
const file = <T extends EventType & `file.${string}`>() =>
  withEntity<T, Payload<T>['file']>(
    'file',
    { full: shape.fileFull, thin: shape.fileThin, fullOf: shape.fullFile, thinOf: shape.thinFile },
    (payload) => payload.file,
  );
const link = <T extends EventType & `link_attachment.${string}`>() =>
  withEntity<T, Payload<T>['linkAttachment']>(
    'linkAttachment',
    { full: shape.linkFull, thin: shape.linkThin, fullOf: shape.fullLink, thinOf: shape.thinLink },
    (payload) => payload.linkAttachment,
  );

const user = shape.globalId('User');
const projectRole = z.enum(['ADMIN', 'MEMBER', 'VIEWER']);
const organizationRole = z.enum(['OWNER', 'ADMIN', 'MEMBER']);
const itemIds = z.array(shape.globalId('WorkItem'));
const changed = { changedFields: shape.changedFields };
const changedOf = (payload: { changedFields: string[] }) => ({ changedFields: payload.changedFields });
const linkFields = {
  linkType: z.string().describe("The link's type from this item's side, e.g. `BLOCKS`, `IS_BLOCKED_BY`."),
  otherWorkItemId: shape.globalId('WorkItem'),
};
const linkOf = (payload: { linkType: string; otherWorkItemId: string }) => ({
  linkType: payload.linkType,
  otherWorkItemId: toGlobalId('WorkItem', payload.otherWorkItemId),
});
const worklogFields = { worklog: shape.worklog };
const worklogOfPayload = (payload: { worklog: WorklogSnapshot }) => ({ worklog: shape.worklogOf(payload.worklog) });

/**
 * Every event type, public or not. `null` marks an internal type that never leaves Workgraph:
 * invitation tokens, chart links that are credentials, one person's notifications, and the
 * disabling of an endpoint (its admins are notified; a disabled endpoint could not hear it). A new event
 * type does not compile until it is placed here.
 */
export const catalogueEntries: { [T in EventType]: CatalogueEntry<T> | null } = {
  'work_item.created': workItem<'work_item.created'>()('A work item was created.'),
  'work_item.updated': workItem<'work_item.updated'>()('Fields of a work item changed.', changed, changedOf),
  'work_item.transitioned': workItem<'work_item.transitioned'>()(
    'A work item moved to another workflow state.',
    { ...changed, fromState: shape.stateRef, toState: shape.stateRef },
    (payload) => ({
      ...changedOf(payload),
      fromState: { id: toGlobalId('WorkflowState', payload.fromStateId), category: payload.fromCategory },
      toState: { id: toGlobalId('WorkflowState', payload.toStateId), category: payload.toCategory },
    }),
  ),
  'work_item.moved': workItem<'work_item.moved'>()(
    'A work item was moved on a board: its rank changed, and its state too when `changedFields` has `state`.',
    changed,
    changedOf,
  ),
  'work_item.archived': workItem<'work_item.archived'>()('A work item was archived.'),
  'work_item.restored': workItem<'work_item.restored'>()('An archived work item was restored.'),
  'work_item.deleted': workItem<'work_item.deleted'>()('A work item was deleted; this is its last state.'),
  'work_item.commented': workItem<'work_item.commented'>()(
    'Someone commented on a work item.',
    {
      commentId: shape.globalId('Comment'),
      authorId: user,
      mentionedUserIds: z.array(user),
      parentCommentId: shape
        .globalId('Comment')
        .nullable()
        .describe('The comment that starts the thread this one replies to; null for a new thread.'),
    },
    (payload) => ({
      commentId: toGlobalId('Comment', payload.commentId),
      authorId: toGlobalId('User', payload.authorId),
      mentionedUserIds: shape.globalIds('User', payload.mentionedUserIds),
      parentCommentId: shape.idOrNull('Comment', payload.parentCommentId ?? null),
    }),
  ),
  'work_item.comment_deleted': workItem<'work_item.comment_deleted'>()(
    'A comment of a work item was deleted.',
    { commentId: shape.globalId('Comment') },
    (payload) => ({ commentId: toGlobalId('Comment', payload.commentId) }),
  ),
  'work_item.worklog_added': workItem<'work_item.worklog_added'>()(
    'Someone logged time on a work item.',
    worklogFields,
    worklogOfPayload,
  ),
  'work_item.worklog_updated': workItem<'work_item.worklog_updated'>()(
    "A worklog's day, minutes or note changed; `worklog` is as it is now.",
    worklogFields,
    worklogOfPayload,
  ),
  'work_item.worklog_deleted': workItem<'work_item.worklog_deleted'>()(
    'A worklog was deleted; `worklog` is as it was.',
    worklogFields,
    worklogOfPayload,
  ),
  'work_item.linked': workItem<'work_item.linked'>()(
    'Two work items were linked; sent once for each side, in its own project.',
    linkFields,
    linkOf,
  ),
  'work_item.unlinked': workItem<'work_item.unlinked'>()(
    'A link between two work items was removed; sent once for each side.',
    linkFields,
    linkOf,
  ),
  'project.created': project<'project.created'>()('A project was created.'),
  'project.updated': project<'project.updated'>()('Fields of a project changed.', changed, changedOf),
  'project.archived': project<'project.archived'>()(
    'The project was archived: its work is read-only until it is restored.',
  ),
  'project.restored': project<'project.restored'>()('The archived project was restored: its work can change again.'),
  'project.deleted': project<'project.deleted'>()(
    'The archived project was deleted, with its work items, sprints, files and notifications; the last event about it.',
  ),
  'project.member_added': plain<'project.member_added'>(
    'Someone was given a role in the project.',
    { userId: user, role: projectRole },
    (payload) => ({ userId: toGlobalId('User', payload.userId), role: payload.role }),
  ),
  'project.member_role_changed': plain<'project.member_role_changed'>(
    "A project member's role changed.",
    { userId: user, role: projectRole, previousRole: projectRole },
    (payload) => ({
      userId: toGlobalId('User', payload.userId),
      role: payload.role,
      previousRole: payload.previousRole,
    }),
  ),
  'project.member_removed': plain<'project.member_removed'>(
    'Someone lost their role in the project.',
    { userId: user, previousRole: projectRole },
    (payload) => ({ userId: toGlobalId('User', payload.userId), previousRole: payload.previousRole }),
  ),
  'project.team_attached': plain<'project.team_attached'>(
    'A team was given a role in the project.',
    { teamId: shape.globalId('Team'), role: projectRole },
    (payload) => ({ teamId: toGlobalId('Team', payload.teamId), role: payload.role }),
  ),
  'project.team_detached': plain<'project.team_detached'>(
    'A team lost its role in the project.',
    { teamId: shape.globalId('Team') },
    (payload) => ({ teamId: toGlobalId('Team', payload.teamId) }),
  ),
  'team.member_added': plain<'team.member_added'>(
    'Someone joined a team (no project: a team may be attached to several).',
    { teamId: shape.globalId('Team'), userId: user },
    (payload) => ({ teamId: toGlobalId('Team', payload.teamId), userId: toGlobalId('User', payload.userId) }),
  ),
  'team.member_removed': plain<'team.member_removed'>(
    'Someone left a team.',
    { teamId: shape.globalId('Team'), userId: user },
    (payload) => ({ teamId: toGlobalId('Team', payload.teamId), userId: toGlobalId('User', payload.userId) }),
  ),
  'sprint.created': sprint<'sprint.created'>()('A sprint was planned.'),
  'sprint.updated': sprint<'sprint.updated'>()('Fields of a sprint changed.', changed, changedOf),
  'sprint.deleted': sprint<'sprint.deleted'>()(
    'A planned sprint was deleted; its items went back to the backlog.',
    { workItemIds: itemIds },
    (payload) => ({ workItemIds: shape.globalIds('WorkItem', payload.workItemIds) }),
  ),
  'sprint.started': sprint<'sprint.started'>()(
    'A sprint started, with its committed scope.',
    { workItemIds: itemIds, committedPoints: z.number() },
    (payload) => ({
      workItemIds: shape.globalIds('WorkItem', payload.workItemIds),
      committedPoints: payload.committedPoints,
    }),
  ),
  'sprint.completed': sprint<'sprint.completed'>()(
    'A sprint was completed; unfinished items were carried over.',
    {
      completedWorkItemIds: itemIds,
      carriedOverWorkItemIds: itemIds,
      carriedOverToSprintId: shape.globalId('Sprint').nullable().describe('Null: the backlog.'),
      completedPoints: z.number(),
    },
    (payload) => ({
      completedWorkItemIds: shape.globalIds('WorkItem', payload.completedWorkItemIds),
      carriedOverWorkItemIds: shape.globalIds('WorkItem', payload.carriedOverWorkItemIds),
      carriedOverToSprintId: shape.idOrNull('Sprint', payload.carriedOverToSprintId),
      completedPoints: payload.completedPoints,
    }),
  ),
  'sprint.scope_changed': sprint<'sprint.scope_changed'>()(
    'Items joined or left a sprint.',
    { addedWorkItemIds: itemIds, removedWorkItemIds: itemIds },
    (payload) => ({
      addedWorkItemIds: shape.globalIds('WorkItem', payload.addedWorkItemIds),
      removedWorkItemIds: shape.globalIds('WorkItem', payload.removedWorkItemIds),
    }),
  ),
  'sprint.capacity_changed': sprint<'sprint.capacity_changed'>()("A sprint's capacity changed."),
  'organization.member_added': plain<'organization.member_added'>(
    'Someone joined the organization.',
    { userId: user, role: organizationRole },
    (payload) => ({ userId: toGlobalId('User', payload.userId), role: payload.role }),
  ),
  'organization.member_role_changed': plain<'organization.member_role_changed'>(
    "An organization member's role changed.",
    { userId: user, role: organizationRole, previousRole: organizationRole },
    (payload) => ({
      userId: toGlobalId('User', payload.userId),
      role: payload.role,
      previousRole: payload.previousRole,
    }),
  ),
  'organization.member_removed': plain<'organization.member_removed'>(
    'Someone left the organization and lost every access to it.',
    { userId: user, previousRole: organizationRole },
    (payload) => ({ userId: toGlobalId('User', payload.userId), previousRole: payload.previousRole }),
  ),
  'file.attached': file<'file.attached'>()('A file was attached to a work item, a comment or a project.'),
  'file.version_added': file<'file.version_added'>()('A new version of a file was uploaded.'),
  'file.updated': file<'file.updated'>()("A file's name, alt text, tags or other details changed.", changed, changedOf),
  'file.deleted': file<'file.deleted'>()(
    'A file was deleted; it can be restored until `purgeAfter`.',
    { purgeAfter: z.iso.datetime() },
    (payload) => ({ purgeAfter: payload.purgeAfter }),
  ),
  'file.restored': file<'file.restored'>()('A deleted file was restored.'),
  'file.purged': file<'file.purged'>()('A file is gone for good.'),
  'link_attachment.upserted': link<'link_attachment.upserted'>()(
    'A link was attached to a work item, a comment or a project, or its title changed.',
    { created: z.boolean() },
    (payload) => ({ created: payload.created }),
  ),
  'link_attachment.deleted': link<'link_attachment.deleted'>()('A link attachment was removed.'),
  'notification.created': null,
  // Carried by sprint.scope_changed, completed and deleted already; this one feeds read models.
  'sprint_placement.changed': null,
  // Watching is personal: read models keep it (work-items' watcher filter); no public event.
  'watch.changed': null,
  'organization.invitation_created': null,
  'dashboard.report_due': null,
  'webhook_endpoint.disabled': null,
  // Every endpoint of the organization is deleted with it: none is left to receive it.
  'organization.deleted': null,
};
