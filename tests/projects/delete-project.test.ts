import {
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  querySql,
  rawId,
  runMutation,
  seedProjectTeam,
  untilAnalyticsCaughtUp,
  untilNotificationsCaughtUp,
  untilSprintsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { uploadFile } from '../files/support';
import { createEndpoint, deliveriesOf, until, untilWebhooksCaughtUp } from '../integrations/support';
import { outboxEventsOf } from '../testkit/outbox';

const stack = useTestStack({ integrations: { env: { INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } } });

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const deleteProject = (token: string, projectId: string) =>
  run(
    `mutation ($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }`,
    { input: { projectId } },
    token,
  );

const archive = (token: string, projectId: string) =>
  runMutation(stack, token, 'archiveProject', 'ArchiveProjectInput', { projectId });

/** Rows each service holds of the project, by table. */
const projectTables = [
  'projects.project_member',
  'work_items.work_item',
  'work_items.workflow_state',
  'work_items.label',
  'work_items.project_settings',
  'sprints.sprint',
  'sprints.work_item',
  'notifications.notification',
  'notifications.work_item',
  'analytics.item_fact',
  'analytics.dashboard',
  'files.link_attachment',
  'integrations.webhook_endpoint',
];

async function rowsOf(projectId: string): Promise<Record<string, number>> {
  const counts = await querySql<{ name: string; count: number }>(
    stack,
    projectTables
      .map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM ${table} WHERE project_id = $1`)
      .join(' UNION ALL '),
    [rawId(projectId)],
  );
  return Object.fromEntries(counts.map((row) => [row.name, row.count]));
}

/** Every table of every service with a `project_id` column. */
const allProjectTables = async () =>
  (
    await querySql<{ name: string }>(
      stack,
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.columns
       WHERE column_name = 'project_id' AND table_schema <> 'public' ORDER BY 1`,
    )
  ).map((row) => row.name);

const liveFilesOf = async (projectId: string) =>
  (
    await querySql<{ count: number }>(
      stack,
      'SELECT count(*)::int AS count FROM files.file WHERE project_id = $1 AND deleted_at IS NULL',
      [rawId(projectId)],
    )
  )[0]!.count;

/** A project with something in every service: items, a label, a comment, a sprint, a file and a link, a notification, a dashboard, an endpoint. */
async function populatedProject(team: ProjectTeam) {
  const { project, admin, member } = team;
  const epic = await createWorkItem(stack, admin.token, { projectId: project.id, type: 'EPIC', title: 'Epic' });
  const story = await createWorkItem(stack, admin.token, {
    projectId: project.id,
    title: 'Story',
    parentId: epic.id,
    assigneeId: member.userId,
  });
  await runMutation(stack, admin.token, 'createLabel', 'CreateLabelInput', {
    projectId: project.id,
    name: 'bug',
    color: '#d73a4a',
  });
  await runMutation(stack, member.token, 'addComment', 'AddCommentInput', { workItemId: story.id, body: 'On it.' });
  const { createSprint } = dataOf(
    await run(
      `mutation ($input: CreateSprintInput!) { createSprint(input: $input) { sprint { id } } }`,
      { input: { projectId: project.id, name: 'Sprint 1', startDate: '2026-12-07', endDate: '2026-12-21' } },
      admin.token,
    ),
  );
  await runMutation(stack, admin.token, 'addWorkItemsToSprint', 'AddWorkItemsToSprintInput', {
    sprintId: createSprint.sprint.id,
    workItemIds: [story.id],
  });
  await uploadFile(stack, member.token, {
    target: story.id,
    fileName: 'notes.txt',
    contentType: 'text/plain',
    bytes: Buffer.from('notes'),
  });
  await runMutation(stack, member.token, 'upsertLinkAttachment', 'UpsertLinkAttachmentInput', {
    target: story.id,
    url: 'https://docs.example.com/spec',
    title: 'Spec',
  });
  const { createDashboard } = dataOf(
    await run(
      `mutation ($input: CreateDashboardInput!) { createDashboard(input: $input) { dashboard { id } } }`,
      {
        input: {
          organizationId: team.organizationId,
          name: 'Project board',
          sharing: 'PROJECT',
          projectId: project.id,
        },
      },
      admin.token,
    ),
  );
  await runMutation(stack, admin.token, 'addDashboardWidget', 'AddDashboardWidgetInput', {
    dashboardId: createDashboard.dashboard.id,
    title: 'Throughput',
    metric: 'THROUGHPUT',
    population: { projectId: project.id },
  });
  const endpoint = await createEndpoint(stack, admin.token, {
    organizationId: team.organizationId,
    projectId: project.id,
    url: 'http://127.0.0.1:9/hook',
    eventTypes: ['project.deleted', 'work_item.created'],
  });
  return { epic, story, endpoint, projectDashboardId: createDashboard.dashboard.id as string };
}

describe('deleteProject', () => {
  it('refuses an active project with CONFLICT, a project ADMIN who is no organization admin with FORBIDDEN, and an outsider with NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    await runMutation(stack, team.admin.token, 'changeProjectMemberRole', 'ChangeProjectMemberRoleInput', {
      projectId: team.project.id,
      userId: team.member.userId,
      role: 'ADMIN',
    });

    const active = errorOf(await deleteProject(team.admin.token, team.project.id));
    expect(active.code).toBe('CONFLICT');
    expect(active.message).toMatch(/archive it first/);

    await archive(team.admin.token, team.project.id);
    expect(errorOf(await deleteProject(team.member.token, team.project.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await deleteProject(team.viewer.token, team.project.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await deleteProject(team.outsider.token, team.project.id)).code).toBe('NOT_FOUND');
    const badId = errorOf(await deleteProject(team.admin.token, 'not-an-id'));
    expect(badId).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.projectId' });

    const { project } = dataOf(
      await run(`query ($id: ID!) { project(id: $id) { id } }`, { id: team.project.id }, team.member.token),
    );
    expect(project.id).toBe(team.project.id);
  });

  it('ends access at once, and every service purges what it held of the project while other projects keep theirs, widgets measuring it and dashboards shared with it included', async () => {
    const team = await seedProjectTeam(stack);
    const other = await createProject(stack, team.admin.token, team.organizationId);
    const kept = await createWorkItem(stack, team.admin.token, { projectId: other.id, title: 'Elsewhere' });
    const { story, endpoint, projectDashboardId } = await populatedProject(team);
    await runMutation(stack, team.admin.token, 'linkWorkItems', 'LinkWorkItemsInput', {
      sourceId: kept.id,
      targetId: story.id,
      type: 'RELATES_TO',
    });
    const { createDashboard } = dataOf(
      await run(
        `mutation ($input: CreateDashboardInput!) { createDashboard(input: $input) { dashboard { id } } }`,
        { input: { organizationId: team.organizationId, name: 'Everything' } },
        team.admin.token,
      ),
    );
    const dashboardId = createDashboard.dashboard.id as string;
    for (const [title, projectId] of [
      ['Deleted WIP', team.project.id],
      ['Other WIP', other.id],
    ]) {
      await runMutation(stack, team.admin.token, 'addDashboardWidget', 'AddDashboardWidgetInput', {
        dashboardId,
        title,
        metric: 'WIP',
        population: { projectId },
      });
    }
    const organizationWide = await createEndpoint(stack, team.admin.token, {
      organizationId: team.organizationId,
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['project.deleted'],
    });
    await untilSprintsCaughtUp(stack);
    await untilNotificationsCaughtUp(stack);
    await untilAnalyticsCaughtUp(stack);
    const before = await rowsOf(team.project.id);
    expect(Object.entries(before).filter(([, count]) => count === 0)).toEqual([]);
    expect(await liveFilesOf(team.project.id)).toBe(1);
    const otherBefore = await rowsOf(other.id);

    await archive(team.admin.token, team.project.id);
    const events = await outboxEventsOf(stack, 'projects', async () => {
      const { deleteProject: payload } = dataOf(await deleteProject(team.admin.token, team.project.id));
      expect(payload.deletedProjectId).toBe(team.project.id);
    });
    expect(events.map((event) => event.type)).toEqual(['project.deleted']);
    expect(events[0]!.payload).toEqual({
      project: {
        id: rawId(team.project.id),
        organizationId: rawId(team.organizationId),
        key: team.project.key,
        name: expect.any(String),
      },
    });

    for (const user of [team.admin, team.member]) {
      const read = await run(
        `query ($project: ID!, $item: ID!) { project(id: $project) { id } workItem(id: $item) { id } }`,
        { project: team.project.id, item: story.id },
        user.token,
      );
      expect(read.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    }
    expect(errorOf(await deleteProject(team.admin.token, team.project.id)).code).toBe('NOT_FOUND');

    const empty = Object.fromEntries(projectTables.map((table) => [table, 0]));
    let after: Record<string, number> = {};
    await until(async () => {
      after = await rowsOf(team.project.id);
      return Object.values(after).every((count) => count === 0);
    }, 'every service has purged the project');
    expect(after).toEqual(empty);
    await until(async () => (await liveFilesOf(team.project.id)) === 0, "the project's files are retired");
    expect((await stack.sweeper.runDue()).purgedFiles).toBe(1);
    const everyTable = await allProjectTables();
    expect(everyTable).toEqual(expect.arrayContaining(projectTables));
    const leftAnywhere = await querySql<{ name: string; count: number }>(
      stack,
      everyTable
        .map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM ${table} WHERE project_id = $1`)
        .join(' UNION ALL '),
      [rawId(team.project.id)],
    );
    expect(leftAnywhere.filter((row) => row.count > 0)).toEqual([]);
    expect(await rowsOf(other.id)).toEqual(otherBefore);

    const { dashboard } = dataOf(
      await run(
        `query ($id: ID!) { dashboard(id: $id) { version widgets { title position } } }`,
        { id: dashboardId },
        team.admin.token,
      ),
    );
    expect(dashboard).toEqual({ version: 4, widgets: [{ title: 'Other WIP', position: 0 }] });
    const { dashboard: madePrivate } = dataOf(
      await run(
        `query ($id: ID!) { dashboard(id: $id) { sharing project { id } widgets { title } } }`,
        { id: projectDashboardId },
        team.admin.token,
      ),
    );
    expect(madePrivate).toEqual({ sharing: 'PRIVATE', project: null, widgets: [] });

    const { workItem } = dataOf(
      await run(
        `query ($id: ID!) { workItem(id: $id) { title relations { type } } }`,
        { id: kept.id },
        team.admin.token,
      ),
    );
    expect(workItem).toEqual({ title: 'Elsewhere', relations: [] });

    await untilWebhooksCaughtUp(stack);
    expect((await deliveriesOf(stack, organizationWide.id)).map((delivery) => delivery.event_type)).toEqual([
      'project.deleted',
    ]);
    expect(await deliveriesOf(stack, endpoint.id)).toEqual([]);
  });

  it("frees the deleted project's key for a new project", async () => {
    const team = await seedProjectTeam(stack);
    await archive(team.admin.token, team.project.id);
    dataOf(await deleteProject(team.admin.token, team.project.id));
    const again = await createProject(stack, team.admin.token, team.organizationId, { key: team.project.key });
    expect(again.key).toBe(team.project.key);
    expect(again.id).not.toBe(team.project.id);
  });
});
