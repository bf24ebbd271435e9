import {
  createEvent,
  type AnyEventEnvelope,
  type FileSnapshot,
  type LinkAttachmentSnapshot,
  type WorkItemSnapshot,
} from '../../../lib/events/envelope';
import {
  autoWatchesOf,
  newAttachmentOf,
  recipientsOf,
  sprintItemIdsOf,
  workItemIdOf,
} from '../../../subgraphs/notifications/projection/recipients';
import { summaryOf } from '../../../subgraphs/notifications/projection/summaries';

const [ada, mo, vi, otto, reporter] = ['ada', 'mo', 'vi', 'otto', 'rep'].map((name) => `user-${name}`) as [
  string,
  string,
  string,
  string,
  string,
];

const item: WorkItemSnapshot = {
  id: 'item-1',
  projectId: 'project-1',
  key: 'WEB-3',
  title: 'Fix login',
  type: 'TASK',
  stateId: 'state-1',
  stateCategory: 'TODO',
  assigneeId: null,
  reporterId: reporter,
  estimate: null,
  parentId: null,
  archived: false,
  version: 2,
  stateName: 'To do',
  labelIds: [],
  createdAt: '2026-03-01T09:00:00.000Z',
};

const base = { actorId: ada, organizationId: 'org-1', projectId: 'project-1', aggregateId: 'item-1' };
const noFacts = { watcherIds: [], sprintAssigneeIds: [] };

const updated = (changedFields: string[], assigneeId: string | null): AnyEventEnvelope =>
  createEvent({ ...base, type: 'work_item.updated', payload: { workItem: { ...item, assigneeId }, changedFields } });

const transitioned = (changedFields: string[], assigneeId: string | null): AnyEventEnvelope =>
  createEvent({
    ...base,
    type: 'work_item.transitioned',
    payload: {
      workItem: { ...item, assigneeId, stateCategory: 'DONE' },
      changedFields,
      fromStateId: 's1',
      toStateId: 's2',
      fromCategory: 'TODO',
      toCategory: 'DONE',
    },
  });

const commented = (authorId: string, mentionedUserIds: string[]): AnyEventEnvelope =>
  createEvent({
    ...base,
    actorId: authorId,
    type: 'work_item.commented',
    payload: { workItem: item, commentId: 'c1', authorId, mentionedUserIds },
  });

describe('recipients of an event', () => {
  it('notifies a new assignee, not the actor assigning themselves, nor an update that leaves the assignee', () => {
    expect(recipientsOf(updated(['assignee'], mo), noFacts)).toEqual([{ userId: mo, type: 'ASSIGNED' }]);
    expect(recipientsOf(updated(['assignee'], ada), noFacts)).toEqual([]);
    expect(recipientsOf(updated(['assignee'], null), noFacts)).toEqual([]);
    expect(recipientsOf(updated(['title'], mo), { watcherIds: [mo, vi], sprintAssigneeIds: [] })).toEqual([]);
  });

  it('notifies a set assignee on creation, and the reporter starts watching', () => {
    const created = createEvent({
      ...base,
      type: 'work_item.created',
      payload: { workItem: { ...item, assigneeId: mo } },
    });
    expect(recipientsOf(created, noFacts)).toEqual([{ userId: mo, type: 'ASSIGNED' }]);
    expect(autoWatchesOf(created)).toEqual([
      { userId: reporter, reason: 'REPORTER', overridesUnwatch: false },
      { userId: mo, reason: 'ASSIGNEE', overridesUnwatch: true },
    ]);
  });

  it('notifies watchers of a state change, the assignment winning for a new assignee', () => {
    const facts = { watcherIds: [ada, mo, vi], sprintAssigneeIds: [] };
    expect(recipientsOf(transitioned(['state'], null), facts)).toEqual([
      { userId: mo, type: 'STATE_CHANGED' },
      { userId: vi, type: 'STATE_CHANGED' },
    ]);
    expect(recipientsOf(transitioned(['state', 'assignee'], vi), facts)).toEqual([
      { userId: vi, type: 'ASSIGNED' },
      { userId: mo, type: 'STATE_CHANGED' },
    ]);
  });

  it('notifies watchers of a board move only when the state changed', () => {
    const moved = (changedFields: string[]) =>
      createEvent({ ...base, type: 'work_item.moved', payload: { workItem: item, changedFields } });
    const facts = { watcherIds: [mo], sprintAssigneeIds: [] };
    expect(recipientsOf(moved(['rank']), facts)).toEqual([]);
    expect(recipientsOf(moved(['state', 'rank']), facts)).toEqual([{ userId: mo, type: 'STATE_CHANGED' }]);
  });

  it('mentions win over comments, and the commenter hears nothing and watches again', () => {
    const event = commented(mo, [vi, otto, mo]);
    const facts = { watcherIds: [ada, mo, vi, reporter], sprintAssigneeIds: [] };
    expect(recipientsOf(event, facts)).toEqual([
      { userId: vi, type: 'MENTIONED' },
      { userId: otto, type: 'MENTIONED' },
      { userId: ada, type: 'COMMENTED' },
      { userId: reporter, type: 'COMMENTED' },
    ]);
    expect(autoWatchesOf(event)).toEqual([{ userId: mo, reason: 'COMMENTER', overridesUnwatch: true }]);
  });

  it('notifies a user added to a project, unless they added themselves', () => {
    const added = (userId: string) =>
      createEvent({
        ...base,
        aggregateId: 'project-1',
        type: 'project.member_added',
        payload: { userId, role: 'MEMBER' },
      });
    expect(recipientsOf(added(mo), noFacts)).toEqual([{ userId: mo, type: 'ADDED_TO_PROJECT' }]);
    expect(recipientsOf(added(ada), noFacts)).toEqual([]);
  });

  it('notifies the assignees of a sprint’s items when it starts or completes', () => {
    const sprint = {
      id: 'sprint-1',
      projectId: 'project-1',
      name: 'Sprint 4',
      state: 'ACTIVE',
      startDate: '2030-01-01',
      endDate: '2030-01-14',
    };
    const started = createEvent({
      ...base,
      aggregateId: sprint.id,
      type: 'sprint.started',
      payload: { sprint, workItemIds: ['a', 'b'], committedPoints: 3 },
    });
    const completed = createEvent({
      ...base,
      aggregateId: sprint.id,
      type: 'sprint.completed',
      payload: {
        sprint,
        completedWorkItemIds: ['a'],
        carriedOverWorkItemIds: ['b'],
        carriedOverToSprintId: null,
        completedPoints: 1,
      },
    });
    expect(sprintItemIdsOf(started)).toEqual(['a', 'b']);
    expect(sprintItemIdsOf(completed)).toEqual(['a', 'b']);
    const facts = { watcherIds: [], sprintAssigneeIds: [ada, mo, vi] };
    expect(recipientsOf(started, facts)).toEqual([
      { userId: mo, type: 'SPRINT_STARTED' },
      { userId: vi, type: 'SPRINT_STARTED' },
    ]);
    expect(recipientsOf(completed, facts).map((r) => r.type)).toEqual(['SPRINT_COMPLETED', 'SPRINT_COMPLETED']);
  });

  it('ignores events that notify nobody', () => {
    const archived = createEvent({ ...base, type: 'work_item.archived', payload: { workItem: item } });
    expect(recipientsOf(archived, { watcherIds: [mo], sprintAssigneeIds: [] })).toEqual([]);
    expect(autoWatchesOf(archived)).toEqual([]);
  });
});

describe('recipients of a disabled webhook endpoint', () => {
  const disabled = (registrantId: string) =>
    createEvent({
      ...base,
      actorId: null,
      projectId: null,
      aggregateId: 'endpoint-1',
      type: 'webhook_endpoint.disabled',
      payload: {
        endpointId: 'endpoint-1',
        url: 'https://hooks.example.com',
        reason: 'GONE',
        failingSince: null,
        registrantId,
      },
    });

  it('are the organization’s admins as users answered and the registrant, each once', () => {
    const facts = { ...noFacts, organizationAdminIds: [ada, vi] };
    expect(recipientsOf(disabled(mo), facts)).toEqual(
      [ada, vi, mo].map((userId) => ({ userId, type: 'WEBHOOK_ENDPOINT_DISABLED' })),
    );
    expect(recipientsOf(disabled(ada), facts).map((r) => r.userId)).toEqual([ada, vi]);
  });

  it('of a version-1 event are the recipientIds it carried', () => {
    const { registrantId: _registrantId, ...payload } = disabled(mo).payload;
    const legacy = { ...disabled(mo), version: 1, payload: { ...payload, recipientIds: [otto, mo] } };
    expect(recipientsOf(legacy as unknown as AnyEventEnvelope, { ...noFacts, organizationAdminIds: [ada] })).toEqual(
      [otto, mo].map((userId) => ({ userId, type: 'WEBHOOK_ENDPOINT_DISABLED' })),
    );
  });
});

describe('recipients of an attachment', () => {
  const file: FileSnapshot = {
    id: 'file-1',
    projectId: 'project-1',
    targetKind: 'WORK_ITEM',
    targetId: 'item-1',
    workItemId: 'item-1',
    name: 'design.pdf',
    contentType: 'application/pdf',
    byteSize: 1234,
    versionNumber: 1,
    uploadedBy: ada,
    deleted: false,
  };
  const link: LinkAttachmentSnapshot = {
    id: 'link-1',
    projectId: 'project-1',
    targetKind: 'WORK_ITEM',
    targetId: 'item-1',
    workItemId: 'item-1',
    url: 'https://example.com/pull/1',
    title: 'Pull request 1',
  };
  const filesBase = { ...base, aggregateId: 'file-1' };
  const attached = (snapshot: FileSnapshot = file) =>
    createEvent({ ...filesBase, type: 'file.attached', payload: { file: snapshot } });
  const upserted = (created: boolean, snapshot: LinkAttachmentSnapshot = link) =>
    createEvent({
      ...filesBase,
      aggregateId: 'link-1',
      type: 'link_attachment.upserted',
      payload: { linkAttachment: snapshot, created },
    });
  const facts = { watcherIds: [ada, mo, reporter], sprintAssigneeIds: [] };

  it('notifies the item’s watchers but the actor of a new file, a new version and a new link, like a comment', () => {
    const versionAdded = createEvent({
      ...filesBase,
      type: 'file.version_added',
      payload: { file: { ...file, versionNumber: 2 } },
    });
    for (const event of [attached(), versionAdded, upserted(true)]) {
      expect(workItemIdOf(event)).toBe('item-1');
      expect(recipientsOf(event, facts)).toEqual([
        { userId: mo, type: 'ATTACHMENT_ADDED' },
        { userId: reporter, type: 'ATTACHMENT_ADDED' },
      ]);
      expect(autoWatchesOf(event)).toEqual([]);
    }
    expect(newAttachmentOf(versionAdded)).toEqual({
      workItemId: 'item-1',
      kind: 'FILE_VERSION',
      name: 'design.pdf',
      onComment: false,
    });
  });

  it('notifies the watchers of the comment’s item for a file attached to a comment', () => {
    const onComment = attached({ ...file, targetKind: 'COMMENT', targetId: 'comment-1' });
    expect(newAttachmentOf(onComment)).toEqual({
      workItemId: 'item-1',
      kind: 'FILE',
      name: 'design.pdf',
      onComment: true,
    });
    expect(recipientsOf(onComment, facts).map((r) => r.userId)).toEqual([mo, reporter]);
  });

  it('tells nobody of project documents, links upserted again, or files changed, deleted or restored', () => {
    const document = attached({ ...file, targetKind: 'PROJECT', targetId: 'project-1', workItemId: null });
    const updated = createEvent({ ...filesBase, type: 'file.updated', payload: { file, changedFields: ['name'] } });
    const deleted = createEvent({
      ...filesBase,
      type: 'file.deleted',
      payload: { file: { ...file, deleted: true }, purgeAfter: '2030-01-01T00:00:00.000Z' },
    });
    const restored = createEvent({ ...filesBase, type: 'file.restored', payload: { file } });
    for (const event of [document, upserted(false), updated, deleted, restored]) {
      expect(newAttachmentOf(event)).toBeNull();
      expect(workItemIdOf(event)).toBeNull();
      expect(recipientsOf(event, facts)).toEqual([]);
    }
  });
});

describe('summaries', () => {
  const facts = { actorName: 'Ada Admin', itemKey: 'WEB-3', itemTitle: 'Fix login', stateCategory: 'DONE' };

  it('say what happened in one plain sentence', () => {
    expect(summaryOf('ASSIGNED', facts)).toBe('Ada Admin assigned WEB-3 “Fix login” to you.');
    expect(summaryOf('MENTIONED', facts)).toBe('Ada Admin mentioned you in a comment on WEB-3 “Fix login”.');
    expect(summaryOf('COMMENTED', { ...facts, actorName: 'Mo Member' })).toBe(
      'Mo Member commented on WEB-3 “Fix login”.',
    );
    expect(summaryOf('STATE_CHANGED', { ...facts, actorName: 'Mo Member' })).toBe(
      'Mo Member moved WEB-3 “Fix login” to Done.',
    );
    expect(summaryOf('STATE_CHANGED', { ...facts, stateCategory: 'IN_PROGRESS' })).toBe(
      'Ada Admin moved WEB-3 “Fix login” to In progress.',
    );
    expect(summaryOf('ADDED_TO_PROJECT', { actorName: 'Ada Admin', projectKey: 'WEB' })).toBe(
      'Ada Admin added you to the project WEB.',
    );
    expect(summaryOf('ADDED_TO_PROJECT', { actorName: 'Ada Admin' })).toBe('Ada Admin added you to a project.');
    expect(summaryOf('SPRINT_STARTED', { actorName: 'Ada Admin', sprintName: 'Sprint 4' })).toBe(
      'Sprint “Sprint 4” started.',
    );
    expect(summaryOf('SPRINT_COMPLETED', { actorName: null, sprintName: 'Sprint 4' })).toBe(
      'Sprint “Sprint 4” was completed.',
    );
  });

  it('say what was attached to which item, or to a comment on it', () => {
    const attachment = { kind: 'FILE', name: 'design.pdf', onComment: false } as const;
    expect(summaryOf('ATTACHMENT_ADDED', { ...facts, attachment })).toBe(
      'Ada Admin attached “design.pdf” to WEB-3 “Fix login”.',
    );
    expect(summaryOf('ATTACHMENT_ADDED', { ...facts, attachment: { ...attachment, kind: 'FILE_VERSION' } })).toBe(
      'Ada Admin uploaded a new version of “design.pdf” to WEB-3 “Fix login”.',
    );
    expect(
      summaryOf('ATTACHMENT_ADDED', {
        ...facts,
        attachment: { kind: 'LINK', name: 'Pull request 1', onComment: true },
      }),
    ).toBe('Ada Admin attached the link “Pull request 1” to a comment on WEB-3 “Fix login”.');
    expect(summaryOf('ATTACHMENT_ADDED', { actorName: 'Ada Admin', attachment })).toBe(
      'Ada Admin attached “design.pdf” to a work item.',
    );
  });

  it('name no actor for changes the system made', () => {
    expect(summaryOf('ASSIGNED', { ...facts, actorName: null })).toBe('WEB-3 “Fix login” was assigned to you.');
    expect(summaryOf('STATE_CHANGED', { ...facts, actorName: null, stateCategory: 'TODO' })).toBe(
      'WEB-3 “Fix login” moved to To do.',
    );
    expect(summaryOf('ADDED_TO_PROJECT', { actorName: null })).toBe('You were added to a project.');
  });
});
