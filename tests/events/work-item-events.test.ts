import type { AnyEventEnvelope, WorkItemSnapshot } from '../../lib/events/envelope';
import {
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  useTestStack,
  type GraphQLResponse,
  type ProjectTeam,
} from '../testkit';
import { outboxEventsOf, outboxRowsOf, streamEventIds, waitUntilPublished } from '../testkit/outbox';

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
const run = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
  graphql(stack.routerUrl, query, variables, { token });

const ops = {
  update: `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { version } } }`,
  bulk: `mutation ($input: BulkUpdateWorkItemsInput!) { bulkUpdateWorkItems(input: $input) { workItems { id } } }`,
  transition: `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { id } } }`,
  move: `mutation ($input: MoveWorkItemInput!) { moveWorkItem(input: $input) { workItem { id } } }`,
  archive: `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { id } } }`,
  restore: `mutation ($input: RestoreWorkItemInput!) { restoreWorkItem(input: $input) { workItem { id } } }`,
  delete: `mutation ($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }`,
  comment: `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
  link: `mutation ($input: LinkWorkItemsInput!) { linkWorkItems(input: $input) { source { id } } }`,
  unlink: `mutation ($input: UnlinkWorkItemsInput!) { unlinkWorkItems(input: $input) { source { id } } }`,
  createLabel: `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }`,
  deleteLabel: `mutation ($input: DeleteLabelInput!) { deleteLabel(input: $input) { deletedLabelId } }`,
  createField: `mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }`,
  deleteField: `mutation ($input: DeleteCustomFieldInput!) { deleteCustomField(input: $input) { deletedCustomFieldId } }`,
  deleteState: `mutation ($input: DeleteWorkflowStateInput!) { deleteWorkflowState(input: $input) { movedItemCount } }`,
  setTransition: `mutation ($input: SetWorkflowTransitionInput!) { setWorkflowTransition(input: $input) { transition { id } } }`,
  states: `query ($id: ID!) { project(id: $id) { workflow { states { id name category } } } }`,
};

const outboxRows = (action: () => Promise<unknown>) => outboxRowsOf(stack, 'work_items', action);
const eventsOf = (action: () => Promise<unknown>) => outboxEventsOf(stack, 'work_items', action);

async function statesOf(team: ProjectTeam): Promise<Record<string, { id: string; category: string }>> {
  const states = dataOf(await run(team.admin.token, ops.states, { id: team.project.id })).project.workflow.states as {
    id: string;
    name: string;
    category: string;
  }[];
  return Object.fromEntries(states.map((state) => [state.name, { id: state.id, category: state.category }]));
}

/** The snapshot fields every test checks, from the database row as it is now. */
async function snapshotNow(itemId: string): Promise<WorkItemSnapshot> {
  const [row] = await querySql<WorkItemSnapshot & { createdAt: Date }>(
    stack,
    `SELECT w.id::text AS id, w.project_id::text AS "projectId", ps.key || '-' || w.number AS key, w.title, w.type,
       w.state_id::text AS "stateId", s.category AS "stateCategory", w.assignee_id::text AS "assigneeId",
       w.reporter_id::text AS "reporterId", w.estimate, w.parent_id::text AS "parentId",
       w.archived_at IS NOT NULL AS archived, w.version, s.name AS "stateName",
       ARRAY(SELECT label_id::text FROM work_items.work_item_label WHERE work_item_id = w.id) AS "labelIds",
       w.created_at AS "createdAt"
     FROM work_items.work_item w JOIN work_items.workflow_state s ON s.id = w.state_id
     JOIN work_items.project_settings ps ON ps.project_id = w.project_id WHERE w.id = $1`,
    [itemId],
  );
  return { ...row!, labelIds: [...row!.labelIds!].sort(), createdAt: row!.createdAt.toISOString() };
}

const envelopeOf = (team: ProjectTeam, actor: string, itemId: string) => ({
  id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  version: 1,
  occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
  actorId: rawId(actor),
  organizationId: rawId(team.organizationId),
  projectId: rawId(team.project.id),
  aggregateId: itemId,
});

describe('creating and changing a work item', () => {
  test('createWorkItem writes one work_item.created envelope with the new item as its snapshot', async () => {
    const team = await seedProjectTeam(stack);
    const labels: { id: string }[] = [];
    for (const name of ['ux', 'backend', 'api']) {
      const input = { projectId: team.project.id, name, color: '#1d4ed8' };
      labels.push(dataOf(await run(team.member.token, ops.createLabel, { input })).createLabel.label);
    }
    let created: { id: string; key: string } | undefined;
    const rows = await outboxRows(async () => {
      created = await createWorkItem(stack, team.member.token, {
        projectId: team.project.id,
        type: 'STORY',
        title: 'Checkout page',
        estimate: 3,
        assigneeId: team.admin.userId,
        labelIds: labels.map((label) => label.id),
      });
    });
    const itemId = rawId(created!.id);
    const states = await statesOf(team);
    const [createdRow] = await querySql<{ createdAt: Date }>(
      stack,
      `SELECT created_at AS "createdAt" FROM work_items.work_item WHERE id = $1`,
      [itemId],
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ stream: 'work-items', type: 'work_item.created' });
    expect(row!.id).toBe(row!.envelope.id);
    expect(row!.envelope).toEqual({
      ...envelopeOf(team, team.member.userId, itemId),
      type: 'work_item.created',
      payload: {
        workItem: {
          id: itemId,
          projectId: rawId(team.project.id),
          key: created!.key,
          title: 'Checkout page',
          type: 'STORY',
          stateId: rawId(states.Backlog!.id),
          stateCategory: 'BACKLOG',
          assigneeId: rawId(team.admin.userId),
          reporterId: rawId(team.member.userId),
          estimate: 3,
          parentId: null,
          archived: false,
          version: 1,
          stateName: 'Backlog',
          labelIds: labels.map((label) => rawId(label.id)).sort(),
          createdAt: createdRow!.createdAt.toISOString(),
        },
      },
    });
  });

  test('updateWorkItem writes work_item.updated with the changed WorkItem fields and the snapshot after the change', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Old title' });
    const label = dataOf(
      await run(team.member.token, ops.createLabel, {
        input: { projectId: team.project.id, name: 'backend', color: '#1d4ed8' },
      }),
    ).createLabel.label;
    const field = dataOf(
      await run(team.admin.token, ops.createField, {
        input: { projectId: team.project.id, name: 'Team', type: 'TEXT' },
      }),
    ).createCustomField.customField;

    const events = await eventsOf(async () =>
      dataOf(
        await run(team.member.token, ops.update, {
          input: {
            id: item.id,
            expectedVersion: 1,
            title: 'New title',
            assigneeId: team.member.userId,
            labelIds: [label.id],
            customFields: [{ fieldId: field.id, text: 'Payments' }],
            dueDate: '2030-01-31',
          },
        }),
      ),
    );

    const itemId = rawId(item.id);
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.member.userId, itemId),
        type: 'work_item.updated',
        payload: {
          workItem: await snapshotNow(itemId),
          changedFields: ['title', 'assignee', 'labels', 'dueDate', 'customFields'],
        },
      },
    ]);
    expect(events[0]!.payload).toMatchObject({
      workItem: { title: 'New title', assigneeId: rawId(team.member.userId), version: 2 },
    });
  });

  test('an update that changes nothing writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Same' });
    const events = await eventsOf(async () => {
      const res = await run(team.member.token, ops.update, {
        input: { id: item.id, expectedVersion: 1, title: 'Same', priority: 'NONE' },
      });
      expect(dataOf(res).updateWorkItem.workItem.version).toBe(1);
    });
    expect(events).toEqual([]);
  });

  test('an update with a stale expectedVersion is a CONFLICT and writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.update, { input: { id: item.id, expectedVersion: 1, title: 'Second' } }));
    const events = await eventsOf(async () => {
      const res = await run(team.member.token, ops.update, {
        input: { id: item.id, expectedVersion: 1, title: 'Lost' },
      });
      expect(errorOf(res).code).toBe('CONFLICT');
    });
    expect(events).toEqual([]);
  });

  test('an update refused as BAD_USER_INPUT writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const events = await eventsOf(async () => {
      const res = await run(team.member.token, ops.update, {
        input: { id: item.id, expectedVersion: 1, assigneeId: team.outsider.userId },
      });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assigneeId' });
    });
    expect(events).toEqual([]);
  });
});

describe('bulk updates', () => {
  test('bulkUpdateWorkItems writes one event per changed item and none for items already as asked', async () => {
    const team = await seedProjectTeam(stack);
    const [a, b, c] = [
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, priority: 'HIGH' }),
      await createWorkItem(stack, team.member.token, { projectId: team.project.id }),
      await createWorkItem(stack, team.member.token, { projectId: team.project.id }),
    ];
    const events = await eventsOf(async () =>
      dataOf(
        await run(team.member.token, ops.bulk, {
          input: { ids: [a!.id, b!.id, c!.id], changes: { priority: 'HIGH' } },
        }),
      ),
    );
    expect(events.map((event) => [event.type, event.aggregateId])).toEqual([
      ['work_item.updated', rawId(b!.id)],
      ['work_item.updated', rawId(c!.id)],
    ]);
    for (const event of events) {
      expect(event.payload).toEqual({ workItem: await snapshotNow(event.aggregateId), changedFields: ['priority'] });
    }
  });

  test('a bulk update that changes the state writes work_item.transitioned with every changed field', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const a = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const b = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.transition, { input: { id: b.id, toStateId: states['In progress']!.id } }));
    const events = await eventsOf(async () =>
      dataOf(
        await run(team.member.token, ops.bulk, {
          input: { ids: [a.id, b.id], changes: { toStateId: states['In progress']!.id, priority: 'URGENT' } },
        }),
      ),
    );
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.member.userId, rawId(a.id)),
        type: 'work_item.transitioned',
        payload: {
          workItem: await snapshotNow(rawId(a.id)),
          changedFields: ['state', 'priority'],
          fromStateId: rawId(states.Backlog!.id),
          toStateId: rawId(states['In progress']!.id),
          fromCategory: 'BACKLOG',
          toCategory: 'IN_PROGRESS',
        },
      },
      {
        ...envelopeOf(team, team.member.userId, rawId(b.id)),
        type: 'work_item.updated',
        payload: { workItem: await snapshotNow(rawId(b.id)), changedFields: ['priority'] },
      },
    ]);
  });

  test('a bulk update that fails on a later item rolls back the events of the items before it', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    dataOf(
      await run(team.admin.token, ops.setTransition, {
        input: { fromStateId: states.Backlog!.id, toStateId: states['To do']!.id, requiredFields: ['ASSIGNEE'] },
      }),
    );
    const assigned = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      assigneeId: team.member.userId,
    });
    const unassigned = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const events = await eventsOf(async () => {
      const res = await run(team.member.token, ops.bulk, {
        input: { ids: [assigned.id, unassigned.id], changes: { toStateId: states['To do']!.id } },
      });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.toStateId' });
    });
    expect(events).toEqual([]);
  });
});

describe('workflow and board changes', () => {
  test('transitionWorkItem writes work_item.transitioned with both states and their categories', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const events = await eventsOf(async () =>
      dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: states.Done!.id } })),
    );
    const itemId = rawId(item.id);
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.member.userId, itemId),
        type: 'work_item.transitioned',
        payload: {
          workItem: await snapshotNow(itemId),
          changedFields: ['state'],
          fromStateId: rawId(states.Backlog!.id),
          toStateId: rawId(states.Done!.id),
          fromCategory: 'BACKLOG',
          toCategory: 'DONE',
        },
      },
    ]);
    expect(events[0]!.payload).toMatchObject({ workItem: { stateId: rawId(states.Done!.id), stateCategory: 'DONE' } });
  });

  test('a transition to the state the item is in writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const events = await eventsOf(async () =>
      dataOf(await run(team.member.token, ops.transition, { input: { id: item.id, toStateId: states.Backlog!.id } })),
    );
    expect(events).toEqual([]);
  });

  test('moveWorkItem writes work_item.moved with rank, and with state too when the column changes', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const first = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const second = await createWorkItem(stack, team.member.token, { projectId: team.project.id });

    const reordered = await eventsOf(async () =>
      dataOf(await run(team.member.token, ops.move, { input: { id: second.id, beforeId: first.id } })),
    );
    expect(reordered).toEqual([
      {
        ...envelopeOf(team, team.member.userId, rawId(second.id)),
        type: 'work_item.moved',
        payload: { workItem: await snapshotNow(rawId(second.id)), changedFields: ['rank'] },
      },
    ]);

    const intoColumn = await eventsOf(async () =>
      dataOf(await run(team.member.token, ops.move, { input: { id: first.id, toStateId: states['To do']!.id } })),
    );
    expect(intoColumn).toEqual([
      {
        ...envelopeOf(team, team.member.userId, rawId(first.id)),
        type: 'work_item.moved',
        payload: { workItem: await snapshotNow(rawId(first.id)), changedFields: ['state', 'rank'] },
      },
    ]);
    expect(intoColumn[0]!.payload).toMatchObject({ workItem: { stateCategory: 'TODO' } });
  });

  test('deleting a workflow state writes work_item.transitioned for each moved item, by the admin', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const items = [
      await createWorkItem(stack, team.member.token, { projectId: team.project.id }),
      await createWorkItem(stack, team.member.token, { projectId: team.project.id }),
    ];
    const untouched = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.transition, { input: { id: untouched.id, toStateId: states.Done!.id } }));
    const events = await eventsOf(async () =>
      dataOf(
        await run(team.admin.token, ops.deleteState, {
          input: { id: states.Backlog!.id, moveItemsToStateId: states['In review']!.id },
        }),
      ),
    );
    expect(events.map((event) => event.aggregateId).sort()).toEqual(items.map((item) => rawId(item.id)).sort());
    for (const event of events) {
      expect(event).toEqual({
        ...envelopeOf(team, team.admin.userId, event.aggregateId),
        type: 'work_item.transitioned',
        payload: {
          workItem: await snapshotNow(event.aggregateId),
          changedFields: ['state'],
          fromStateId: rawId(states.Backlog!.id),
          toStateId: rawId(states['In review']!.id),
          fromCategory: 'BACKLOG',
          toCategory: 'IN_PROGRESS',
        },
      });
    }
  });
});

describe('archiving and deleting', () => {
  test('archiveWorkItem and restoreWorkItem write work_item.archived and work_item.restored', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const itemId = rawId(item.id);
    const archived = await eventsOf(async () =>
      dataOf(await run(team.member.token, ops.archive, { input: { id: item.id } })),
    );
    expect(archived).toEqual([
      {
        ...envelopeOf(team, team.member.userId, itemId),
        type: 'work_item.archived',
        payload: { workItem: { ...(await snapshotNow(itemId)), archived: true, version: 2 } },
      },
    ]);
    const restored = await eventsOf(async () =>
      dataOf(await run(team.admin.token, ops.restore, { input: { id: item.id } })),
    );
    expect(restored).toEqual([
      {
        ...envelopeOf(team, team.admin.userId, itemId),
        type: 'work_item.restored',
        payload: { workItem: { ...(await snapshotNow(itemId)), archived: false, version: 3 } },
      },
    ]);
  });

  test('archiving an archived item is a CONFLICT and writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.archive, { input: { id: item.id } }));
    const events = await eventsOf(async () =>
      expect(errorOf(await run(team.member.token, ops.archive, { input: { id: item.id } })).code).toBe('CONFLICT'),
    );
    expect(events).toEqual([]);
  });

  test('deleteWorkItem writes work_item.deleted with the last snapshot of the item', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Doomed' });
    const itemId = rawId(item.id);
    const last = await snapshotNow(itemId);
    const events = await eventsOf(async () =>
      dataOf(await run(team.admin.token, ops.delete, { input: { id: item.id } })),
    );
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.admin.userId, itemId),
        type: 'work_item.deleted',
        payload: { workItem: last },
      },
    ]);
    expect(await querySql(stack, 'SELECT id FROM work_items.work_item WHERE id = $1', [itemId])).toEqual([]);
  });
});

describe('comments and links', () => {
  test('addComment writes work_item.commented with the author and the mentioned members', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    let commentId = '';
    const events = await eventsOf(async () => {
      const res = await run(team.member.token, ops.comment, {
        input: {
          workItemId: item.id,
          body: `Ping <@${team.viewer.userId}> and <@${team.outsider.userId}>, then <@${team.admin.userId}>`,
        },
      });
      commentId = rawId(dataOf(res).addComment.comment.id);
    });
    const itemId = rawId(item.id);
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.member.userId, itemId),
        type: 'work_item.commented',
        payload: {
          workItem: await snapshotNow(itemId),
          commentId,
          authorId: rawId(team.member.userId),
          mentionedUserIds: [rawId(team.viewer.userId), rawId(team.admin.userId)],
          parentCommentId: null,
        },
      },
    ]);
  });

  test('linking writes work_item.linked for each side, in its own project, with that side’s direction', async () => {
    const team = await seedProjectTeam(stack);
    const other = await createProject(stack, team.admin.token, team.organizationId);
    const source = await createWorkItem(stack, team.admin.token, { projectId: team.project.id });
    const target = await createWorkItem(stack, team.admin.token, { projectId: other.id });
    const [sourceId, targetId] = [rawId(source.id), rawId(target.id)];

    const linked = await eventsOf(async () =>
      dataOf(
        await run(team.admin.token, ops.link, {
          input: { sourceId: source.id, targetId: target.id, type: 'BLOCKED_BY' },
        }),
      ),
    );
    const sideOf = (events: AnyEventEnvelope[], id: string) => events.find((event) => event.aggregateId === id);
    expect(linked).toHaveLength(2);
    expect(sideOf(linked, sourceId)).toEqual({
      ...envelopeOf(team, team.admin.userId, sourceId),
      type: 'work_item.linked',
      payload: { workItem: await snapshotNow(sourceId), linkType: 'BLOCKED_BY', otherWorkItemId: targetId },
    });
    expect(sideOf(linked, targetId)).toEqual({
      ...envelopeOf(team, team.admin.userId, targetId),
      projectId: rawId(other.id),
      type: 'work_item.linked',
      payload: { workItem: await snapshotNow(targetId), linkType: 'BLOCKS', otherWorkItemId: sourceId },
    });

    const unlinked = await eventsOf(async () =>
      dataOf(
        await run(team.admin.token, ops.unlink, {
          input: { sourceId: target.id, targetId: source.id, type: 'BLOCKS' },
        }),
      ),
    );
    expect(unlinked.map((event) => [event.type, event.aggregateId, event.projectId, event.payload])).toEqual(
      expect.arrayContaining([
        [
          'work_item.unlinked',
          targetId,
          rawId(other.id),
          { workItem: await snapshotNow(targetId), linkType: 'BLOCKS', otherWorkItemId: sourceId },
        ],
        [
          'work_item.unlinked',
          sourceId,
          rawId(team.project.id),
          { workItem: await snapshotNow(sourceId), linkType: 'BLOCKED_BY', otherWorkItemId: targetId },
        ],
      ]),
    );
    expect(unlinked).toHaveLength(2);
  });

  test('linking two items that are already linked is a CONFLICT and writes no event', async () => {
    const team = await seedProjectTeam(stack);
    const a = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const b = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    dataOf(await run(team.member.token, ops.link, { input: { sourceId: a.id, targetId: b.id, type: 'RELATES_TO' } }));
    const events = await eventsOf(async () => {
      const res = await run(team.member.token, ops.link, {
        input: { sourceId: b.id, targetId: a.id, type: 'RELATES_TO' },
      });
      expect(errorOf(res).code).toBe('CONFLICT');
    });
    expect(events).toEqual([]);
  });
});

describe('definition changes that strip values from items', () => {
  test('deleting a label writes work_item.updated with labels for each item that carried it', async () => {
    const team = await seedProjectTeam(stack);
    const label = dataOf(
      await run(team.member.token, ops.createLabel, {
        input: { projectId: team.project.id, name: 'ui', color: '#112233' },
      }),
    ).createLabel.label;
    const carrying = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      labelIds: [label.id],
    });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const events = await eventsOf(async () =>
      dataOf(await run(team.admin.token, ops.deleteLabel, { input: { id: label.id } })),
    );
    const itemId = rawId(carrying.id);
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.admin.userId, itemId),
        type: 'work_item.updated',
        payload: { workItem: { ...(await snapshotNow(itemId)), version: 2 }, changedFields: ['labels'] },
      },
    ]);
  });

  test('deleting a custom field writes work_item.updated with customFields for each item that had a value', async () => {
    const team = await seedProjectTeam(stack);
    const field = dataOf(
      await run(team.admin.token, ops.createField, {
        input: { projectId: team.project.id, name: 'Size', type: 'NUMBER' },
      }),
    ).createCustomField.customField;
    const valued = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      customFields: [{ fieldId: field.id, number: 5 }],
    });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const events = await eventsOf(async () =>
      dataOf(await run(team.admin.token, ops.deleteField, { input: { id: field.id } })),
    );
    const itemId = rawId(valued.id);
    expect(events).toEqual([
      {
        ...envelopeOf(team, team.admin.userId, itemId),
        type: 'work_item.updated',
        payload: { workItem: { ...(await snapshotNow(itemId)), version: 2 }, changedFields: ['customFields'] },
      },
    ]);
  });
});

describe('after the commit', () => {
  test('the outbox relay publishes the events to the work-items stream and marks their rows published', async () => {
    const team = await seedProjectTeam(stack);
    const rows = await outboxRows(() => createWorkItem(stack, team.member.token, { projectId: team.project.id }));
    const ids = rows.map((row) => row.id);
    expect(ids.length).toBeGreaterThan(0);
    await waitUntilPublished(stack, 'work_items', ids);
    // The in-process bus (no Redis on this machine) cannot be read from here; Redis can.
    const published = await streamEventIds(stack, 'work-items');
    if (published) expect(published).toEqual(expect.arrayContaining(ids));
  });
});
