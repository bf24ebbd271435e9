import { serviceCaller } from '../../lib/viewer';
import {
  addOrganizationMember,
  createOrganization,
  createProject,
  dataOf,
  errorOf,
  graphql,
  signUpUser,
  sqlStatementCount,
  useTestStack,
  untilNotificationsCaughtUp,
} from '../testkit';
import { uniqueEmail } from './helpers';
import { callSubgraph } from '../testkit/subgraph-call';

const stack = useTestStack();

const newUser = () => signUpUser(stack, { email: uniqueEmail() });
const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');
const missingUuid = '00000000-0000-4000-8000-000000000000';

/** Calls the users subgraph directly, signed as the router would for `caller`. */
async function callUsers(query: string, variables: Record<string, unknown>, caller: string | null) {
  return callSubgraph<Record<string, unknown>>(stack, 'users', query, variables, caller);
}
const rawId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;

describe('user and User.email', () => {
  it('shows a user’s email to people who share an organization with them, and null to everyone else', async () => {
    const [owner, colleague, stranger] = await Promise.all([newUser(), newUser(), newUser()]);
    const organization = await createOrganization(stack, owner.token);
    await addOrganizationMember(stack, owner.token, organization.id, colleague, 'GUEST');
    const query = `query($id: ID!) { user(id: $id) { id name email preferences { locale } } }`;
    const asColleague = dataOf(await graphql(stack.routerUrl, query, { id: owner.userId }, { token: colleague.token }));
    expect(asColleague.user).toEqual({ id: owner.userId, name: owner.name, email: owner.email, preferences: null });
    const asStranger = dataOf(await graphql(stack.routerUrl, query, { id: owner.userId }, { token: stranger.token }));
    expect(asStranger.user).toEqual({ id: owner.userId, name: owner.name, email: null, preferences: null });
  });

  it('returns null for a user that does not exist and BAD_USER_INPUT for an ID of another type', async () => {
    const viewer = await newUser();
    const query = `query($id: ID!) { user(id: $id) { id } }`;
    const missing = await graphql(
      stack.routerUrl,
      query,
      { id: globalId('User', missingUuid) },
      { token: viewer.token },
    );
    expect(dataOf(missing).user).toBeNull();
    const wrongType = await graphql(
      stack.routerUrl,
      query,
      { id: globalId('Organization', missingUuid) },
      { token: viewer.token },
    );
    expect(errorOf(wrongType)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('requires a signed-in caller', async () => {
    const someone = await newUser();
    const res = await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          user(id: $id) {
            id
          }
        }
      `,
      { id: someone.userId },
    );
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('loads the members of a large organization and their email visibility in a fixed number of statements', async () => {
    const owner = await newUser();
    const organization = await createOrganization(stack, owner.token);
    const members = await Promise.all(Array.from({ length: 8 }, () => newUser()));
    for (const member of members) await addOrganizationMember(stack, owner.token, organization.id, member, 'MEMBER');
    const query = `query($id: ID!) { organization(id: $id) { members(first: 50) { edges { node { id email } } } } }`;
    const read = async () =>
      dataOf(await graphql(stack.routerUrl, query, { id: organization.id }, { token: owner.token }));
    // Measured on the second read: the first fills the caches of organizations and roles.
    const count = async () => {
      await untilNotificationsCaughtUp(stack);
      await read();
      const before = sqlStatementCount('users');
      await read();
      return sqlStatementCount('users') - before;
    };
    const withNine = await count();
    for (const member of await Promise.all(Array.from({ length: 6 }, () => newUser()))) {
      await addOrganizationMember(stack, owner.token, organization.id, member, 'GUEST');
    }
    expect(await count()).toBe(withNine);
    expect(withNine).toBeLessThanOrEqual(6);
  });
});

describe('node', () => {
  const query = `query($id: ID!) {
    node(id: $id) { id __typename ... on User { name } ... on Organization { slug viewerRole } }
  }`;

  it('fetches users and the organizations the caller belongs to by global ID', async () => {
    const [owner, other] = await Promise.all([newUser(), newUser()]);
    const organization = await createOrganization(stack, owner.token);
    const user = await graphql(stack.routerUrl, query, { id: other.userId }, { token: owner.token });
    expect(dataOf(user).node).toEqual({ id: other.userId, __typename: 'User', name: other.name });
    const org = await graphql(stack.routerUrl, query, { id: organization.id }, { token: owner.token });
    expect(dataOf(org).node).toEqual({
      id: organization.id,
      __typename: 'Organization',
      slug: organization.slug,
      viewerRole: 'OWNER',
    });
  });

  it('returns null for organizations the caller is not in, missing objects and malformed IDs', async () => {
    const [owner, outsider] = await Promise.all([newUser(), newUser()]);
    const organization = await createOrganization(stack, owner.token);
    for (const id of [organization.id, globalId('User', missingUuid), 'not-an-id', globalId('Widget', missingUuid)]) {
      const res = await graphql(stack.routerUrl, query, { id }, { token: outsider.token });
      expect(dataOf(res).node).toBeNull();
    }
  });

  it('hands projects over to the projects service', async () => {
    const owner = await newUser();
    const organization = await createOrganization(stack, owner.token);
    const project = await createProject(stack, owner.token, organization.id);
    const res = await graphql(
      stack.routerUrl,
      `
        query ($id: ID!) {
          node(id: $id) {
            id
            __typename
          }
        }
      `,
      { id: project.id },
      {
        token: owner.token,
      },
    );
    expect(dataOf(res).node).toEqual({ id: project.id, __typename: 'Project' });
  });
});

describe('service-only and federation entry points', () => {
  const rolesQuery = `query($keys: [OrganizationRoleKey!]!) { organizationRoles(keys: $keys) }`;

  it('answers organizationRoles for services, in key order, with null for non-members', async () => {
    const [owner, guest, outsider] = await Promise.all([newUser(), newUser(), newUser()]);
    const organization = await createOrganization(stack, owner.token);
    await addOrganizationMember(stack, owner.token, organization.id, guest, 'GUEST');
    const keys = [outsider, owner, guest].map((user) => ({ organizationId: organization.id, userId: user.userId }));
    await untilNotificationsCaughtUp(stack);
    const before = sqlStatementCount('users');
    const res = await callUsers(rolesQuery, { keys }, serviceCaller('projects'));
    expect(sqlStatementCount('users') - before).toBe(1);
    expect(res.data?.organizationRoles).toEqual([null, 'OWNER', 'GUEST']);
  });

  it('refuses organizationRoles to people, even signed in', async () => {
    const user = await newUser();
    const keys = [{ organizationId: globalId('Organization', missingUuid), userId: user.userId }];
    const res = await callUsers(rolesQuery, { keys }, rawId(user.userId));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is not reachable through the router', async () => {
    const user = await newUser();
    const res = await graphql(stack.routerUrl, rolesQuery, { keys: [] }, { token: user.token });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('resolves organization references for members and services, and not for others', async () => {
    const [owner, outsider] = await Promise.all([newUser(), newUser()]);
    const organization = await createOrganization(stack, owner.token);
    const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { id slug } } }`;
    const variables = { representations: [{ __typename: 'Organization', id: organization.id }] };
    const expected = [{ id: organization.id, slug: organization.slug }];
    expect((await callUsers(entities, variables, rawId(owner.userId))).data?._entities).toEqual(expected);
    expect((await callUsers(entities, variables, serviceCaller('projects'))).data?._entities).toEqual(expected);
    expect((await callUsers(entities, variables, rawId(outsider.userId))).data?._entities).toEqual([null]);
  });
});
