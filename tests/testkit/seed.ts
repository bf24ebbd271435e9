import { randomBytes } from 'node:crypto';
import { dataOf, graphql, type GraphQLResponse } from './client';
import type { SubgraphName } from '../../subgraphs/registry';
import type { TestStack } from './stack';
import { anonymous, type SubgraphTier } from './subgraph-tier';

const unique = () => randomBytes(4).toString('hex');

/**
 * Where seeding runs: through a stack's router, or in the subgraph tier straight into the subgraph
 * that owns the mutation (the one under test, or one it started `with`).
 */
export type SeedTarget = TestStack | SubgraphTier;

/** Sends one operation of `owner` as the token's user (or anonymously) to wherever the test runs. */
export async function sendOperation<T>(
  target: SeedTarget,
  owner: SubgraphName,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Pick<GraphQLResponse<T>, 'body'>> {
  if ('execute' in target) return target.peer(owner).execute<T>(token ? { token } : anonymous, query, variables);
  return graphql<T>(target.routerUrl, query, variables, { token });
}

export interface TestUser {
  token: string;
  refreshToken: string;
  userId: string;
  email: string;
  password: string;
  name: string;
}

export async function signUpUser(
  stack: SeedTarget,
  overrides: { email?: string; name?: string; password?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? `user-${unique()}@example.com`;
  const password = overrides.password ?? 'correct horse battery staple';
  const name = overrides.name ?? `User ${unique()}`;
  const res = await sendOperation<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    stack,
    'users',
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          accessToken
          refreshToken
          user {
            id
          }
        }
      }
    `,
    { input: { email, password, name } },
  );
  const { signUp } = dataOf(res);
  return {
    token: signUp.accessToken,
    refreshToken: signUp.refreshToken,
    userId: signUp.user.id,
    email,
    password,
    name,
  };
}

export async function createOrganization(
  stack: SeedTarget,
  token: string,
  overrides: { name?: string; slug?: string } = {},
): Promise<{ id: string; slug: string }> {
  const slug = overrides.slug ?? `org-${unique()}`;
  const res = await sendOperation<{ createOrganization: { organization: { id: string; slug: string } } }>(
    stack,
    'users',
    `
      mutation ($input: CreateOrganizationInput!) {
        createOrganization(input: $input) {
          organization {
            id
            slug
          }
        }
      }
    `,
    { input: { name: overrides.name ?? `Org ${slug}`, slug } },
    token,
  );
  return dataOf(res).createOrganization.organization;
}

/** Runs a mutation taking one `input` as the token's user, failing the test on any error. */
async function mutate(
  stack: SeedTarget,
  owner: SubgraphName,
  token: string,
  mutation: string,
  input: Record<string, unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller reads its own selection
): Promise<any> {
  return dataOf(await sendOperation(stack, owner, mutation, { input }, token));
}

/**
 * Makes someone a member the way people join: an OWNER or ADMIN (`token`) invites their address, and
 * they accept the invitation, signed in.
 */
export async function addOrganizationMember(
  stack: SeedTarget,
  token: string,
  organizationId: string,
  invitee: Pick<TestUser, 'email' | 'token'>,
  role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST',
): Promise<void> {
  const { invitation } = await inviteOrganizationMember(stack, token, organizationId, invitee.email, role);
  await mutate(
    stack,
    'users',
    invitee.token,
    'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }',
    { invitationId: invitation.id },
  );
}

/** Invites an address (fails the test on any error) and returns the pending invitation. */
export async function inviteOrganizationMember(
  stack: SeedTarget,
  token: string,
  organizationId: string,
  email: string,
  role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST',
): Promise<{ invitation: { id: string; email: string; role: string; status: string } }> {
  const data = await mutate(
    stack,
    'users',
    token,
    'mutation ($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { invitation { id email role status } } }',
    { organizationId, email, role },
  );
  return data.inviteOrganizationMember;
}

let projectCounter = 0;

export async function createProject(
  stack: SeedTarget,
  token: string,
  organizationId: string,
  overrides: { key?: string; name?: string } = {},
): Promise<{ id: string; key: string }> {
  projectCounter += 1;
  const key =
    overrides.key ??
    `P${unique()
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'X')
      .slice(0, 6)}${projectCounter % 10}`;
  const res = await sendOperation<{ createProject: { project: { id: string; key: string } } }>(
    stack,
    'projects',
    `
      mutation ($input: CreateProjectInput!) {
        createProject(input: $input) {
          project {
            id
            key
          }
        }
      }
    `,
    { input: { organizationId, key, name: overrides.name ?? `Project ${key}` } },
    token,
  );
  return dataOf(res).createProject.project;
}

export async function addProjectMember(
  stack: SeedTarget,
  token: string,
  projectId: string,
  userId: string,
  role: 'ADMIN' | 'MEMBER' | 'VIEWER',
): Promise<void> {
  await mutate(
    stack,
    'projects',
    token,
    'mutation ($input: AddProjectMemberInput!) { addProjectMember(input: $input) { role } }',
    {
      projectId,
      userId,
      role,
    },
  );
}

export async function removeProjectMember(
  stack: SeedTarget,
  token: string,
  projectId: string,
  userId: string,
): Promise<void> {
  await mutate(
    stack,
    'projects',
    token,
    'mutation ($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) { removedUserId } }',
    { projectId, userId },
  );
}

export async function removeOrganizationMember(
  stack: SeedTarget,
  token: string,
  organizationId: string,
  userId: string,
): Promise<void> {
  await mutate(
    stack,
    'users',
    token,
    'mutation ($input: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $input) { removedUserId } }',
    { organizationId, userId },
  );
}

export async function changeOrganizationMemberRole(
  stack: SeedTarget,
  token: string,
  organizationId: string,
  userId: string,
  role: 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST',
): Promise<void> {
  await mutate(
    stack,
    'users',
    token,
    'mutation ($input: ChangeOrganizationMemberRoleInput!) { changeOrganizationMemberRole(input: $input) { role } }',
    { organizationId, userId, role },
  );
}
