import type { Client } from 'graphql-ws';
import {
  connectSubscriptions,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  nextMatching,
  runMutation,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const changes = `
  subscription ($projectId: ID!) {
    workItemChanged(projectId: $projectId) {
      kind
      workItemId
      changedFields
      occurredAt
      actor { name }
      workItem { title assignee { name } project { key } }
    }
  }
`;

describe('Subscription.workItemChanged', () => {
  let team: ProjectTeam;
  const clients: Client[] = [];
  const connect = async (token: string) => {
    const client = await connectSubscriptions(stack.routerUrl, token);
    clients.push(client);
    return client;
  };
  const probe =
    (own: ProjectTeam = team) =>
    () =>
      createWorkItem(stack, own.admin.token, { projectId: own.project.id, title: 'probe' });
  const ofItem = (id: string) => (event: Record<string, unknown>) => event.workItemId === id;

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('delivers a created item with fields owned by the users, projects and work-items subgraphs', async () => {
    const live = subscribe(await connect(team.viewer.token), changes, { projectId: team.project.id });
    await untilSubscribed(live, probe());
    const created = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      title: 'Live card',
      assigneeId: team.member.userId,
    });
    expect(await nextMatching(live, 'workItemChanged', ofItem(created.id))).toEqual({
      kind: 'CREATED',
      workItemId: created.id,
      changedFields: [],
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actor: { name: 'Mo Member' },
      workItem: { title: 'Live card', assignee: { name: 'Mo Member' }, project: { key: team.project.key } },
    });
    live.dispose();
  });

  it('says in every event what the subscription costs, as HTTP answers do', async () => {
    const live = subscribe(await connect(team.viewer.token), changes, { projectId: team.project.id });
    await untilSubscribed(live, probe());
    const costs = live.results.map((result) => result.extensions?.cost);
    expect(costs.length).toBeGreaterThan(0);
    // The event, its actor, its item and the item's assignee and project: one each.
    for (const cost of costs) expect(cost).toEqual({ requested: 5, limit: 100_000 });
    live.dispose();
  });

  it('gives each subscriber exactly its own selection, aliases and fragments included', async () => {
    const query = `
      subscription ($projectId: ID!) {
        workItemChanged(projectId: $projectId) {
          what: kind
          workItemId
          item: workItem { ...Card }
        }
      }
      fragment Card on WorkItem { heading: title key }
    `;
    const live = subscribe(await connect(team.member.token), query, { projectId: team.project.id });
    await untilSubscribed(live, probe());
    const created = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Aliased' });
    expect(await nextMatching(live, 'workItemChanged', ofItem(created.id))).toEqual({
      what: 'CREATED',
      workItemId: created.id,
      item: { heading: 'Aliased', key: created.key },
    });
    live.dispose();
  });

  it('reports updates with the changed fields, and a deleted item as null', async () => {
    const created = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Before' });
    const live = subscribe(await connect(team.admin.token), changes, { projectId: team.project.id });
    await untilSubscribed(live, probe());
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: UpdateWorkItemInput!) {
            updateWorkItem(input: $input) {
              workItem {
                version
              }
            }
          }
        `,
        { input: { id: created.id, expectedVersion: created.version, title: 'After' } },
        { token: team.member.token },
      ),
    );
    expect(await nextMatching(live, 'workItemChanged', ofItem(created.id))).toMatchObject({
      kind: 'UPDATED',
      changedFields: ['title'],
      actor: { name: 'Mo Member' },
      workItem: { title: 'After' },
    });
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: DeleteWorkItemInput!) {
            deleteWorkItem(input: $input) {
              deletedWorkItemId
            }
          }
        `,
        { input: { id: created.id } },
        { token: team.admin.token },
      ),
    );
    expect(await nextMatching(live, 'workItemChanged', ofItem(created.id))).toMatchObject({
      kind: 'DELETED',
      workItem: null,
      actor: { name: 'Ada Admin' },
    });
    live.dispose();
  });

  it('refuses someone outside the project with FORBIDDEN', async () => {
    const live = subscribe(await connect(team.outsider.token), changes, { projectId: team.project.id });
    await expect(live.ended).rejects.toEqual([
      expect.objectContaining({
        message: 'You do not have access to this project.',
        extensions: { code: 'FORBIDDEN' },
      }),
    ]);
  });

  it('refuses a projectId that is not a Project ID with BAD_USER_INPUT', async () => {
    const live = subscribe(await connect(team.member.token), changes, { projectId: team.organizationId });
    await expect(live.ended).rejects.toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'projectId' } }),
    ]);
  });

  it('ends the subscription of a member removed from the project', async () => {
    const own = await seedProjectTeam(stack);
    const live = subscribe(await connect(own.viewer.token), changes, { projectId: own.project.id });
    await untilSubscribed(live, probe(own));
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: RemoveProjectMemberInput!) {
            removeProjectMember(input: $input) {
              removedUserId
            }
          }
        `,
        { input: { projectId: own.project.id, userId: own.viewer.userId } },
        { token: own.admin.token },
      ),
    );
    await expect(live.ended).resolves.toBeUndefined();
  });

  it("ends every subscription to a project's changes when the project is deleted", async () => {
    const own = await seedProjectTeam(stack);
    const live = subscribe(await connect(own.member.token), changes, { projectId: own.project.id });
    await untilSubscribed(live, probe(own));
    await runMutation(stack, own.admin.token, 'archiveProject', 'ArchiveProjectInput', { projectId: own.project.id });
    await runMutation(stack, own.admin.token, 'deleteProject', 'DeleteProjectInput', { projectId: own.project.id });
    await expect(live.ended).resolves.toBeUndefined();
  });

  describe('with access through a team', () => {
    const call = (token: string, field: string, type: string, input: Record<string, unknown>) =>
      runMutation(stack, token, field, type, input);

    async function teamWithOutsider(own: ProjectTeam) {
      const created = await graphql<{ createTeam: { team: { id: string } } }>(
        stack.routerUrl,
        `
          mutation ($input: CreateTeamInput!) {
            createTeam(input: $input) {
              team {
                id
              }
            }
          }
        `,
        { input: { organizationId: own.organizationId, name: 'Watchers' } },
        { token: own.admin.token },
      );
      const teamId = dataOf(created).createTeam.team.id;
      await call(own.admin.token, 'addTeamMember', 'AddTeamMemberInput', { teamId, userId: own.outsider.userId });
      await call(own.admin.token, 'attachTeamToProject', 'AttachTeamToProjectInput', {
        projectId: own.project.id,
        teamId,
        role: 'VIEWER',
      });
      return teamId;
    }

    it('ends the subscription when the team is detached from the project', async () => {
      const own = await seedProjectTeam(stack);
      const teamId = await teamWithOutsider(own);
      const live = subscribe(await connect(own.outsider.token), changes, { projectId: own.project.id });
      await untilSubscribed(live, probe(own));
      await call(own.admin.token, 'detachTeamFromProject', 'DetachTeamFromProjectInput', {
        projectId: own.project.id,
        teamId,
      });
      await expect(live.ended).resolves.toBeUndefined();
    });

    it('ends the subscription when the user leaves the team', async () => {
      const own = await seedProjectTeam(stack);
      const teamId = await teamWithOutsider(own);
      const live = subscribe(await connect(own.outsider.token), changes, { projectId: own.project.id });
      await untilSubscribed(live, probe(own));
      await call(own.admin.token, 'removeTeamMember', 'RemoveTeamMemberInput', { teamId, userId: own.outsider.userId });
      await expect(live.ended).resolves.toBeUndefined();
    });

    it('keeps the subscription of a member removed directly who still has access through a team', async () => {
      const own = await seedProjectTeam(stack);
      const teamId = await teamWithOutsider(own);
      await call(own.admin.token, 'addTeamMember', 'AddTeamMemberInput', { teamId, userId: own.viewer.userId });
      const live = subscribe(await connect(own.viewer.token), changes, { projectId: own.project.id });
      await untilSubscribed(live, probe(own));
      await call(own.admin.token, 'removeProjectMember', 'RemoveProjectMemberInput', {
        projectId: own.project.id,
        userId: own.viewer.userId,
      });
      // The removal's access re-check runs meanwhile: two changes later it has long finished.
      for (const title of ['Still seen', 'Still seen later']) {
        const created = await createWorkItem(stack, own.member.token, { projectId: own.project.id, title });
        expect(await nextMatching(live, 'workItemChanged', ofItem(created.id))).toMatchObject({ kind: 'CREATED' });
      }
      live.dispose();
    });
  });

  it('tells an HTTP client that subscriptions are served over WebSocket', async () => {
    const res = await graphql(stack.routerUrl, changes, { projectId: team.project.id }, { token: team.member.token });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({
      message: expect.stringContaining('graphql-transport-ws'),
      code: 'BAD_REQUEST',
    });
  });

  it('lists the subscription in introspection', async () => {
    const res = await graphql(
      stack.routerUrl,
      `
        {
          __schema {
            subscriptionType {
              fields {
                name
                args {
                  name
                }
              }
            }
          }
        }
      `,
      {},
      { token: team.member.token },
    );
    expect(dataOf(res).__schema.subscriptionType.fields).toContainEqual({
      name: 'workItemChanged',
      args: [{ name: 'projectId' }, { name: 'after' }],
    });
  });
});
