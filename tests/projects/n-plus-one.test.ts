import {
  addOrganizationMember,
  addProjectMember,
  createProject,
  dataOf,
  graphql,
  sqlStatementCount,
  signUpUser,
  useTestStack,
  type TestUser,
  untilNotificationsCaughtUp,
  untilOrganizationEventsHandled,
} from '../testkit';
import { addTeamMember, attachTeam, createTeam, orgFixture, orgMember } from './helpers';

// The deep nested lists below exceed the router's default depth and cost limits on purpose.
const stack = useTestStack({ routerLimits: { maxDepth: 16, maxCost: 1_000_000 } });

const listQuery = `query($id: ID!) {
  organization(id: $id) {
    projects(first: 50) {
      totalCount
      edges { node { key viewerRole members(first: 5) { totalCount edges { node { name } role } } } }
    }
  }
}`;

/** An organization with `count` projects, each with a direct member and a team member besides the owner. */
async function organizationWithProjects(count: number) {
  const fixture = await orgFixture(stack);
  const direct = await orgMember(stack, fixture, 'MEMBER');
  const teamMate = await orgMember(stack, fixture, 'MEMBER');
  const team = await createTeam(stack, fixture.owner.token, fixture.organizationId);
  await addTeamMember(stack, fixture.owner.token, team.id, teamMate.userId);
  for (let i = 0; i < count; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - i) }, async () => {
        const project = await createProject(stack, fixture.owner.token, fixture.organizationId);
        await addProjectMember(stack, fixture.owner.token, project.id, direct.userId, 'VIEWER');
        await attachTeam(stack, fixture.owner.token, project.id, team.id, 'MEMBER');
      }),
    );
  }
  return fixture;
}

async function statementsFor(organizationId: string, token: string, expectedProjects: number): Promise<number> {
  // The notifications consumer asks users and projects about the seeding's events in the background.
  await untilNotificationsCaughtUp(stack);
  await untilOrganizationEventsHandled(stack);
  const before = sqlStatementCount('projects') + sqlStatementCount('users');
  const res = await graphql(stack.routerUrl, listQuery, { id: organizationId }, { token });
  const after = sqlStatementCount('projects') + sqlStatementCount('users');
  const { projects } = dataOf(res).organization;
  expect(projects.totalCount).toBe(expectedProjects);
  expect(projects.edges).toHaveLength(expectedProjects);
  for (const { node } of projects.edges) {
    expect(node.viewerRole).toBe('ADMIN');
    expect(node.members.totalCount).toBe(3);
    expect(node.members.edges).toHaveLength(3);
    for (const edge of node.members.edges) expect(edge.node.name).toEqual(expect.any(String));
  }
  return after - before;
}

test('listing 50 projects with their members and member names sends no more SQL statements than listing 5', async () => {
  const small = await organizationWithProjects(5);
  const large = await organizationWithProjects(50);
  // Warm up both, so one-time work (connections, prepared plans, the role caches) is not counted against either list.
  await statementsFor(small.organizationId, small.owner.token, 5);
  await statementsFor(large.organizationId, large.owner.token, 50);
  const forFive = await statementsFor(small.organizationId, small.owner.token, 5);
  const forFifty = await statementsFor(large.organizationId, large.owner.token, 50);
  expect(forFifty).toBeLessThanOrEqual(forFive);
}, 120_000);

describe('organizations of a user in several organizations', () => {
  /** The parts of the responses below that the assertions read. */
  interface Connection<TNode, TEdge = object> {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
    edges: ({ node: TNode } & TEdge)[];
  }
  type MemberConnection = Connection<{ id: string; name: string }>;
  interface TeamNode {
    id: string;
    organization: { id: string };
    members: MemberConnection;
    allMembers: MemberConnection;
  }
  type ProjectTeamConnection = Connection<TeamNode, { role: string }>;
  interface ProjectNode {
    id: string;
    organization: { id: string };
    teams: ProjectTeamConnection;
    allTeams: ProjectTeamConnection;
  }
  interface OrganizationsData {
    me: { organizations: Connection<{ id: string; projects: Connection<ProjectNode>; teams: Connection<TeamNode> }> };
  }

  interface Membership {
    viewer: TestUser;
    organizations: number;
    projectsPerOrganization: number;
  }

  /**
   * A viewer who is a MEMBER of `organizations` organizations. Each has two teams (A: viewer and a
   * teammate; B: the teammate), a project the viewer cannot see, and `projectsPerOrganization` projects
   * the viewer sees: even ones directly, odd ones through team A. Every project has team B attached.
   */
  async function viewerInOrganizations(organizations: number, projectsPerOrganization: number): Promise<Membership> {
    const viewer = await signUpUser(stack);
    await Promise.all(
      Array.from({ length: organizations }, async () => {
        const fixture = await orgFixture(stack);
        const token = fixture.owner.token;
        await addOrganizationMember(stack, token, fixture.organizationId, viewer, 'MEMBER');
        const teammate = await orgMember(stack, fixture, 'MEMBER');
        const teamA = await createTeam(stack, token, fixture.organizationId);
        const teamB = await createTeam(stack, token, fixture.organizationId);
        await addTeamMember(stack, token, teamA.id, viewer.userId);
        await addTeamMember(stack, token, teamA.id, teammate.userId);
        await addTeamMember(stack, token, teamB.id, teammate.userId);
        const hidden = await createProject(stack, token, fixture.organizationId);
        await attachTeam(stack, token, hidden.id, teamB.id, 'VIEWER');
        for (let i = 0; i < projectsPerOrganization; i += 1) {
          const project = await createProject(stack, token, fixture.organizationId);
          await attachTeam(stack, token, project.id, teamB.id, 'VIEWER');
          if (i % 2 === 0) await addProjectMember(stack, token, project.id, viewer.userId, 'VIEWER');
          else await attachTeam(stack, token, project.id, teamA.id, 'MEMBER');
        }
      }),
    );
    return { viewer, organizations, projectsPerOrganization };
  }

  const projectsQuery = `{
    me {
      organizations(first: 10) {
        totalCount
        edges { node { id projects(first: 10) {
          totalCount
          edges { node { key organization { id } teams(first: 5) {
            totalCount
            edges { role node { name organization { id } members(first: 5) { totalCount edges { since node { name } } } } }
          } } }
        } } }
      }
    }
  }`;

  const teamsQuery = `{
    me {
      organizations(first: 10) {
        totalCount
        edges { node { id teams(first: 5) {
          totalCount
          edges { node { name organization { id } members(first: 5) { totalCount edges { since node { name } } } } }
        } } }
      }
    }
  }`;

  async function statementsFor(
    query: string,
    { viewer }: Membership,
  ): Promise<{ statements: number; data: OrganizationsData }> {
    await untilNotificationsCaughtUp(stack);
    await untilOrganizationEventsHandled(stack);
    const before = sqlStatementCount('projects') + sqlStatementCount('users');
    const res = await graphql<OrganizationsData>(stack.routerUrl, query, {}, { token: viewer.token });
    const after = sqlStatementCount('projects') + sqlStatementCount('users');
    return { statements: after - before, data: dataOf(res) };
  }

  function expectProjects(data: OrganizationsData, { organizations, projectsPerOrganization }: Membership) {
    expect(data.me.organizations.totalCount).toBe(organizations);
    expect(data.me.organizations.edges).toHaveLength(organizations);
    for (const { node: organization } of data.me.organizations.edges) {
      const { projects } = organization;
      expect(projects.totalCount).toBe(projectsPerOrganization);
      expect(projects.edges).toHaveLength(projectsPerOrganization);
      projects.edges.forEach(({ node: project }, i) => {
        expect(project.organization.id).toBe(organization.id);
        const teams = i % 2 === 0 ? 1 : 2;
        expect(project.teams.totalCount).toBe(teams);
        expect(project.teams.edges.map((edge) => edge.role)).toEqual(teams === 1 ? ['VIEWER'] : ['VIEWER', 'MEMBER']);
        for (const { node: team } of project.teams.edges) {
          expect(team.organization.id).toBe(organization.id);
          expect(team.members.edges).toHaveLength(team.members.totalCount);
          for (const edge of team.members.edges) expect(edge.node.name).toEqual(expect.any(String));
        }
        expect(project.teams.edges.map((edge) => edge.node.members.totalCount)).toEqual(teams === 1 ? [1] : [1, 2]);
      });
    }
  }

  function expectTeams(data: OrganizationsData, { organizations }: Membership) {
    expect(data.me.organizations.edges).toHaveLength(organizations);
    for (const { node: organization } of data.me.organizations.edges) {
      const { teams } = organization;
      expect(teams.totalCount).toBe(2);
      expect(teams.edges.map((edge) => edge.node.members.totalCount)).toEqual([2, 1]);
      for (const { node: team } of teams.edges) {
        expect(team.organization.id).toBe(organization.id);
        expect(team.members.edges).toHaveLength(team.members.totalCount);
        for (const edge of team.members.edges) expect(edge.node.name).toEqual(expect.any(String));
      }
    }
  }

  let few: Membership;
  let many: Membership;
  beforeAll(async () => {
    [few, many] = await Promise.all([viewerInOrganizations(2, 2), viewerInOrganizations(8, 5)]);
  }, 120_000);

  test("listing 8 organizations with their projects, the projects' teams and the teams' members sends no more SQL statements than listing 2", async () => {
    // Warm up both, so one-time work (connections, prepared plans, the role caches) is not counted against either list.
    await statementsFor(projectsQuery, few);
    await statementsFor(projectsQuery, many);
    const forFew = await statementsFor(projectsQuery, few);
    const forMany = await statementsFor(projectsQuery, many);
    expectProjects(forFew.data, few);
    expectProjects(forMany.data, many);
    expect(forMany.statements).toBeLessThanOrEqual(forFew.statements);
  });

  test("listing 8 organizations with their teams and the teams' members sends no more SQL statements than listing 2", async () => {
    await statementsFor(teamsQuery, few);
    const forFew = await statementsFor(teamsQuery, few);
    const forMany = await statementsFor(teamsQuery, many);
    expectTeams(forFew.data, few);
    expectTeams(forMany.data, many);
    expect(forMany.statements).toBeLessThanOrEqual(forFew.statements);
  });

  test('pages of team members and project teams read together continue after their own cursors', async () => {
    const firstPages = dataOf(
      await graphql<OrganizationsData>(
        stack.routerUrl,
        `
          {
            me {
              organizations(first: 10) {
                edges {
                  node {
                    teams(first: 5) {
                      edges {
                        node {
                          id
                          members(first: 1) {
                            pageInfo {
                              hasNextPage
                              endCursor
                            }
                            edges {
                              node {
                                id
                              }
                            }
                          }
                          allMembers: members {
                            edges {
                              node {
                                id
                              }
                            }
                          }
                        }
                      }
                    }
                    projects(first: 10) {
                      edges {
                        node {
                          id
                          teams(first: 1) {
                            pageInfo {
                              hasNextPage
                              endCursor
                            }
                            edges {
                              role
                              node {
                                id
                              }
                            }
                          }
                          allTeams: teams {
                            edges {
                              node {
                                id
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        `,
        {},
        { token: many.viewer.token },
      ),
    );
    const organizations = firstPages.me.organizations.edges.map((edge) => edge.node);
    const teams = organizations.flatMap((o) => o.teams.edges.map((edge) => edge.node));
    const projects = organizations.flatMap((o) => o.projects.edges.map((edge) => edge.node));
    const fullTeams = teams.filter((team) => team.members.pageInfo.hasNextPage);
    const linkedProjects = projects.filter((project) => project.teams.pageInfo.hasNextPage);
    expect(fullTeams).toHaveLength(many.organizations);
    expect(linkedProjects).toHaveLength(many.organizations * Math.floor(many.projectsPerOrganization / 2));

    const secondPages = dataOf(
      await graphql<Record<string, { members: MemberConnection; teams: ProjectTeamConnection }>>(
        stack.routerUrl,
        `{
          ${fullTeams.map((t, i) => `t${i}: team(id: "${t.id}") { members(first: 5, after: "${t.members.pageInfo.endCursor}") { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }`).join('\n')}
          ${linkedProjects.map((p, i) => `p${i}: project(id: "${p.id}") { teams(first: 5, after: "${p.teams.pageInfo.endCursor}") { pageInfo { hasNextPage hasPreviousPage } edges { role node { id } } } }`).join('\n')}
        }`,
        {},
        { token: many.viewer.token },
      ),
    );
    fullTeams.forEach((team, i) => {
      const { members } = secondPages[`t${i}`]!;
      expect(members.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
      expect(members.edges).toHaveLength(1);
      const ids = [team.members.edges[0]!.node.id, members.edges[0]!.node.id];
      expect(ids).toEqual(team.allMembers.edges.map((edge) => edge.node.id));
      expect(ids).toContain(many.viewer.userId);
    });
    linkedProjects.forEach((project, i) => {
      const { teams: rest } = secondPages[`p${i}`]!;
      expect(rest.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
      expect(project.teams.edges[0]!.role).toBe('VIEWER');
      expect(rest.edges).toHaveLength(1);
      expect(rest.edges[0]!.role).toBe('MEMBER');
      expect([project.teams.edges[0]!.node.id, rest.edges[0]!.node.id]).toEqual(
        project.allTeams.edges.map((edge) => edge.node.id),
      );
    });
  });
});
