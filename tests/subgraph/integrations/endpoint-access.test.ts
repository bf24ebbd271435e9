import {
  addOrganizationMember,
  addProjectMember,
  createOrganization,
  createProject,
  dataOf,
  errorOf,
  seedProjectTeam,
  signUpUser,
  useSubgraph,
  type ProjectTeam,
  type TestUser,
} from '../../testkit';

// The integrations subgraph on its own database, with users and projects for roles.
const integrations = useSubgraph('integrations', {
  with: ['users', 'projects'],
  env: { INTEGRATIONS_WEBHOOK_POLL_MS: 0 },
});

const create = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id eventTypes payloadMode enabled } }
}`;
const listed = `query ($organization: ID!, $project: ID!) {
  _entities(representations: [{ __typename: "Organization", id: $organization }, { __typename: "Project", id: $project }]) {
    ... on Organization { webhookEndpoints(first: 10) { totalCount edges { node { id } } } }
    ... on Project { webhookEndpoints(first: 10) { totalCount edges { node { id } } } }
  }
}`;
const update = `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { id description } } }`;
const rotate = `mutation ($id: ID!, $hours: Int) { rotateWebhookSecret(input: { endpointId: $id, overlapHours: $hours }) { secret } }`;
const remove = `mutation ($id: ID!) { deleteWebhookEndpoint(input: { endpointId: $id }) { deletedEndpointId } }`;
const replay = `mutation ($id: ID!, $from: DateTime!, $to: DateTime!) {
  replayWebhooks(input: { endpointId: $id, from: $from, to: $to }) { replayedCount }
}`;

const hook = (extra: Record<string, unknown>) => ({
  url: 'https://hooks.example.com/in',
  eventTypes: ['work_item.created'],
  ...extra,
});

describe('who manages webhook endpoints', () => {
  let team: ProjectTeam;
  let organizationAdmin: TestUser;
  let projectAdmin: TestUser;
  let stranger: TestUser;
  beforeAll(async () => {
    team = await seedProjectTeam(integrations);
    [organizationAdmin, projectAdmin, stranger] = await Promise.all([
      signUpUser(integrations, { name: 'Olga Org Admin' }),
      signUpUser(integrations, { name: 'Pat Project Admin' }),
      signUpUser(integrations, { name: 'Stan Stranger' }),
    ]);
    await addOrganizationMember(integrations, team.admin.token, team.organizationId, organizationAdmin, 'ADMIN');
    await addOrganizationMember(integrations, team.admin.token, team.organizationId, projectAdmin, 'MEMBER');
    await addProjectMember(integrations, team.admin.token, team.project.id, projectAdmin.userId, 'ADMIN');
  }, 60_000);

  const createAs = (person: TestUser, extra: Record<string, unknown>) =>
    integrations.execute(person, create, { input: hook({ organizationId: team.organizationId, ...extra }) });

  it('lets the organization’s owners and admins register endpoints for it, and answers a whsec_ secret once', async () => {
    for (const person of [team.admin, organizationAdmin]) {
      const { createWebhookEndpoint } = dataOf(await createAs(person, { payloadMode: 'FULL' }));
      expect(createWebhookEndpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(createWebhookEndpoint.endpoint).toMatchObject({
        eventTypes: ['work_item.created'],
        payloadMode: 'FULL',
        enabled: true,
      });
    }
  });

  it('lets a project’s admins register endpoints for their project only', async () => {
    const { createWebhookEndpoint } = dataOf(await createAs(projectAdmin, { projectId: team.project.id }));
    expect(createWebhookEndpoint.endpoint.id).toBeTruthy();
    expect(errorOf(await createAs(projectAdmin, {}))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses members and viewers with FORBIDDEN, and people outside the organization with NOT_FOUND', async () => {
    expect(errorOf(await createAs(team.member, {}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await createAs(team.member, { projectId: team.project.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await createAs(team.viewer, { projectId: team.project.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await createAs(stranger, {}))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await createAs(stranger, { projectId: team.project.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only those who administer an endpoint change, rotate, replay or delete it', async () => {
    const { createWebhookEndpoint } = dataOf(await createAs(projectAdmin, { projectId: team.project.id }));
    const id = createWebhookEndpoint.endpoint.id;
    const window = { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' };
    const refusals: [TestUser, string][] = [
      [stranger, 'NOT_FOUND'],
      [team.outsider, 'NOT_FOUND'],
      [team.viewer, 'FORBIDDEN'],
      [team.member, 'FORBIDDEN'],
    ];
    for (const [person, code] of refusals) {
      expect(
        errorOf(await integrations.execute(person, update, { input: { endpointId: id, description: 'x' } })),
      ).toMatchObject({ code });
      expect(errorOf(await integrations.execute(person, rotate, { id }))).toMatchObject({ code });
      expect(errorOf(await integrations.execute(person, replay, { id, ...window }))).toMatchObject({ code });
      expect(errorOf(await integrations.execute(person, remove, { id }))).toMatchObject({ code });
    }
    for (const person of [projectAdmin, organizationAdmin, team.admin]) {
      const changed = dataOf(
        await integrations.execute(person, update, { input: { endpointId: id, description: 'CI' } }),
      );
      expect(changed.updateWebhookEndpoint.endpoint.description).toBe('CI');
      expect(dataOf(await integrations.execute(person, rotate, { id })).rotateWebhookSecret.secret).toMatch(/^whsec_/);
      expect(dataOf(await integrations.execute(person, replay, { id, ...window })).replayWebhooks.replayedCount).toBe(
        0,
      );
    }
    expect(
      dataOf(await integrations.execute(projectAdmin, remove, { id })).deleteWebhookEndpoint.deletedEndpointId,
    ).toBe(id);
    expect(errorOf(await integrations.execute(projectAdmin, remove, { id }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists an organization’s endpoints to its admins and a project’s to its admins, empty for everyone else', async () => {
    const other = await seedProjectTeam(integrations);
    const orgWide = dataOf(
      await integrations.execute(other.admin, create, { input: hook({ organizationId: other.organizationId }) }),
    ).createWebhookEndpoint.endpoint.id;
    const ofProject = dataOf(
      await integrations.execute(other.admin, create, {
        input: hook({ organizationId: other.organizationId, projectId: other.project.id }),
      }),
    ).createWebhookEndpoint.endpoint.id;
    const ids = async (person: TestUser) => {
      const { _entities } = dataOf(
        await integrations.execute(person, listed, { organization: other.organizationId, project: other.project.id }),
      );
      return _entities.map((entity: { webhookEndpoints: { edges: { node: { id: string } }[] } }) =>
        entity.webhookEndpoints.edges.map((edge) => edge.node.id),
      );
    };
    expect(await ids(other.admin)).toEqual([[orgWide, ofProject], [ofProject]]);
    for (const person of [other.member, other.viewer, other.outsider, stranger])
      expect(await ids(person)).toEqual([[], []]);
  });
});

describe('what an endpoint may be', () => {
  let team: ProjectTeam;
  let elsewhere: { id: string };
  beforeAll(async () => {
    team = await seedProjectTeam(integrations);
    const organization = await createOrganization(integrations, team.admin.token);
    elsewhere = await createProject(integrations, team.admin.token, organization.id);
  }, 60_000);

  const refusal = async (extra: Record<string, unknown>) =>
    errorOf(
      await integrations.execute(team.admin, create, {
        input: hook({ organizationId: team.organizationId, ...extra }),
      }),
    );

  it.each([
    ['a URL that is no URL', { url: 'hooks.example.com/in' }, 'input.url'],
    ['an http URL of a host not allow-listed', { url: 'http://hooks.example.com/in' }, 'input.url'],
    ['a URL with a user and password', { url: 'https://user:secret@hooks.example.com/in' }, 'input.url'],
    ['an unknown event type', { eventTypes: ['work_item.created', 'work_item.exploded'] }, 'input.eventTypes.1'],
    ['no event types', { eventTypes: [] }, 'input.eventTypes'],
    ['a project of another organization', { projectId: 'ELSEWHERE' }, 'input.projectId'],
    ['a description over 500 characters', { description: 'x'.repeat(501) }, 'input.description'],
  ])('refuses %s with BAD_USER_INPUT on its field', async (_what, extra: Record<string, unknown>, field) => {
    const input = extra.projectId === 'ELSEWHERE' ? { projectId: elsewhere.id } : extra;
    expect(await refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an overlap over seven days and a replay window that ends before it starts', async () => {
    const { createWebhookEndpoint } = dataOf(
      await integrations.execute(team.admin, create, { input: hook({ organizationId: team.organizationId }) }),
    );
    const id = createWebhookEndpoint.endpoint.id;
    expect(errorOf(await integrations.execute(team.admin, rotate, { id, hours: 169 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.overlapHours',
    });
    expect(
      errorOf(
        await integrations.execute(team.admin, replay, {
          id,
          from: '2026-01-02T00:00:00Z',
          to: '2026-01-01T00:00:00Z',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
  });
});
