import {
  addProjectMember,
  createProject,
  dataOf,
  graphql,
  sqlStatementCount,
  startTestStack,
  type TestStack,
} from '../testkit';
import { addTeamMember, attachTeam, createTeam, orgFixture, orgMember } from './helpers';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

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
  // Warm up once, so one-time work (connections, prepared plans) is not counted against either list.
  await statementsFor(small.organizationId, small.owner.token, 5);
  const forFive = await statementsFor(small.organizationId, small.owner.token, 5);
  const forFifty = await statementsFor(large.organizationId, large.owner.token, 50);
  expect(forFifty).toBeLessThanOrEqual(forFive);
}, 120_000);
