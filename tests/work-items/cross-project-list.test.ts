import {
  addProjectMember,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  removeProjectMember,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';

// Query.workItems lists items across the projects of an organization the caller reads now: an
// organization ADMIN every project, a member those that give them a role, anyone else nothing.
const stack = useTestStack();

const query = `query($org: ID!, $filter: WorkItemFilter, $orderBy: WorkItemOrder, $first: Int, $after: String,
  $assignedToMe: Boolean, $createdByMe: Boolean) {
  workItems(organizationId: $org, filter: $filter, orderBy: $orderBy, first: $first, after: $after,
    assignedToMe: $assignedToMe, createdByMe: $createdByMe) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { key title project { id } } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { key: string; title: string; project: { id: string } } }[];
}

describe('work items across projects', () => {
  let team: ProjectTeam;
  let other: { id: string; key: string };

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    // A second project the member is not given, the viewer is (as VIEWER).
    other = await createProject(stack, team.admin.token, team.organizationId);
    await addProjectMember(stack, team.admin.token, other.id, team.viewer.userId, 'VIEWER');
    const add = (projectId: string, title: string, fields: Record<string, unknown> = {}) =>
      createWorkItem(stack, team.admin.token, { projectId, type: 'TASK', title, ...fields });
    await add(team.project.id, 'A1 for member', { assigneeId: team.member.userId, priority: 'HIGH' });
    await add(team.project.id, 'A2', { priority: 'LOW' });
    await createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'BUG', title: 'A3 by member' });
    await add(other.id, 'B1', { priority: 'URGENT' });
    await add(other.id, 'B2 for viewer', { assigneeId: team.viewer.userId, priority: 'HIGH' });
  }, 60_000);

  const list = async (token: string, variables: Record<string, unknown> = {}): Promise<Page> =>
    dataOf(
      await graphql<{ workItems: Page }>(
        stack.routerUrl,
        query,
        { org: team.organizationId, first: 50, ...variables },
        { token },
      ),
    ).workItems;
  const titles = (page: Page) => page.edges.map((edge) => edge.node.title).sort();

  it('shows each person the items of the projects they read, and an organization ADMIN all of them', async () => {
    expect(titles(await list(team.admin.token))).toEqual([
      'A1 for member',
      'A2',
      'A3 by member',
      'B1',
      'B2 for viewer',
    ]);
    expect(titles(await list(team.member.token))).toEqual(['A1 for member', 'A2', 'A3 by member']);
    expect(titles(await list(team.viewer.token))).toEqual([
      'A1 for member',
      'A2',
      'A3 by member',
      'B1',
      'B2 for viewer',
    ]);
    const outsider = await list(team.outsider.token);
    expect(outsider).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages across projects in one order without gaps or repeats', async () => {
    const orderBy = { field: 'PRIORITY', direction: 'DESC' };
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const page: Page = await list(team.admin.token, { orderBy, first: 2, after });
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((edge) => edge.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(seen[0]).toBe('B1');
    expect(new Set(seen.slice(1, 3))).toEqual(new Set(['A1 for member', 'B2 for viewer']));
    expect(new Set(seen)).toEqual(new Set(['A1 for member', 'A2', 'A3 by member', 'B1', 'B2 for viewer']));
  });

  it('takes the filter language and the assigned-to-me and created-by-me shortcuts', async () => {
    expect(titles(await list(team.viewer.token, { assignedToMe: true }))).toEqual(['B2 for viewer']);
    expect(titles(await list(team.member.token, { assignedToMe: true }))).toEqual(['A1 for member']);
    expect(titles(await list(team.member.token, { createdByMe: true }))).toEqual(['A3 by member']);
    expect(titles(await list(team.member.token, { assignedToMe: false }))).toHaveLength(3);
    const urgentOrBugs = { or: [{ priority: { gte: 'URGENT' } }, { type: { eq: 'BUG' } }] };
    expect(titles(await list(team.viewer.token, { filter: urgentOrBugs }))).toEqual(['A3 by member', 'B1']);
  });

  it('ends access to a project’s items on the next request after the membership is removed', async () => {
    const projectB = { filter: { title: { notContains: 'a' } } };
    expect(titles(await list(team.viewer.token, projectB))).toEqual(['B1', 'B2 for viewer']);
    await removeProjectMember(stack, team.admin.token, other.id, team.viewer.userId);
    expect(titles(await list(team.viewer.token, projectB))).toEqual([]);
    await addProjectMember(stack, team.admin.token, other.id, team.viewer.userId, 'VIEWER');
  });

  it('reads one page in the same statements however many projects and items there are', async () => {
    const statementsFor = async () => {
      await untilWorkItemReadModelsFollowed(stack);
      const before = sqlStatementCount('work_items');
      await list(team.admin.token, { first: 3 });
      return sqlStatementCount('work_items') - before;
    };
    const few = await statementsFor();
    for (let i = 0; i < 3; i++) {
      const project = await createProject(stack, team.admin.token, team.organizationId);
      await createWorkItem(stack, team.admin.token, { projectId: project.id, type: 'TASK', title: `C${i}` });
    }
    expect(await statementsFor()).toBe(few);
  });

  it('filters on a custom field of a project the caller reads, and refuses one of a project they do not', async () => {
    const field = async (projectId: string) =>
      dataOf(
        await graphql<{ createCustomField: { customField: { id: string } } }>(
          stack.routerUrl,
          'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }',
          { input: { projectId, name: 'Team', type: 'TEXT' } },
          { token: team.admin.token },
        ),
      ).createCustomField.customField.id;
    const inA = await field(team.project.id);
    const inB = await field(other.id);
    await createWorkItem(stack, team.admin.token, {
      projectId: team.project.id,
      type: 'TASK',
      title: 'A4 of platform',
      customFields: [{ fieldId: inA, text: 'platform' }],
    });
    const byTeam = (fieldId: string) => ({ filter: { customFields: [{ fieldId, text: 'platform' }] } });
    expect(titles(await list(team.member.token, byTeam(inA)))).toEqual(['A4 of platform']);
    const res = await graphql(
      stack.routerUrl,
      query,
      { org: team.organizationId, ...byTeam(inB) },
      { token: team.member.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.customFields.0.fieldId' });
  });

  it('refuses a bad organization ID, cursor or filter naming the argument', async () => {
    const refused = async (variables: Record<string, unknown>) =>
      errorOf(
        await graphql(stack.routerUrl, query, { org: team.organizationId, ...variables }, { token: team.member.token }),
      );
    expect(await refused({ org: team.project.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
    expect(await refused({ after: 'nonsense' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await refused({ filter: { assignee: { eq: team.project.id } } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.assignee.eq',
    });
  });

  it('needs a signed-in caller', async () => {
    const res = await graphql(stack.routerUrl, query, { org: team.organizationId });
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
