import {
  createEvent,
  type AnyEventEnvelope,
  type EventPayloads,
  type EventType,
  type FileSnapshot,
  type LinkAttachmentSnapshot,
  type SprintSnapshot,
  type WorkItemSnapshot,
  type WorklogSnapshot,
} from '../../../lib/events/envelope';

/** Fixed uuids, so the generated catalogue page is the same on every run. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const organizationId = uuid(1);
const projectId = uuid(2);
const actorId = uuid(3);
const otherUserId = uuid(4);

const workItem: WorkItemSnapshot = {
  id: uuid(10),
  projectId,
  key: 'WEB-42',
  title: 'Checkout fails on Safari',
  type: 'BUG',
  stateId: uuid(11),
  stateCategory: 'IN_PROGRESS',
  assigneeId: otherUserId,
  reporterId: actorId,
  estimate: 3,
  parentId: null,
  archived: false,
  version: 4,
  stateName: 'In progress',
  labelIds: [uuid(12)],
  createdAt: '2026-11-30T09:00:00.000Z',
};
const worklog: WorklogSnapshot = { id: uuid(17), userId: actorId, day: '2026-03-02', minutes: 90 };
const project = { id: projectId, organizationId, key: 'WEB', name: 'Website' };
const sprint: SprintSnapshot = {
  id: uuid(20),
  projectId,
  name: 'Sprint 14',
  state: 'ACTIVE',
  startDate: '2026-11-30',
  endDate: '2026-12-11',
};
const file: FileSnapshot = {
  id: uuid(30),
  projectId,
  targetKind: 'WORK_ITEM',
  targetId: workItem.id,
  workItemId: workItem.id,
  name: 'safari-console.png',
  contentType: 'image/png',
  byteSize: 48213,
  versionNumber: 1,
  uploadedBy: actorId,
  deleted: false,
};
const link: LinkAttachmentSnapshot = {
  id: uuid(40),
  projectId,
  targetKind: 'WORK_ITEM',
  targetId: workItem.id,
  workItemId: workItem.id,
  url: 'https://github.com/acme/web/pull/812',
  title: 'Fix WEB-42: Safari checkout',
};

/** One payload of each type, as Workgraph writes them. */
const payloads: { [T in EventType]: EventPayloads[T] } = {
  'work_item.created': { workItem },
  'work_item.updated': { workItem, changedFields: ['title', 'assignee'] },
  'work_item.transitioned': {
    workItem,
    changedFields: ['state'],
    fromStateId: uuid(13),
    toStateId: workItem.stateId,
    fromCategory: 'TODO',
    toCategory: 'IN_PROGRESS',
  },
  'work_item.moved': { workItem, changedFields: ['rank'] },
  'work_item.archived': { workItem: { ...workItem, archived: true } },
  'work_item.restored': { workItem },
  'work_item.deleted': { workItem },
  'work_item.commented': {
    workItem,
    commentId: uuid(14),
    authorId: actorId,
    mentionedUserIds: [otherUserId],
    parentCommentId: null,
  },
  'work_item.comment_deleted': { workItem, commentId: uuid(14) },
  'work_item.worklog_added': { workItem, worklog },
  'work_item.worklog_updated': { workItem, worklog: { ...worklog, minutes: 120 } },
  'work_item.worklog_deleted': { workItem, worklog },
  'work_item.linked': { workItem, linkType: 'BLOCKS', otherWorkItemId: uuid(15) },
  'work_item.unlinked': { workItem, linkType: 'BLOCKS', otherWorkItemId: uuid(15) },
  'project.created': { project },
  'project.updated': { project, changedFields: ['name'] },
  'project.archived': { project },
  'project.restored': { project },
  'project.deleted': { project },
  'project.member_added': { userId: otherUserId, role: 'MEMBER' },
  'project.member_role_changed': { userId: otherUserId, role: 'ADMIN', previousRole: 'MEMBER' },
  'project.member_removed': { userId: otherUserId, previousRole: 'ADMIN' },
  'project.team_attached': { teamId: uuid(50), role: 'MEMBER' },
  'project.team_detached': { teamId: uuid(50) },
  'team.member_added': { teamId: uuid(50), userId: otherUserId },
  'team.member_removed': { teamId: uuid(50), userId: otherUserId },
  'sprint.created': { sprint: { ...sprint, state: 'PLANNED' } },
  'sprint.updated': { sprint, changedFields: ['goal'] },
  'sprint.deleted': { sprint: { ...sprint, state: 'PLANNED' }, workItemIds: [workItem.id] },
  'sprint.started': { sprint, workItemIds: [workItem.id], committedPoints: 21 },
  'sprint.completed': {
    sprint: { ...sprint, state: 'COMPLETED' },
    completedWorkItemIds: [uuid(16)],
    carriedOverWorkItemIds: [workItem.id],
    carriedOverToSprintId: uuid(21),
    completedPoints: 18,
  },
  'sprint.scope_changed': { sprint, addedWorkItemIds: [workItem.id], removedWorkItemIds: [] },
  'sprint.capacity_changed': { sprint },
  'sprint_placement.changed': { workItemId: workItem.id, sprintId: sprint.id, version: 7 },
  'notification.created': { notificationId: uuid(60), recipientId: otherUserId, type: 'ASSIGNED' },
  'watch.changed': { workItemId: workItem.id, userId: otherUserId, watching: true, version: 2 },
  'organization.member_added': { userId: otherUserId, role: 'MEMBER' },
  'organization.member_role_changed': { userId: otherUserId, role: 'ADMIN', previousRole: 'MEMBER' },
  'organization.member_removed': { userId: otherUserId, previousRole: 'MEMBER' },
  'organization.deleted': { organization: { id: organizationId, slug: 'acme', name: 'Acme' } },
  'organization.invitation_created': {
    invitationId: uuid(70),
    email: 'ada@example.com',
    role: 'MEMBER',
    inviteeId: null,
    organizationName: 'Acme',
    nonce: 'secret-nonce',
    expiresAt: '2026-12-11T09:00:00.000Z',
  },
  'dashboard.report_due': {
    recipientId: otherUserId,
    week: '2026-11-30',
    dashboardName: 'Delivery',
    dashboardUrl: 'https://workgraph.example/dashboards/1',
    widgets: [],
    chartLinksExpireAt: '2026-12-14T09:00:00.000Z',
  },
  'file.attached': { file },
  'file.version_added': { file: { ...file, versionNumber: 2 } },
  'file.updated': { file, changedFields: ['altText'] },
  'file.deleted': { file: { ...file, deleted: true }, purgeAfter: '2027-01-03T09:00:00.000Z' },
  'file.restored': { file },
  'file.purged': { file: { ...file, deleted: true } },
  'link_attachment.upserted': { linkAttachment: link, created: true },
  'link_attachment.deleted': { linkAttachment: link },
  'webhook_endpoint.disabled': {
    endpointId: uuid(80),
    url: 'https://hooks.example.com/workgraph',
    reason: 'GONE',
    failingSince: null,
    registrantId: actorId,
  },
};

const aboveProjects = (type: EventType) => type.startsWith('team.') || type.startsWith('organization.');

/** One envelope of every event type, public or internal, at a fixed time. */
export function sampleEvents(): AnyEventEnvelope[] {
  return (Object.keys(payloads) as EventType[]).map((type, index) => {
    const event = createEvent({
      type,
      actorId,
      organizationId,
      projectId: aboveProjects(type) ? null : projectId,
      aggregateId: uuid(100 + index),
      payload: payloads[type],
      occurredAt: new Date(Date.UTC(2026, 11, 4, 9, 0, index)),
    });
    return { ...event, id: uuid(1000 + index) } as AnyEventEnvelope;
  });
}
