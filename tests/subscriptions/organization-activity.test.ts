import type { Client } from 'graphql-ws';
import { addTeamMember, attachTeam, createTeam } from '../projects/helpers';
import { createSprint } from '../sprints/support';
import {
  addProjectMember,
  connectSubscriptions,
  createProject,
  createWorkItem,
  removeOrganizationMember,
  removeProjectMember,
  runMutation,
  seedProjectTeam,
  subscribe,
  untilSubscribed,
  useTestStack,
  type LiveSubscription,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();

const organizationActivity = `
  subscription ($organizationId: ID!, $after: String) {
    organizationActivity(organizationId: $organizationId, after: $after) {
      __typename
      ... on WorkItemChangeEvent { kind cursor projectId workItemId workItem { title } actor { name } }
      ... on SprintChangeEvent { sprintKind: kind cursor projectId sprintId sprint { name } }
    }
  }
`;

const teamActivity = `
  subscription ($teamId: ID!) {
    teamActivity(teamId: $teamId) {
      __typename
      ... on WorkItemChangeEvent { kind projectId workItem { title } }
    }
  }
`;

type ActivityEvent = Record<string, unknown> & { __typename: string; projectId: string };

/** Every activity event received from now until each of `wanted` is satisfied by one of them, failing on errors. */
async function eventsUntil(
  live: LiveSubscription,
  field: string,
  ...wanted: ((event: ActivityEvent) => boolean)[]
): Promise<ActivityEvent[]> {
  const events: ActivityEvent[] = [];
  while (!wanted.every((matches) => events.some(matches))) {
    const result = await live.next(8000);
    if (result.errors) throw new Error(`Subscription error: ${JSON.stringify(result.errors)}`);
    events.push(result.data?.[field] as ActivityEvent);
  }
  return events;
}

const titled = (title: string) => (event: ActivityEvent) =>
  (event.workItem as { title?: string } | null)?.title === title;
const titlesOf = (events: ActivityEvent[]) =>
  events.flatMap((event) => ((event.workItem as { title?: string } | null)?.title ? [event.workItem!] : []));

describe('Subscription.organizationActivity and teamActivity', () => {
  const clients: Client[] = [];
  const connect = async (token: string) => {
    const client = await connectSubscriptions(stack.routerUrl, token);
    clients.push(client);
    return client;
  };
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  /** A project team, a second project of its organization only the admin is in, and a probe of the first. */
  async function organization(): Promise<{ team: ProjectTeam; hidden: { id: string; key: string } }> {
    const team = await seedProjectTeam(stack);
    const hidden = await createProject(stack, team.admin.token, team.organizationId);
    return { team, hidden };
  }
  const probe = (team: ProjectTeam) => () =>
    createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'probe' });

  async function follow(token: string, team: ProjectTeam, variables: Record<string, unknown> = {}) {
    const live = subscribe(await connect(token), organizationActivity, {
      organizationId: team.organizationId,
      ...variables,
    });
    await untilSubscribed(live, probe(team));
    return live;
  }

  it('delivers work-item and sprint changes of every project the subscriber reads, and none of the others', async () => {
    const { team, hidden } = await organization();
    const [member, admin] = [await follow(team.member.token, team), await follow(team.admin.token, team)];

    // The work-items stream is in commit order: an event of the hidden project would come first.
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Hidden plan' });
    const sprintId = await createSprint(stack, team.member.token, team.project.id, { name: 'Sprint A' });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Visible card' });

    const seenByMember = await eventsUntil(
      member,
      'organizationActivity',
      titled('Visible card'),
      (event) => event.sprintId === sprintId,
    );
    expect(titlesOf(seenByMember)).not.toContainEqual({ title: 'Hidden plan' });
    expect(seenByMember.every((event) => event.projectId === team.project.id)).toBe(true);
    expect(seenByMember.find(titled('Visible card'))).toMatchObject({
      __typename: 'WorkItemChangeEvent',
      kind: 'CREATED',
      actor: { name: 'Mo Member' },
    });
    const sprintEvents = seenByMember.filter((event) => event.__typename === 'SprintChangeEvent');
    expect(sprintEvents).toEqual([
      expect.objectContaining({
        sprintKind: 'CREATED',
        sprintId,
        projectId: team.project.id,
        sprint: { name: 'Sprint A' },
      }),
    ]);

    // The organization's owner reads both projects.
    const seenByAdmin = await eventsUntil(admin, 'organizationActivity', titled('Visible card'));
    expect(titlesOf(seenByAdmin)).toEqual(
      expect.arrayContaining([{ title: 'Hidden plan' }, { title: 'Visible card' }]),
    );
    member.dispose();
    admin.dispose();
  });

  it('starts delivering a project from the event after the subscriber is given a role in it, and stops when it is taken away', async () => {
    const { team, hidden } = await organization();
    const live = await follow(team.viewer.token, team);

    await addProjectMember(stack, team.admin.token, hidden.id, team.viewer.userId, 'VIEWER');
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Now visible' });
    await eventsUntil(live, 'organizationActivity', titled('Now visible'));

    await removeProjectMember(stack, team.admin.token, hidden.id, team.viewer.userId);
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Hidden again' });
    await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Still here' });
    const after = await eventsUntil(live, 'organizationActivity', titled('Still here'));
    expect(titlesOf(after)).not.toContainEqual({ title: 'Hidden again' });
    live.dispose();
  });

  it('ends the subscription of someone who leaves the organization, and not of the others', async () => {
    const { team } = await organization();
    const [leaving, staying] = [await follow(team.viewer.token, team), await follow(team.member.token, team)];
    await removeOrganizationMember(stack, team.admin.token, team.organizationId, team.viewer.userId);
    await expect(leaving.ended).resolves.toBeUndefined();
    await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'After the departure' });
    await eventsUntil(staying, 'organizationActivity', titled('After the departure'));
    staying.dispose();
  });

  it('resumes after a cursor with the visible events missed meanwhile, in order', async () => {
    const { team, hidden } = await organization();
    const live = await follow(team.member.token, team);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Seen' });
    const [seen] = (await eventsUntil(live, 'organizationActivity', titled('Seen'))).slice(-1);
    live.dispose();

    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Missed 1' });
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Never for the member' });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Missed 2' });

    const resumed = subscribe(await connect(team.member.token), organizationActivity, {
      organizationId: team.organizationId,
      after: seen!.cursor,
    });
    const missed = await eventsUntil(resumed, 'organizationActivity', titled('Missed 2'));
    expect(titlesOf(missed)).toEqual([{ title: 'Missed 1' }, { title: 'Missed 2' }]);
    resumed.dispose();
  });

  it('resumes past more hidden events than a subscription may queue, counting only those the follower may see', async () => {
    const { team, hidden } = await organization();
    const live = await follow(team.member.token, team);
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Before the gap' });
    const [seen] = (await eventsUntil(live, 'organizationActivity', titled('Before the gap'))).slice(-1);
    live.dispose();

    // 300 changes the member may not see, past the 256 a subscription may queue, and one it may.
    const items = Array.from({ length: 300 }, (_, i) => ({ projectId: hidden.id, type: 'TASK', title: `Hidden ${i}` }));
    await runMutation(stack, team.admin.token, 'bulkCreateWorkItems', 'BulkCreateWorkItemsInput', { items });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'After the gap' });

    const resumed = subscribe(await connect(team.member.token), organizationActivity, {
      organizationId: team.organizationId,
      after: seen!.cursor,
    });
    const missed = await eventsUntil(resumed, 'organizationActivity', titled('After the gap'));
    expect(titlesOf(missed)).toEqual([{ title: 'After the gap' }]);
    resumed.dispose();
  });

  it('follows a team through the projects it has a role in, a project attached later included', async () => {
    const { team, hidden } = await organization();
    const squad = await createTeam(stack, team.admin.token, team.organizationId);
    await addTeamMember(stack, team.admin.token, squad.id, team.member.userId);
    await attachTeam(stack, team.admin.token, team.project.id, squad.id, 'MEMBER');

    const live = subscribe(await connect(team.admin.token), teamActivity, { teamId: squad.id });
    await untilSubscribed(live, probe(team));
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Not the team’s' });
    await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'The team’s' });
    const before = await eventsUntil(live, 'teamActivity', titled('The team’s'));
    expect(titlesOf(before)).not.toContainEqual({ title: 'Not the team’s' });

    await attachTeam(stack, team.admin.token, hidden.id, squad.id, 'VIEWER');
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, title: 'Now the team’s' });
    const [attached] = (await eventsUntil(live, 'teamActivity', titled('Now the team’s'))).slice(-1);
    expect(attached).toMatchObject({ __typename: 'WorkItemChangeEvent', kind: 'CREATED', projectId: hidden.id });
    live.dispose();
  });

  it('refuses someone outside the organization with NOT_FOUND, and IDs of another type with BAD_USER_INPUT', async () => {
    const { team } = await organization();
    const stranger = await seedProjectTeam(stack);
    const client = await connect(stranger.admin.token);
    const refusal = (query: string, variables: Record<string, unknown>) =>
      subscribe(client, query, variables).ended.then(
        () => null,
        (errors: { extensions: unknown }[]) => errors.map((error) => error.extensions),
      );
    expect(await refusal(organizationActivity, { organizationId: team.organizationId })).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    const squad = await createTeam(stack, team.admin.token, team.organizationId);
    expect(await refusal(teamActivity, { teamId: squad.id })).toEqual([{ code: 'NOT_FOUND' }]);
    expect(await refusal(organizationActivity, { organizationId: team.project.id })).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'organizationId' }),
    ]);
    expect(await refusal(teamActivity, { teamId: team.organizationId })).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'teamId' }),
    ]);
  });
});
