import { decodeGlobalId } from '../../lib/ids';
import { gql, joinByInvitation } from '../support';

export const userCount = 200;
export const projectCount = 20;
export const password = 'load password 123';
export const emailOf = (u: number) => `load-user-${u}@example.com`;
export const projectRoles = ['VIEWER', 'MEMBER', 'ADMIN'] as const;
export type Role = (typeof projectRoles)[number];

/** What the load generator needs of the seeded organization; ids are global IDs, `raw` the uuids. */
export interface LoadFixture {
  organizationId: string;
  users: { id: string; raw: string; name: string; email: string }[];
  projects: {
    id: string;
    raw: string;
    key: string;
    states: { id: string; raw: string; name: string; category: string }[];
    /** [user index, role]; the first member is the owner (ADMIN). */
    members: [number, Role][];
    activeSprintId: string;
  }[];
}

/** The projects of user u (its home project first) and its role in each: home MEMBER or ADMIN. */
export function membershipsOf(u: number): [number, Role][] {
  const home = u % projectCount;
  return [
    [home, u % 10 === 1 ? 'ADMIN' : 'MEMBER'],
    [(home + 7) % projectCount, u % 3 === 0 ? 'VIEWER' : 'MEMBER'],
    [(home + 13) % projectCount, 'VIEWER'],
  ];
}

async function inBatches<T>(count: number, size: number, one: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => one(start + k)))));
  }
  return out;
}

const raw = (id: string) => decodeGlobalId(id)!.id;

/**
 * Everything whose rows carry identities, tokens or cross-service state through the router: sign-ups,
 * the organization, invitations, projects, memberships, one item per project (so work-items makes
 * its project settings and workflow) and, after `bulk` has inserted the items, one active sprint
 * per project. User 0 owns the organization and every project.
 */
export async function seedThroughRouter(routerUrl: string): Promise<{ fixture: LoadFixture; tokens: string[] }> {
  type Auth = { signUp: { accessToken: string; user: { id: string } } };
  const signUp = 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }';
  const accounts = await inBatches(userCount, 4, async (u) => {
    const name = `Load User ${u}`;
    const { signUp: auth } = await gql<Auth>(routerUrl, signUp, { i: { email: emailOf(u), password, name } });
    return { id: auth.user.id, raw: raw(auth.user.id), name, email: emailOf(u), token: auth.accessToken };
  });
  const owner = accounts[0]!.token;
  const { createOrganization } = await gql<{ createOrganization: { organization: { id: string } } }>(
    routerUrl,
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }',
    { i: { name: 'Load', slug: 'load' } },
    owner,
  );
  const organizationId = createOrganization.organization.id;
  await inBatches(userCount - 1, 4, (k) =>
    joinByInvitation(routerUrl, owner, organizationId, {
      email: accounts[k + 1]!.email,
      token: accounts[k + 1]!.token,
    }),
  );
  const projects = await inBatches(projectCount, 4, async (p) => {
    const key = `L${String.fromCharCode(65 + p)}`;
    const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
      { i: { organizationId, key, name: `Load project ${key}` } },
      owner,
    );
    const id = createProject.project.id;
    await gql(
      routerUrl,
      'mutation($i: CreateWorkItemInput!) { createWorkItem(input: $i) { workItem { id } } }',
      { i: { projectId: id, type: 'TASK', title: 'First item' } },
      owner,
    );
    const { project } = await gql<{
      project: { workflow: { states: { id: string; name: string; category: string }[] } };
    }>(routerUrl, 'query($id: ID!) { project(id: $id) { workflow { states { id name category } } } }', { id }, owner);
    const states = project.workflow.states.map((s) => ({ ...s, raw: raw(s.id) }));
    return { id, raw: raw(id), key, states, members: [[0, 'ADMIN']] as [number, Role][], activeSprintId: '' };
  });
  const additions = accounts
    .slice(1)
    .flatMap((_, k) => membershipsOf(k + 1).map(([p, role]) => ({ u: k + 1, p, role })));
  await inBatches(additions.length, 6, async (n) => {
    const { u, p, role } = additions[n]!;
    await gql(
      routerUrl,
      'mutation($i: AddProjectMemberInput!) { addProjectMember(input: $i) { role } }',
      { i: { projectId: projects[p]!.id, userId: accounts[u]!.id, role } },
      owner,
    );
  });
  for (const { u, p, role } of additions) projects[p]!.members.push([u, role]);
  const fixture: LoadFixture = {
    organizationId,
    users: accounts.map(({ id, raw: uuid, name, email }) => ({ id, raw: uuid, name, email })),
    projects,
  };
  return { fixture, tokens: accounts.map((a) => a.token) };
}

/** One active two-week sprint per project holding `size` of its items, planned and started through the router. */
export async function seedSprints(routerUrl: string, owner: string, fixture: LoadFixture, itemIds: string[][]) {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await inBatches(fixture.projects.length, 4, async (p) => {
    const project = fixture.projects[p]!;
    const { createSprint } = await gql<{ createSprint: { sprint: { id: string } } }>(
      routerUrl,
      'mutation($i: CreateSprintInput!) { createSprint(input: $i) { sprint { id } } }',
      { i: { projectId: project.id, name: `${project.key} sprint 1`, startDate: day(-5), endDate: day(9) } },
      owner,
    );
    project.activeSprintId = createSprint.sprint.id;
    await gql(
      routerUrl,
      'mutation($i: AddWorkItemsToSprintInput!) { addWorkItemsToSprint(input: $i) { sprint { id } } }',
      { i: { sprintId: project.activeSprintId, workItemIds: itemIds[p]! } },
      owner,
    );
    await gql(
      routerUrl,
      'mutation($i: StartSprintInput!) { startSprint(input: $i) { sprint { id } } }',
      { i: { id: project.activeSprintId } },
      owner,
    );
  });
}

/** Fresh access tokens for every seeded user (`logIn`, as a returning client would). */
export function logInAll(routerUrl: string, fixture: LoadFixture): Promise<string[]> {
  return inBatches(fixture.users.length, 4, async (u) => {
    const { logIn } = await gql<{ logIn: { accessToken: string } }>(
      routerUrl,
      'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } } ',
      { i: { email: fixture.users[u]!.email, password } },
    );
    return logIn.accessToken;
  });
}
