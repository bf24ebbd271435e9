import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../lib/ids';
import { asService, createProject, dataOf, errorOf, querySql, rawId, type Caller } from '../../testkit';
import {
  expectRefusal,
  personOf,
  roleTable,
  organizationAdminOutcomes,
  projectAdminOutcomes,
  useIntegrationsPeople,
  type Person,
} from './support';

// Who may connect repository hosts and set what merges do, and which inputs those writes refuse.
// Connections are the organization's OWNERs' and ADMINs'; a project's merge settings its ADMINs'.
// Members below that role get FORBIDDEN; those who cannot see the organization (or project)
// NOT_FOUND, exactly as for one that does not exist. Work-items answers which project a state is of.
const { integrations, people } = useIntegrationsPeople(['users', 'projects', 'work-items']);

const createMutation = `mutation ($input: CreateVcsConnectionInput!) {
  createVcsConnection(input: $input) { secret connection { id provider name webhookUrl organization { id } createdBy { id } } }
}`;
const deleteMutation = `mutation ($input: DeleteVcsConnectionInput!) { deleteVcsConnection(input: $input) { deletedConnectionId } }`;
const rotateMutation = `mutation ($input: RotateVcsConnectionSecretInput!) {
  rotateVcsConnectionSecret(input: $input) { secret connection { id } }
}`;
const settingsMutation = `mutation ($input: SetVcsProjectSettingsInput!) {
  setVcsProjectSettings(input: $input) { settings { moveOnMerge mergedState { id } } }
}`;
const statesQuery = `query ($id: ID!) {
  _entities(representations: [{ __typename: "Project", id: $id }]) { ... on Project { workflow { states { id category } } } }
}`;
const readsQuery = `query ($organization: ID!, $project: ID!, $connection: ID!) {
  _entities(representations: [
    { __typename: "Organization", id: $organization }
    { __typename: "Project", id: $project }
    { __typename: "VcsConnection", id: $connection }
  ]) {
    ... on Organization { vcsConnections(first: 100) { totalCount edges { node { id } } } }
    ... on Project { vcsSettings { moveOnMerge } }
    ... on VcsConnection { id }
  }
}`;

/** A new GitHub connection of the team's organization, made by its OWNER: its global ID. */
async function newConnection(): Promise<string> {
  const input = { organizationId: people.team.organizationId, provider: 'GITHUB', name: 'acme' };
  return dataOf(await integrations.execute(people.team.admin, createMutation, { input })).createVcsConnection.connection
    .id as string;
}

/** The connection's stored row (its sealed secret included), or undefined once it is gone. */
const connectionRow = async (id: string) =>
  (
    await querySql<Record<string, unknown>>(integrations, 'SELECT * FROM integrations.vcs_connection WHERE id = $1', [
      rawId(id),
    ])
  )[0];

const connectionsOfOrganization = async (organizationId: string) =>
  (
    await querySql<{ n: number }>(
      integrations,
      'SELECT count(*)::int AS n FROM integrations.vcs_connection WHERE organization_id = $1',
      [rawId(organizationId)],
    )
  )[0]!.n;

const settingsRow = async (projectId: string) =>
  (
    await querySql<Record<string, unknown>>(
      integrations,
      'SELECT * FROM integrations.vcs_project_settings WHERE project_id = $1',
      [rawId(projectId)],
    )
  )[0];

/** The workflow states of a project, as work-items answers them. */
async function statesOf(projectId: string): Promise<{ id: string; category: string }[]> {
  const res = await integrations.peer('work-items').execute(people.team.admin, statesQuery, { id: projectId });
  return dataOf(res)._entities[0].workflow.states;
}

describe('createVcsConnection by role', () => {
  const create = (caller: Caller, organizationId = people.team.organizationId) =>
    integrations.execute(caller, createMutation, { input: { organizationId, provider: 'GITLAB', name: '  acme  ' } });

  it.each(roleTable(organizationAdminOutcomes))('answers %s: %s', async (_who, who, outcome) => {
    const person = personOf(people, who);
    const before = await connectionsOfOrganization(people.team.organizationId);
    const response = await create(person);
    if (outcome === 'succeeds') {
      const { secret, connection } = dataOf(response).createVcsConnection;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(connection).toMatchObject({
        provider: 'GITLAB',
        name: 'acme',
        organization: { id: people.team.organizationId },
        createdBy: { id: person.userId },
      });
      expect(connection.webhookUrl).toMatch(new RegExp(`/hooks/vcs/${connection.id}$`));
      expect(await connectionsOfOrganization(people.team.organizationId)).toBe(before + 1);
      return;
    }
    expectRefusal(response, outcome, await create(people.team.admin, toGlobalId('Organization', randomUUID())));
    expect(await connectionsOfOrganization(people.team.organizationId)).toBe(before);
  });

  it.each([
    ['an organization ID that is no global ID', () => ({ organizationId: 'not-an-id' }), 'input.organizationId'],
    [
      'a project ID given as the organization',
      () => ({ organizationId: people.team.project.id }),
      'input.organizationId',
    ],
    ['a blank name', () => ({ name: '   ' }), 'input.name'],
    ['a name over 100 characters', () => ({ name: 'n'.repeat(101) }), 'input.name'],
  ])('refuses %s with BAD_USER_INPUT on its field, and connects nothing', async (_what, bad, field) => {
    const before = await connectionsOfOrganization(people.team.organizationId);
    const input = { organizationId: people.team.organizationId, provider: 'GITHUB', name: 'acme', ...bad() };
    expect(errorOf(await integrations.execute(people.team.admin, createMutation, { input }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(await connectionsOfOrganization(people.team.organizationId)).toBe(before);
  });

  it('counts a name’s characters as a person does: 100 emoji are a name', async () => {
    const input = { organizationId: people.team.organizationId, provider: 'GITHUB', name: '🚀'.repeat(100) };
    const { connection } = dataOf(
      await integrations.execute(people.team.admin, createMutation, { input }),
    ).createVcsConnection;
    expect(connection.name).toBe('🚀'.repeat(100));
  });
});

describe.each([
  ['deleteVcsConnection', deleteMutation],
  ['rotateVcsConnectionSecret', rotateMutation],
] as const)('%s by role', (name, document) => {
  const run = (caller: Caller, connectionId: string) =>
    integrations.execute(caller, document, { input: { connectionId } });
  const onNothing = () => run(people.team.admin, toGlobalId('VcsConnection', randomUUID()));

  it.each(roleTable(organizationAdminOutcomes))('answers %s: %s', async (_who, who, outcome) => {
    const connectionId = await newConnection();
    const before = await connectionRow(connectionId);
    const response = await run(personOf(people, who), connectionId);
    if (outcome !== 'succeeds') {
      expectRefusal(response, outcome, await onNothing());
      expect(await connectionRow(connectionId)).toEqual(before);
      return;
    }
    const data = dataOf(response);
    if (name === 'deleteVcsConnection') {
      expect(data.deleteVcsConnection.deletedConnectionId).toBe(connectionId);
      expect(await connectionRow(connectionId)).toBeUndefined();
    } else {
      expect(data.rotateVcsConnectionSecret.secret).toMatch(/^[0-9a-f]{64}$/);
      expect((await connectionRow(connectionId))!.secret_ciphertext).not.toBe(before!.secret_ciphertext);
    }
  });

  it('answers NOT_FOUND for a connection that does not exist', async () => {
    expect(errorOf(await onNothing()).code).toBe('NOT_FOUND');
  });

  it.each([
    ['a connection ID that is no global ID', () => 'not-an-id'],
    ['the global ID of an organization instead of a connection', () => people.team.organizationId],
  ])('refuses %s with BAD_USER_INPUT on input.connectionId', async (_what, connectionId) => {
    expect(errorOf(await run(people.team.admin, connectionId()))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.connectionId',
    });
  });
});

describe('setVcsProjectSettings', () => {
  const set = (caller: Caller, input: Record<string, unknown>) =>
    integrations.execute(caller, settingsMutation, { input: { projectId: people.team.project.id, ...input } });

  it.each(roleTable(projectAdminOutcomes))('answers %s: %s', async (_who, who, outcome) => {
    const before = await settingsRow(people.team.project.id);
    const moveOnMerge = !(before?.move_on_merge ?? true);
    const response = await set(personOf(people, who), { moveOnMerge });
    if (outcome === 'succeeds') {
      expect(dataOf(response).setVcsProjectSettings.settings.moveOnMerge).toBe(moveOnMerge);
      expect((await settingsRow(people.team.project.id))!.move_on_merge).toBe(moveOnMerge);
      return;
    }
    const missing = await set(people.team.admin, { projectId: toGlobalId('Project', randomUUID()), moveOnMerge });
    expectRefusal(response, outcome, missing);
    expect(await settingsRow(people.team.project.id)).toEqual(before);
  });

  it('moves merged items to a chosen state of the project’s workflow, and back to the first DONE state with null', async () => {
    const [, second] = await statesOf(people.team.project.id);
    const chosen = dataOf(await set(people.projectAdmin, { mergedStateId: second!.id })).setVcsProjectSettings;
    expect(chosen.settings.mergedState).toEqual({ id: second!.id });
    const reset = dataOf(await set(people.projectAdmin, { mergedStateId: null })).setVcsProjectSettings;
    expect(reset.settings.mergedState).toBeNull();
  });

  it.each([
    ['a project ID that is no global ID', async () => ({ projectId: 'not-an-id' }), 'input.projectId'],
    [
      'an organization ID given as the project',
      async () => ({ projectId: people.team.organizationId }),
      'input.projectId',
    ],
    ['a state ID that is no global ID', async () => ({ mergedStateId: 'not-an-id' }), 'input.mergedStateId'],
    [
      'a work item ID given as the state',
      async () => ({ mergedStateId: toGlobalId('WorkItem', randomUUID()) }),
      'input.mergedStateId',
    ],
    [
      'a state that does not exist',
      async () => ({ mergedStateId: toGlobalId('WorkflowState', randomUUID()) }),
      'input.mergedStateId',
    ],
    [
      'a state of another project of the organization',
      async () => {
        const sibling = await createProject(integrations, people.team.admin.token, people.team.organizationId);
        return { mergedStateId: (await statesOf(sibling.id))[0]!.id };
      },
      'input.mergedStateId',
    ],
    ['a null moveOnMerge', async () => ({ moveOnMerge: null }), 'input.moveOnMerge'],
  ])('refuses %s with BAD_USER_INPUT on its field, and changes nothing', async (_what, bad, field) => {
    const input = await bad();
    const before = await settingsRow(people.team.project.id);
    expect(errorOf(await set(people.team.admin, input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await settingsRow(people.team.project.id)).toEqual(before);
  });
});

describe('what each person reads of the connections and settings', () => {
  /** Its admins see the organization's connections; whoever reads the project (FORBIDDEN writes, not NOT_FOUND) its settings. */
  const sees = (who: Person) => ({
    connections: organizationAdminOutcomes[who] === 'succeeds',
    settings: projectAdminOutcomes[who] !== 'NOT_FOUND',
  });

  it.each(roleTable(organizationAdminOutcomes))(
    'shows %s the connections only when they administer the organization, and the settings only when they read the project',
    async (_who, who) => {
      const seen = sees(who);
      const connectionId = await newConnection();
      const res = await integrations.execute(personOf(people, who), readsQuery, {
        organization: people.team.organizationId,
        project: people.team.project.id,
        connection: connectionId,
      });
      const [organization, project, connection] = dataOf(res)._entities;
      const listed = organization.vcsConnections.edges.map((edge: { node: { id: string } }) => edge.node.id);
      if (seen.connections) expect(listed).toContain(connectionId);
      else expect(organization.vcsConnections).toEqual({ totalCount: 0, edges: [] });
      expect(connection).toEqual(seen.connections ? { id: connectionId } : null);
      expect(project.vcsSettings === null).toBe(!seen.settings);
    },
  );

  it('refuses a page of more than 100 connections with BAD_USER_INPUT on first', async () => {
    const res = await integrations.execute(
      people.team.admin,
      'query ($id: ID!) { _entities(representations: [{ __typename: "Organization", id: $id }]) { ... on Organization { vcsConnections(first: 101) { totalCount } } } }',
      { id: people.team.organizationId },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lets no person hand in a repository host’s delivery, whatever their role', async () => {
    const connectionId = await newConnection();
    const receive = `mutation ($input: ReceiveVcsWebhookInput!) { receiveVcsWebhook(input: $input) { outcome } }`;
    const input = { connectionId, headers: [{ name: 'x-github-event', value: 'ping' }], body: '{}' };
    for (const who of ['owner', 'organizationAdmin', 'stranger'] as const) {
      expect(errorOf(await integrations.execute(personOf(people, who), receive, { input })).code).toBe('FORBIDDEN');
    }
    const byRouter = await integrations.execute(asService('users'), receive, { input });
    expect(byRouter.body.errors).toBeUndefined();
  });
});
