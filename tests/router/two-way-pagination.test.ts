import {
  createOrganization,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  inviteOrganizationMember,
  runMutation,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { addTeamMember, attachTeam, createTeam } from '../projects/helpers';
import { connectionThroughRouter, expectSameRowsBothWays } from '../testkit/two-way-pages';

const stack = useTestStack();

/** The page variables every query below declares, and the selection of its connection. */
const vars = '$first: Int, $after: String, $last: Int, $before: String';
const page = 'first: $first, after: $after, last: $last, before: $before';
const info = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const edges = (node = 'id') => `edges { cursor node { ${node} } } ${info}`;

let team: ProjectTeam;
let epicId: string;
let itemIds: string[];
let commentId: string;
let savedViewId: string;
let sprintId: string;
let teamId: string;

const through = (
  query: string,
  connectionPath: string,
  variables: Record<string, unknown> = {},
  idPath = 'id',
  token = team.admin.token,
) => connectionThroughRouter(stack, token, query, connectionPath, variables, idPath);

beforeAll(async () => {
  team = await seedProjectTeam(stack);
  const { admin, member, viewer, project, organizationId } = team;
  const run = (field: string, inputType: string, input: Record<string, unknown>, token = admin.token) =>
    runMutation(stack, token, field, inputType, input);

  const epic = await createWorkItem(stack, admin.token, { projectId: project.id, type: 'EPIC', title: 'Deploy epic' });
  epicId = epic.id;
  const priorities = ['LOW', 'HIGH', 'NONE', 'HIGH', 'URGENT'];
  const dueDates = ['2027-01-03', null, '2027-01-01', '2027-01-03', null];
  itemIds = [];
  for (const [n, priority] of priorities.entries()) {
    const item = await createWorkItem(stack, admin.token, {
      projectId: project.id,
      type: 'STORY',
      title: `Deploy step ${n}`,
      parentId: epic.id,
      priority,
      dueDate: dueDates[n],
      assigneeId: member.userId,
    });
    itemIds.push(item.id);
  }
  const other = await createProject(stack, admin.token, organizationId, { key: 'OTH' });
  for (const n of [1, 2]) await createWorkItem(stack, admin.token, { projectId: other.id, title: `Deploy other ${n}` });

  const first = itemIds[0]!;
  for (const body of ['One', 'Two', 'Three', 'Four']) {
    await run('addComment', 'AddCommentInput', { workItemId: first, body: `${body} deploy note` });
  }
  const comments = dataOf(
    await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          workItem(id: $id) {
            comments(first: 1) {
              nodes {
                id
              }
            }
          }
        }
      `,
      {
        id: first,
      },
      { token: admin.token },
    ),
  );
  commentId = comments.workItem.comments.nodes[0].id;
  for (const body of ['Reply a', 'Reply b', 'Reply c']) {
    await run('addComment', 'AddCommentInput', { workItemId: first, body, replyTo: commentId });
  }
  const renamed = dataOf(
    await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          workItem(id: $id) {
            version
          }
        }
      `,
      { id: first },
      { token: admin.token },
    ),
  ) as { workItem: { version: number } };
  let version = renamed.workItem.version;
  for (const title of ['Renamed once', 'Renamed twice', 'Renamed thrice']) {
    const updated = dataOf(
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
        { input: { id: first, title, expectedVersion: version } },
        { token: admin.token },
      ),
    ) as { updateWorkItem: { workItem: { version: number } } };
    version = updated.updateWorkItem.workItem.version;
  }
  for (const [i, day] of ['2026-11-01', '2026-11-02', '2026-11-02', '2026-11-05'].entries()) {
    await run('logWork', 'LogWorkInput', { workItemId: first, day, minutes: 30 + i });
  }
  for (const user of [admin, member, viewer])
    await run('watchWorkItem', 'WatchWorkItemInput', { workItemId: first }, user.token);

  for (const name of ['zeta', 'alpha', 'Mid', 'beta']) {
    await run('createLabel', 'CreateLabelInput', { projectId: project.id, name, color: '#445566' });
  }
  const releases: [string, string | null][] = [
    ['R3', '2027-03-01'],
    ['R1', '2027-01-01'],
    ['Someday', null],
    ['R2', '2027-02-01'],
  ];
  for (const [name, releaseDate] of releases) {
    await run('createRelease', 'CreateReleaseInput', { projectId: project.id, name, releaseDate });
  }
  for (const name of ['View 1', 'View 2', 'View 3']) {
    await run('createSavedView', 'CreateSavedViewInput', { projectId: project.id, name, shared: true });
  }
  const views = dataOf(
    await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          project(id: $id) {
            savedViews(first: 1) {
              nodes {
                id
              }
            }
          }
        }
      `,
      {
        id: project.id,
      },
      { token: admin.token },
    ),
  );
  savedViewId = views.project.savedViews.nodes[0].id;
  const sprints = [];
  for (const [n, start] of ['2027-02-01', '2027-01-01', '2027-03-01'].entries()) {
    const created = dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: CreateSprintInput!) {
            createSprint(input: $input) {
              sprint {
                id
              }
            }
          }
        `,
        {
          input: {
            projectId: project.id,
            name: `Sprint ${n}`,
            startDate: start,
            endDate: start.replace(/-01$/, '-14'),
          },
        },
        { token: admin.token },
      ),
    );
    sprints.push(created.createSprint.sprint.id as string);
  }
  sprintId = sprints[0]!;
  await run('addWorkItemsToSprint', 'AddWorkItemsToSprintInput', { sprintId, workItemIds: itemIds.slice(0, 4) });

  for (const name of ['CI', 'Deploys', 'Backups']) {
    await run('createApiToken', 'CreateApiTokenInput', { name, scopes: ['users:read'] });
  }
  for (const n of [1, 2, 3]) {
    await inviteOrganizationMember(
      stack,
      admin.token,
      organizationId,
      `invitee-${n}-${Date.now()}@example.com`,
      'MEMBER',
    );
    await createOrganization(stack, admin.token);
  }
  const teams = [];
  for (const n of [1, 2, 3]) teams.push(await createTeam(stack, admin.token, organizationId, `Team ${n}`));
  teamId = teams[0]!.id;
  for (const user of [admin, member, viewer]) await addTeamMember(stack, admin.token, teamId, user.userId);
  for (const each of teams) await attachTeam(stack, admin.token, project.id, each.id, 'VIEWER');
  for (const n of [1, 2])
    await runMutation(stack, admin.token, 'createDashboard', 'CreateDashboardInput', {
      organizationId,
      name: `Dashboard ${n}`,
    });
  await runMutation(stack, admin.token, 'createDashboard', 'CreateDashboardInput', { organizationId, name: 'Third' });
  await untilNotificationsCaughtUp(stack);
}, 120_000);

describe('two-way pagination: last/before walks every list backward through the same rows as first/after', () => {
  it.each([
    ['newest first (the default)', null],
    ['by priority, highest first', { field: 'PRIORITY', direction: 'DESC' }],
    ['by due date, undated last', { field: 'DUE_DATE', direction: 'ASC' }],
    ['by due date descending, undated last', { field: 'DUE_DATE', direction: 'DESC' }],
  ])("a project's work items %s", async (_label, orderBy) => {
    const ids = await expectSameRowsBothWays(
      through(
        `query ($id: ID!, $orderBy: WorkItemOrder, ${vars}) { project(id: $id) { workItems(orderBy: $orderBy, ${page}) { ${edges()} } } }`,
        'project.workItems',
        { id: team.project.id, orderBy },
      ),
    );
    expect(ids).toHaveLength(6);
  });

  it('work items across the organization, the board column, a saved view and a sprint', async () => {
    await expectSameRowsBothWays(
      through(`query ($org: ID!, ${vars}) { workItems(organizationId: $org, ${page}) { ${edges()} } }`, 'workItems', {
        org: team.organizationId,
      }),
    );
    const board = await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { project(id: $id) { board { columns { state { id } items(${page}) { ${edges()} } } } } }`,
        'project.board.columns.0.items',
        { id: team.project.id },
      ),
    );
    expect(board).toHaveLength(6);
    await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { node(id: $id) { ... on SavedView { workItems(${page}) { ${edges()} } } } }`,
        'node.workItems',
        { id: savedViewId },
      ),
    );
    const inSprint = await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { sprint(id: $id) { workItems(${page}) { ${edges()} } } }`,
        'sprint.workItems',
        { id: sprintId },
      ),
    );
    expect(inSprint).toEqual(itemIds.slice(0, 4));
  });

  it("an item's children, comments, replies, history, worklogs and watchers", async () => {
    const children = await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { workItem(id: $id) { children(${page}) { ${edges()} } } }`,
        'workItem.children',
        { id: epicId },
      ),
    );
    expect(children).toEqual(itemIds);
    const ofItem = (field: string, node = 'id') =>
      expectSameRowsBothWays(
        through(
          `query ($id: ID!, ${vars}) { workItem(id: $id) { ${field}(${page}) { ${edges(node)} } } }`,
          `workItem.${field}`,
          { id: itemIds[0] },
        ),
      );
    await ofItem('comments');
    await ofItem('history');
    await ofItem('worklogs');
    expect(await ofItem('watchers')).toHaveLength(3);
    await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { node(id: $id) { ... on Comment { replies(${page}) { ${edges()} } } } }`,
        'node.replies',
        { id: commentId },
      ),
    );
  });

  it("a project's labels (by name, as PostgreSQL collates), releases, saved views, sprints, members and teams", async () => {
    const ofProject = (field: string, node = 'id') =>
      expectSameRowsBothWays(
        through(
          `query ($id: ID!, ${vars}) { project(id: $id) { ${field}(${page}) { ${edges(node)} } } }`,
          `project.${field}`,
          { id: team.project.id },
        ),
      );
    await ofProject('labels');
    await ofProject('releases');
    await ofProject('savedViews');
    await ofProject('sprints');
    await ofProject('members');
    await ofProject('teams');
    await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { node(id: $id) { ... on Team { members(${page}) { ${edges()} } } } }`,
        'node.members',
        { id: teamId },
      ),
    );
  });

  it("an organization's members, projects, teams, invitations and dashboards", async () => {
    const ofOrganization = (field: string, extra = '') =>
      expectSameRowsBothWays(
        through(
          `query ($id: ID!, ${vars}) { organization(id: $id) { ${field}(${page}${extra}) { ${edges()} } } }`,
          `organization.${field}`,
          { id: team.organizationId },
        ),
      );
    await ofOrganization('members');
    await ofOrganization('teams');
    await ofOrganization('invitations');
    const projects = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($id: ID!) {
            organization(id: $id) {
              projects {
                totalCount
              }
            }
          }
        `,
        {
          id: team.organizationId,
        },
        { token: team.admin.token },
      ),
    );
    expect(projects.organization.projects.totalCount).toBe(2);
    await expectSameRowsBothWays(
      through(
        `query ($id: ID!, ${vars}) { organization(id: $id) { projects(${page}) { ${edges()} } } }`,
        'organization.projects',
        { id: team.organizationId },
      ),
      1,
    );
    await expectSameRowsBothWays(
      through(`query ($org: ID!, ${vars}) { dashboards(organizationId: $org, ${page}) { ${edges()} } }`, 'dashboards', {
        org: team.organizationId,
      }),
    );
  });

  it('the caller’s tokens (newest first), organizations and notifications, search hits and worklogs', async () => {
    await expectSameRowsBothWays(through(`query (${vars}) { apiTokens(${page}) { ${edges()} } }`, 'apiTokens'));
    const member = team.member;
    const organizations = await expectSameRowsBothWays(
      through(`query (${vars}) { me { organizations(${page}) { ${edges()} } } }`, 'me.organizations'),
    );
    expect(organizations).toHaveLength(4);
    await expectSameRowsBothWays(
      through(
        `query (${vars}) { notifications(${page}) { ${edges()} } }`,
        'notifications',
        {},
        undefined,
        member.token,
      ),
    );
    await expectSameRowsBothWays(
      through(
        `query ($org: ID!, ${vars}) { search(organizationId: $org, query: "deploy", ${page}) { ${edges('workItem { id }')} } }`,
        'search',
        { org: team.organizationId },
        'workItem.id',
      ),
    );
    await expectSameRowsBothWays(
      through(
        `query ($org: ID!, $filter: WorklogFilter!, ${vars}) { worklogs(organizationId: $org, filter: $filter, ${page}) { ${edges()} } }`,
        'worklogs',
        { org: team.organizationId, filter: { from: '2026-11-01', to: '2026-11-30' } },
      ),
    );
  });

  it('refuses a page asked for both ways, and a cursor it did not issue as before, naming the argument', async () => {
    const query = `query ($id: ID!, ${vars}) { project(id: $id) { labels(${page}) { ${edges()} } } }`;
    const ask = (variables: Record<string, unknown>) =>
      graphql(stack.routerUrl, query, { id: team.project.id, ...variables }, { token: team.admin.token });
    expect(errorOf(await ask({ first: 2, last: 2 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    expect(errorOf(await ask({ last: 2, before: 'garbage' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(errorOf(await ask({ last: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });
});
