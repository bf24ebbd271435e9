import {
  addOrganizationMember,
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  inviteOrganizationMember,
  querySql,
  rawId,
  runMutation,
  seedProjectTeam,
  signUpUser,
  untilAnalyticsCaughtUp,
  untilNotificationsCaughtUp,
  untilSprintsCaughtUp,
  useTestStack,
} from '../testkit';
import { uploadFile } from '../files/support';
import { createEndpoint, until } from '../integrations/support';
import { outboxEventsOf } from '../testkit/outbox';

const stack = useTestStack({ integrations: { env: { INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } } });

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const deleteOrganization = (token: string, organizationId: string, confirmSlug: string) =>
  run(
    `mutation ($input: DeleteOrganizationInput!) { deleteOrganization(input: $input) { deletedOrganizationId } }`,
    { input: { organizationId, confirmSlug } },
    token,
  );

const slugOf = async (token: string, organizationId: string) =>
  dataOf(await run(`query ($id: ID!) { organization(id: $id) { slug } }`, { id: organizationId }, token)).organization
    .slug as string;

/** Rows every table with `column` holds of `id`, in every service's schema; only the tables holding some. */
async function rowsWith(column: 'organization_id' | 'project_id', id: string): Promise<Record<string, number>> {
  const tables = await querySql<{ name: string }>(
    stack,
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.columns
     WHERE column_name = $1 AND table_schema <> 'public' ORDER BY 1`,
    [column],
  );
  const counts = await querySql<{ name: string; count: number }>(
    stack,
    tables
      .map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS count FROM ${name} WHERE ${column} = $1`)
      .join(' UNION ALL '),
    [rawId(id)],
  );
  return Object.fromEntries(counts.filter((row) => row.count > 0).map((row) => [row.name, row.count]));
}

describe('deleteOrganization', () => {
  it('refuses an ADMIN, a MEMBER and a GUEST with FORBIDDEN, an outsider with NOT_FOUND, and an ID that is no organization or a slug that is not its own with BAD_USER_INPUT', async () => {
    const team = await seedProjectTeam(stack);
    const slug = await slugOf(team.admin.token, team.organizationId);
    const admin = await signUpUser(stack, { name: 'Ida Admin' });
    await addOrganizationMember(stack, team.admin.token, team.organizationId, admin, 'ADMIN');

    expect(errorOf(await deleteOrganization(admin.token, team.organizationId, slug)).code).toBe('FORBIDDEN');
    expect(errorOf(await deleteOrganization(team.member.token, team.organizationId, slug)).code).toBe('FORBIDDEN');
    const stranger = await signUpUser(stack, { name: 'Sam Stranger' });
    expect(errorOf(await deleteOrganization(stranger.token, team.organizationId, slug)).code).toBe('NOT_FOUND');
    const guest = await signUpUser(stack, { name: 'Gus Guest' });
    await addOrganizationMember(stack, team.admin.token, team.organizationId, guest, 'GUEST');
    expect(errorOf(await deleteOrganization(guest.token, team.organizationId, slug)).code).toBe('FORBIDDEN');
    expect(errorOf(await deleteOrganization(team.admin.token, team.project.id, slug))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organizationId',
    });
    expect(errorOf(await deleteOrganization(team.admin.token, team.organizationId, `${slug}x`))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.confirmSlug',
    });
    expect(await slugOf(team.member.token, team.organizationId)).toBe(slug);
  });

  it('ends every role in it at once, and every service deletes its projects, teams and the rest while its people keep their accounts and other organizations', async () => {
    const team = await seedProjectTeam(stack);
    const { admin, member } = team;
    const slug = await slugOf(admin.token, team.organizationId);
    const archived = await createProject(stack, admin.token, team.organizationId);
    await runMutation(stack, admin.token, 'archiveProject', 'ArchiveProjectInput', { projectId: archived.id });
    const item = await createWorkItem(stack, admin.token, {
      projectId: team.project.id,
      title: 'Story',
      assigneeId: member.userId,
    });
    await uploadFile(stack, member.token, {
      target: item.id,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('notes'),
    });
    const { createTeam } = dataOf(
      await run(
        `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`,
        { input: { organizationId: team.organizationId, name: 'Core' } },
        admin.token,
      ),
    );
    await runMutation(stack, admin.token, 'addTeamMember', 'AddTeamMemberInput', {
      teamId: createTeam.team.id,
      userId: member.userId,
    });
    await runMutation(stack, admin.token, 'createDashboard', 'CreateDashboardInput', {
      organizationId: team.organizationId,
      name: 'Everything',
    });
    await runMutation(stack, admin.token, 'setFileLimits', 'SetFileLimitsInput', {
      organizationId: team.organizationId,
      retentionDays: 7,
    });
    await runMutation(stack, admin.token, 'createVcsConnection', 'CreateVcsConnectionInput', {
      organizationId: team.organizationId,
      provider: 'GITHUB',
      name: 'github.com/acme',
    });
    await createEndpoint(stack, admin.token, {
      organizationId: team.organizationId,
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['work_item.created'],
    });
    await inviteOrganizationMember(stack, admin.token, team.organizationId, 'later@example.com', 'MEMBER');
    const elsewhere = await createOrganization(stack, member.token);
    await untilSprintsCaughtUp(stack);
    await untilNotificationsCaughtUp(stack);
    await untilAnalyticsCaughtUp(stack);
    expect(Object.keys(await rowsWith('organization_id', team.organizationId))).toEqual(
      expect.arrayContaining([
        'users.organization_member',
        'users.organization_invitation',
        'projects.project',
        'projects.team',
        'work_items.project_settings',
        'analytics.dashboard',
        'files.organization_limits',
        'files.file',
        'integrations.vcs_connection',
        'integrations.webhook_endpoint',
      ]),
    );

    const userEvents = await outboxEventsOf(stack, 'users', async () => {
      const { deleteOrganization: payload } = dataOf(await deleteOrganization(admin.token, team.organizationId, slug));
      expect(payload.deletedOrganizationId).toBe(team.organizationId);
    });
    expect(userEvents.map((event) => [event.type, event.payload])).toEqual([
      ['organization.deleted', { organization: { id: rawId(team.organizationId), slug, name: expect.any(String) } }],
    ]);

    for (const user of [admin, member]) {
      const read = await run(
        `query ($org: ID!, $project: ID!, $item: ID!) {
          organization(id: $org) { id } project(id: $project) { id } workItem(id: $item) { id }
        }`,
        { org: team.organizationId, project: team.project.id, item: item.id },
        user.token,
      );
      expect(read.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    }

    await until(
      async () =>
        (
          await querySql(stack, `SELECT 1 FROM files.file WHERE organization_id = $1 AND deleted_at IS NULL`, [
            rawId(team.organizationId),
          ])
        ).length === 0,
      "the organization's files are retired",
    );
    let left: Record<string, number> = {};
    await until(async () => {
      await stack.sweeper.runDue();
      const byProject = await Promise.all([team.project.id, archived.id].map((id) => rowsWith('project_id', id)));
      left = Object.assign({}, await rowsWith('organization_id', team.organizationId), ...byProject);
      return Object.keys(left).length === 0;
    }, 'every service has deleted what it held of the organization');
    expect(left).toEqual({});

    const { me } = dataOf(await run(`query { me { name organizations { nodes { id } } } }`, {}, member.token));
    expect(me).toEqual({ name: member.name, organizations: { nodes: [{ id: elsewhere.id }] } });
  });
});
