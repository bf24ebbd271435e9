import type { Client } from 'graphql-ws';
import {
  addItemsToSprint,
  archiveItem,
  completeSprint,
  createItems,
  createSprint,
  removeItemsFromSprint,
  runAs,
  setSprintCapacity,
  sprintOps,
  startSprint,
  transitionItem,
} from '../sprints/support';
import {
  connectSubscriptions,
  dataOf,
  graphql,
  nextMatching,
  seedProjectTeam,
  subscribe,
  untilSprintsCaughtUp,
  untilSubscribed,
  useTestStack,
  type LiveSubscription,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const changes = `
  subscription ($projectId: ID!) {
    sprintChanged(projectId: $projectId) {
      kind
      sprintId
      projectId
      changedFields
      addedWorkItemIds
      removedWorkItemIds
      occurredAt
      actor { name }
      sprint { name state committedPoints }
    }
  }
`;

const anyTime = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
/** The next change to that sprint, skipping others. */
const nextOf = (live: LiveSubscription, sprintId: string) =>
  nextMatching(live, 'sprintChanged', (event) => event.sprintId === sprintId);
/** The next change of that kind to that sprint, skipping others. */
const nextOfKind = (live: LiveSubscription, sprintId: string, kind: string) =>
  nextMatching(live, 'sprintChanged', (event) => event.sprintId === sprintId && event.kind === kind);

/** A whole change as delivered, with no changed fields or item IDs unless given. */
const change = (
  team: ProjectTeam,
  sprintId: string,
  fields: { kind: string; actor: { name: string }; sprint: Record<string, unknown> | null } & Record<string, unknown>,
) => ({
  sprintId,
  projectId: team.project.id,
  changedFields: [],
  addedWorkItemIds: [],
  removedWorkItemIds: [],
  occurredAt: anyTime,
  ...fields,
});

describe('Subscription.sprintChanged', () => {
  const clients: Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  const probe = (team: ProjectTeam) =>
    createSprint(stack, team.admin.token, team.project.id, {
      name: 'Probe',
      startDate: '2031-01-06',
      endDate: '2031-01-10',
    });

  /** A project team and a viewer's subscription to its sprints, receiving events before it resolves. */
  async function watchedTeam(): Promise<{ team: ProjectTeam; live: LiveSubscription }> {
    const team = await seedProjectTeam(stack);
    const client = await connectSubscriptions(stack.routerUrl, team.viewer.token);
    clients.push(client);
    const live = subscribe(client, changes, { projectId: team.project.id });
    await untilSubscribed(live, () => probe(team));
    return { team, live };
  }

  it('delivers a planned sprint and its updates with the changed fields, resolved through the supergraph', async () => {
    const { team, live } = await watchedTeam();
    const sprintId = await createSprint(stack, team.member.token, team.project.id, { name: 'Sprint 1' });
    expect(await nextOf(live, sprintId)).toEqual(
      change(team, sprintId, {
        kind: 'CREATED',
        actor: { name: 'Mo Member' },
        sprint: { name: 'Sprint 1', state: 'PLANNED', committedPoints: 0 },
      }),
    );
    dataOf(
      await runAs(stack, team.admin.token, sprintOps.update, {
        input: { id: sprintId, name: 'Sprint One', goal: 'Ship it.' },
      }),
    );
    expect(await nextOf(live, sprintId)).toMatchObject({
      kind: 'UPDATED',
      changedFields: ['name', 'goal'],
      actor: { name: 'Ada Admin' },
      sprint: { name: 'Sprint One', state: 'PLANNED', committedPoints: 0 },
    });
    live.dispose();
  });

  it('delivers items added to and removed from a sprint as scope changes with their IDs', async () => {
    const { team, live } = await watchedTeam();
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    const [small, large] = await createItems(stack, team.member.token, team.project.id, [3, 5]);
    await addItemsToSprint(stack, team.member.token, sprintId, [small!, large!]);
    await removeItemsFromSprint(stack, team.admin.token, sprintId, [large!]);
    expect(await nextOfKind(live, sprintId, 'SCOPE_CHANGED')).toMatchObject({
      addedWorkItemIds: [small, large],
      removedWorkItemIds: [],
      actor: { name: 'Mo Member' },
    });
    // Resolved when delivered: the sprint as it is now, after the removal too.
    expect(await nextOfKind(live, sprintId, 'SCOPE_CHANGED')).toEqual(
      change(team, sprintId, {
        kind: 'SCOPE_CHANGED',
        removedWorkItemIds: [large],
        actor: { name: 'Ada Admin' },
        sprint: { name: 'Sprint 1', state: 'PLANNED', committedPoints: 3 },
      }),
    );
    live.dispose();
  });

  it('delivers the start, a capacity change and the completion with the carried-over items', async () => {
    const { team, live } = await watchedTeam();
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    const nextId = await createSprint(stack, team.member.token, team.project.id, {
      name: 'Sprint 2',
      startDate: '2030-03-18',
      endDate: '2030-03-29',
    });
    const [done, open] = await createItems(stack, team.member.token, team.project.id, [2, 8]);
    await addItemsToSprint(stack, team.member.token, sprintId, [done!, open!]);
    await nextOfKind(live, sprintId, 'SCOPE_CHANGED');

    await startSprint(stack, team.member.token, sprintId);
    expect(await nextOfKind(live, sprintId, 'STARTED')).toMatchObject({
      addedWorkItemIds: [],
      removedWorkItemIds: [],
      actor: { name: 'Mo Member' },
      sprint: { name: 'Sprint 1', state: 'ACTIVE', committedPoints: 10 },
    });

    await setSprintCapacity(stack, team.admin.token, sprintId, [{ userId: team.member.userId, pointsPerDay: 2 }]);
    expect(await nextOf(live, sprintId)).toMatchObject({
      kind: 'CAPACITY_CHANGED',
      changedFields: [],
      actor: { name: 'Ada Admin' },
    });

    await transitionItem(stack, team.member.token, done!, 'Done');
    await untilSprintsCaughtUp(stack);
    await completeSprint(stack, team.member.token, sprintId, nextId);
    expect(await nextOf(live, sprintId)).toEqual(
      change(team, sprintId, {
        kind: 'COMPLETED',
        removedWorkItemIds: [open],
        actor: { name: 'Mo Member' },
        sprint: { name: 'Sprint 1', state: 'COMPLETED', committedPoints: 10 },
      }),
    );
    expect(await nextOfKind(live, nextId, 'SCOPE_CHANGED')).toMatchObject({
      addedWorkItemIds: [open],
      removedWorkItemIds: [],
      sprint: { name: 'Sprint 2', state: 'PLANNED', committedPoints: 8 },
    });
    live.dispose();
  });

  it('delivers a deleted sprint with its ID and no sprint', async () => {
    const { team, live } = await watchedTeam();
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    dataOf(await runAs(stack, team.member.token, sprintOps.delete, { input: { id: sprintId } }));
    const events = [await nextOf(live, sprintId), await nextOf(live, sprintId)];
    expect(events.map((event) => event.kind)).toEqual(['CREATED', 'DELETED']);
    expect(events[1]).toEqual(change(team, sprintId, { kind: 'DELETED', actor: { name: 'Mo Member' }, sprint: null }));
    live.dispose();
  });

  it('reports an item archived in the active sprint as a scope change made by whoever archived it', async () => {
    const { team, live } = await watchedTeam();
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    const [kept, archived] = await createItems(stack, team.member.token, team.project.id, [3, 5]);
    await addItemsToSprint(stack, team.member.token, sprintId, [kept!, archived!]);
    await startSprint(stack, team.member.token, sprintId);
    await nextOfKind(live, sprintId, 'STARTED');
    await archiveItem(stack, team.admin.token, archived!);
    expect(await nextOf(live, sprintId)).toEqual(
      change(team, sprintId, {
        kind: 'SCOPE_CHANGED',
        removedWorkItemIds: [archived],
        actor: { name: 'Ada Admin' },
        sprint: { name: 'Sprint 1', state: 'ACTIVE', committedPoints: 8 },
      }),
    );
    live.dispose();
  });

  it('sends a subscriber nothing about the sprints of other projects', async () => {
    const { team, live } = await watchedTeam();
    const other = await seedProjectTeam(stack);
    // The sprints outbox publishes in commit order: an event of the other project would come first.
    await createSprint(stack, other.member.token, other.project.id, { name: 'Elsewhere' });
    const ownId = await createSprint(stack, team.member.token, team.project.id, { name: 'Here' });
    expect(await nextOf(live, ownId)).toMatchObject({ sprint: { name: 'Here' } });
    const projects = new Set(
      live.results.map((result) => (result.data?.sprintChanged as { projectId: string }).projectId),
    );
    expect([...projects]).toEqual([team.project.id]);
    live.dispose();
  });

  it('refuses someone outside the project with FORBIDDEN', async () => {
    const team = await seedProjectTeam(stack);
    const client = await connectSubscriptions(stack.routerUrl, team.outsider.token);
    clients.push(client);
    const live = subscribe(client, changes, { projectId: team.project.id });
    await expect(live.ended).rejects.toEqual([
      expect.objectContaining({
        message: 'You do not have access to this project.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
  });

  it('ends the subscription of a member removed from the project', async () => {
    const { team, live } = await watchedTeam();
    const res = await graphql(
      stack.routerUrl,
      `
        mutation ($input: RemoveProjectMemberInput!) {
          removeProjectMember(input: $input) {
            removedUserId
          }
        }
      `,
      { input: { projectId: team.project.id, userId: team.viewer.userId } },
      { token: team.admin.token },
    );
    dataOf(res);
    await expect(live.ended).resolves.toBeUndefined();
  });
});
