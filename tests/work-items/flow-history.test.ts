import type { AnyEventEnvelope, WorkItemSnapshot } from '../../lib/events/envelope';
import { serviceCaller } from '../../lib/viewer';
import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type GraphQLResponse,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';
import { outboxEventsOf } from '../testkit/outbox';
import { callSubgraph } from '../testkit/subgraph-call';

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary selections
const run = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> =>
  graphql(stack.routerUrl, query, variables, { token });

const ops = {
  states: `query ($id: ID!) { project(id: $id) { workflow { states { id name category } } } }`,
  label: `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }`,
  update: `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { version } } }`,
  transition: `mutation ($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { version } } }`,
  move: `mutation ($input: MoveWorkItemInput!) { moveWorkItem(input: $input) { workItem { version } } }`,
  archive: `mutation ($input: ArchiveWorkItemInput!) { archiveWorkItem(input: $input) { workItem { version } } }`,
  delete: `mutation ($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }`,
  deleteState: `mutation ($input: DeleteWorkflowStateInput!) { deleteWorkflowState(input: $input) { movedItemCount } }`,
};

const flowQuery = `query ($projectId: ID!, $first: Int, $after: String) {
  workItemFlowHistory(projectId: $projectId, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        snapshot {
          id projectId organizationId key title type stateId stateName stateCategory assigneeId reporterId
          estimate parentId labelIds archived version createdAt updatedAt
        }
        stateChanges {
          version at actorId fromStateId toStateId fromCategory toCategory fromStateName toStateName
        }
      }
    }
  }
}`;

interface StateChange {
  version: number | null;
  at: string;
  actorId: string;
  fromStateId: string | null;
  toStateId: string;
  fromCategory: string | null;
  toCategory: string | null;
  fromStateName: string | null;
  toStateName: string;
}
interface FlowNode {
  snapshot: WorkItemSnapshot & { organizationId: string; createdAt: string; updatedAt: string };
  stateChanges: StateChange[];
}
interface FlowPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: FlowNode }[];
}

const callFlow = (variables: Record<string, unknown>, caller: string | null) =>
  callSubgraph<{ workItemFlowHistory: FlowPage }>(stack, 'work-items', flowQuery, variables, caller);

type States = Record<string, { id: string; raw: string; category: string }>;
async function statesOf(team: ProjectTeam): Promise<States> {
  const res = await run(team.admin.token, ops.states, { id: team.project.id });
  const states = dataOf(res).project.workflow.states as { id: string; name: string; category: string }[];
  return Object.fromEntries(states.map((s) => [s.name, { id: s.id, raw: rawId(s.id), category: s.category }]));
}

async function createLabels(team: ProjectTeam, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const input = { projectId: team.project.id, name, color: '#1d4ed8' };
    ids.push(dataOf(await run(team.member.token, ops.label, { input })).createLabel.label.id);
  }
  return ids;
}

const createdAtOf = async (itemId: string): Promise<string> =>
  (
    await querySql<{ createdAt: Date }>(
      stack,
      `SELECT created_at AS "createdAt" FROM work_items.work_item WHERE id = $1`,
      [itemId],
    )
  )[0]!.createdAt.toISOString();

/** Every page of the project's flow history, `first` items at a time. */
async function allPages(projectId: string, first: number): Promise<FlowPage[]> {
  const pages: FlowPage[] = [];
  let after: string | null = null;
  do {
    const res = await callFlow({ projectId, first, after }, serviceCaller('analytics'));
    expect(res.errors).toBeUndefined();
    const page: FlowPage = res.data!.workItemFlowHistory;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

describe('work-item events for read models', () => {
  it('carry the state name, the sorted label ids and the creation time', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const labels = await createLabels(team, ['zeta', 'alpha', 'mid']);
    let itemId = '';
    const [created] = await outboxEventsOf(stack, 'work_items', async () => {
      const item = await createWorkItem(stack, team.member.token, {
        projectId: team.project.id,
        labelIds: [labels[0], labels[1]],
      });
      itemId = rawId(item.id);
    });
    const createdAt = await createdAtOf(itemId);
    expect(created!.payload).toMatchObject({
      workItem: {
        stateName: 'Backlog',
        labelIds: [rawId(labels[0]!), rawId(labels[1]!)].sort(),
        createdAt,
      },
    });

    const events = await outboxEventsOf(stack, 'work_items', async () => {
      const item = { id: Buffer.from(`WorkItem:${itemId}`).toString('base64url') };
      dataOf(await run(team.member.token, ops.update, { input: { ...item, expectedVersion: 1, labelIds: labels } }));
      dataOf(
        await run(team.member.token, ops.transition, { input: { ...item, toStateId: states['In progress']!.id } }),
      );
    });
    const snapshots = events.map((event) => (event.payload as { workItem: WorkItemSnapshot }).workItem);
    expect(events.map((event) => event.type)).toEqual(['work_item.updated', 'work_item.transitioned']);
    expect(snapshots.map((s) => [s.version, s.stateName, s.labelIds, s.createdAt])).toEqual([
      [2, 'Backlog', labels.map(rawId).sort(), createdAt],
      [3, 'In progress', labels.map(rawId).sort(), createdAt],
    ]);
  });
});

describe('the workItemFlowHistory service query', () => {
  it('answers a service with every item, archived ones too, its snapshot and its state changes in order, keyed like the events', async () => {
    const team = await seedProjectTeam(stack);
    const states = await statesOf(team);
    const [label] = await createLabels(team, ['flow']);
    const items = [];
    for (let i = 0; i < 4; i++) {
      items.push(await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `Item ${i}` }));
    }
    const [walked, moved, archived, deleted] = items as [
      (typeof items)[0],
      (typeof items)[0],
      (typeof items)[0],
      (typeof items)[0],
    ];
    const events: AnyEventEnvelope[] = await outboxEventsOf(stack, 'work_items', async () => {
      for (const state of ['To do', 'In progress']) {
        dataOf(
          await run(team.member.token, ops.transition, { input: { id: walked.id, toStateId: states[state]!.id } }),
        );
      }
      dataOf(
        await run(team.member.token, ops.update, { input: { id: walked.id, expectedVersion: 3, labelIds: [label] } }),
      );
      dataOf(await run(team.member.token, ops.move, { input: { id: moved.id, toStateId: states['In review']!.id } }));
      dataOf(await run(team.member.token, ops.archive, { input: { id: archived.id } }));
      dataOf(await run(team.admin.token, ops.delete, { input: { id: deleted.id } }));
      // Items in a deleted state move out of it in one set-based statement: their history gets versions
      // too. From then on the state's category is unknown (null) in every change from or to it.
      const input = { id: states['In review']!.id, moveItemsToStateId: states.Done!.id };
      dataOf(await run(team.admin.token, ops.deleteState, { input }));
    });

    const pages = await allPages(rawId(team.project.id), 2);
    expect(pages.map((page) => page.edges.length)).toEqual([2, 1]);
    const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    const ids = [walked, moved, archived].map((item) => rawId(item.id)).sort();
    expect(nodes.map((node) => node.snapshot.id)).toEqual(ids);
    const nodeOf = (item: { id: string }) => nodes.find((node) => node.snapshot.id === rawId(item.id))!;

    const creation = (item: { id: string }) => ({
      version: 1,
      at: nodeOf(item).snapshot.createdAt,
      actorId: rawId(team.member.userId),
      fromStateId: null,
      toStateId: states.Backlog!.raw,
      fromCategory: null,
      toCategory: 'BACKLOG',
      fromStateName: null,
      toStateName: 'Backlog',
    });
    const change = (version: number, from: string, to: string, actor = team.member.userId) => ({
      version,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      actorId: rawId(actor),
      fromStateId: states[from]!.raw,
      toStateId: states[to]!.raw,
      fromCategory: from === 'In review' ? null : states[from]!.category,
      toCategory: to === 'In review' ? null : states[to]!.category,
      fromStateName: from,
      toStateName: to,
    });
    expect(nodeOf(walked).stateChanges).toEqual([
      creation(walked),
      change(2, 'Backlog', 'To do'),
      change(3, 'To do', 'In progress'),
    ]);
    expect(nodeOf(moved).stateChanges).toEqual([
      creation(moved),
      change(2, 'Backlog', 'In review'),
      change(3, 'In review', 'Done', team.admin.userId),
    ]);
    expect(nodeOf(archived).stateChanges).toEqual([creation(archived)]);

    expect(nodeOf(walked).snapshot).toMatchObject({
      projectId: rawId(team.project.id),
      organizationId: rawId(team.organizationId),
      key: walked.key,
      stateId: states['In progress']!.raw,
      stateName: 'In progress',
      stateCategory: 'IN_PROGRESS',
      labelIds: [rawId(label!)],
      archived: false,
      version: 4,
      createdAt: await createdAtOf(rawId(walked.id)),
    });
    expect(nodeOf(archived).snapshot).toMatchObject({ archived: true, version: 2 });
    expect(nodeOf(moved).snapshot).toMatchObject({ stateName: 'Done', stateCategory: 'DONE', version: 3 });

    // Each state change is the one its event announced: same item, version, target state and time.
    const fromEvents = events
      .filter((event) => event.type === 'work_item.transitioned' || event.type === 'work_item.moved')
      .map((event) => {
        const snapshot = (event.payload as { workItem: WorkItemSnapshot }).workItem;
        return [event.aggregateId, snapshot.version, snapshot.stateId, event.occurredAt];
      });
    const fromQuery = nodes.flatMap((node) =>
      node.stateChanges
        .filter((c) => c.fromStateId !== null)
        .map((c) => [node.snapshot.id, c.version, c.toStateId, c.at]),
    );
    expect(fromQuery.sort()).toEqual(fromEvents.sort());
  });

  it('pages in a fixed number of statements, whatever the number of items', async () => {
    const team = await seedProjectTeam(stack);
    for (let i = 0; i < 5; i++) await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const measure = async (first: number) => {
      await untilWorkItemReadModelsFollowed(stack);
      const before = sqlStatementCount('work_items');
      const res = await callFlow({ projectId: rawId(team.project.id), first }, serviceCaller('analytics'));
      expect(res.data?.workItemFlowHistory.edges).toHaveLength(first);
      return sqlStatementCount('work_items') - before;
    };
    await measure(1);
    const few = await measure(2);
    expect(few).toBeGreaterThan(0);
    expect(await measure(5)).toBe(few);
  });

  it('checks its arguments: a uuid, at most 500 items, a cursor it issued', async () => {
    const team = await seedProjectTeam(stack);
    const projectId = rawId(team.project.id);
    const service = serviceCaller('analytics');
    expect((await callFlow({ projectId: team.project.id }, service)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'projectId',
    });
    expect((await callFlow({ projectId, first: 501 }, service)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const badCursor = Buffer.from(JSON.stringify(['not-a-uuid'])).toString('base64url');
    expect((await callFlow({ projectId, after: badCursor }, service)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const res = await callFlow({ projectId, first: 500 }, service);
    expect(res.data?.workItemFlowHistory).toEqual({ pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('refuses people, even with a signed request, with FORBIDDEN', async () => {
    const team = await seedProjectTeam(stack);
    const res = await callFlow({ projectId: rawId(team.project.id) }, rawId(team.admin.userId));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.workItemFlowHistory).toBeUndefined();
    const anonymous = await callFlow({ projectId: rawId(team.project.id) }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is not part of the public API served by the router', async () => {
    const team = await seedProjectTeam(stack);
    const res = await run(team.admin.token, flowQuery, { projectId: rawId(team.project.id) });
    expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
