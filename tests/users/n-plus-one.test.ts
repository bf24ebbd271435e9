import {
  addOrganizationMember,
  createOrganization,
  dataOf,
  graphql,
  signUpUser,
  sqlStatementCount,
  useTestStack,
  type TestUser,
  untilNotificationsCaughtUp,
  untilOrganizationEventsHandled,
} from '../testkit';
import { uniqueEmail } from './helpers';

const stack = useTestStack();

const newUser = () => signUpUser(stack, { email: uniqueEmail() });

const listQuery = `{
  me {
    organizations(first: 20) {
      totalCount
      edges {
        role
        node {
          name
          viewerRole
          members(first: 5) {
            totalCount
            edges { role node { id name email organizations(first: 1) { totalCount } } }
          }
        }
      }
    }
  }
}`;

interface Listing {
  me: {
    organizations: {
      totalCount: number;
      edges: {
        role: string;
        node: {
          name: string;
          viewerRole: string;
          members: {
            totalCount: number;
            edges: {
              role: string;
              node: { id: string; name: string; email: string | null; organizations: { totalCount: number } };
            }[];
          };
        };
      }[];
    };
  };
}

/** A user who owns `count` organizations, each with the same three colleagues as members. */
async function userInOrganizations(count: number) {
  const [viewer, ...colleagues] = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
  for (let i = 0; i < count; i += 1) {
    const organization = await createOrganization(stack, viewer!.token);
    await Promise.all(
      colleagues.map((colleague, index) =>
        addOrganizationMember(stack, viewer!.token, organization.id, colleague, index === 0 ? 'ADMIN' : 'GUEST'),
      ),
    );
  }
  return { viewer: viewer!, colleagues };
}

/** Lists the viewer's organizations with their members, checks the answer, and returns the users SQL statements it cost. */
async function statementsFor(viewer: TestUser, colleagues: TestUser[], organizations: number): Promise<number> {
  await untilNotificationsCaughtUp(stack);
  await untilOrganizationEventsHandled(stack);
  const before = sqlStatementCount('users');
  const res = await graphql<Listing>(stack.routerUrl, listQuery, {}, { token: viewer.token });
  const statements = sqlStatementCount('users') - before;
  const listed = dataOf(res).me.organizations;
  expect(listed.totalCount).toBe(organizations);
  expect(listed.edges).toHaveLength(organizations);
  for (const { role, node } of listed.edges) {
    expect(role).toBe('OWNER');
    expect(node.viewerRole).toBe('OWNER');
    expect(node.members.totalCount).toBe(4);
    const [ownerEdge, ...colleagueEdges] = node.members.edges.map((edge) => [edge.role, edge.node]);
    expect(ownerEdge).toEqual([
      'OWNER',
      { id: viewer.userId, name: viewer.name, email: viewer.email, organizations: { totalCount: organizations } },
    ]);
    expect(colleagueEdges).toHaveLength(colleagues.length);
    expect(colleagueEdges).toEqual(
      expect.arrayContaining(
        colleagues.map((colleague, index) => [
          index === 0 ? 'ADMIN' : 'GUEST',
          { id: colleague.userId, name: colleague.name, email: colleague.email, organizations: { totalCount: 0 } },
        ]),
      ),
    );
  }
  return statements;
}

describe('listing organizations with their members', () => {
  it('costs a user in 12 organizations no more SQL statements than a user in 2', async () => {
    const few = await userInOrganizations(2);
    const many = await userInOrganizations(12);
    // Warm up both, so one-time work (connections, prepared plans, the viewer's row entering the user
    // cache) is not counted against either list.
    await statementsFor(few.viewer, few.colleagues, 2);
    await statementsFor(many.viewer, many.colleagues, 12);
    const forTwo = await statementsFor(few.viewer, few.colleagues, 2);
    const forTwelve = await statementsFor(many.viewer, many.colleagues, 12);
    expect(forTwelve).toBeLessThanOrEqual(forTwo);
  }, 120_000);

  it('pages the members of several organizations in one request, each from its own cursor', async () => {
    const owner = await newUser();
    const [first, second] = await Promise.all([
      createOrganization(stack, owner.token),
      createOrganization(stack, owner.token),
    ]);
    const joiners = await Promise.all([newUser(), newUser(), newUser()]);
    for (const joiner of joiners) {
      await addOrganizationMember(stack, owner.token, first.id, joiner, 'MEMBER');
      await addOrganizationMember(stack, owner.token, second.id, joiner, 'GUEST');
    }
    const pageQuery = `query($a: ID!, $b: ID!, $afterA: String, $afterB: String) {
      a: organization(id: $a) { members(first: 2, after: $afterA) { pageInfo { hasNextPage endCursor } edges { role node { id } } } }
      b: organization(id: $b) { members(first: 1, after: $afterB) { pageInfo { hasNextPage endCursor } edges { role node { id } } } }
    }`;
    const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id);
    const variables = { a: first.id, b: second.id };
    const start = dataOf(await graphql(stack.routerUrl, pageQuery, variables, { token: owner.token }));
    expect(ids(start.a.members)).toEqual([owner.userId, joiners[0]!.userId]);
    expect(ids(start.b.members)).toEqual([owner.userId]);
    const next = dataOf(
      await graphql(
        stack.routerUrl,
        pageQuery,
        { ...variables, afterA: start.a.members.pageInfo.endCursor, afterB: start.b.members.pageInfo.endCursor },
        { token: owner.token },
      ),
    );
    expect(next.a.members.edges).toEqual([
      { role: 'MEMBER', node: { id: joiners[1]!.userId } },
      { role: 'MEMBER', node: { id: joiners[2]!.userId } },
    ]);
    expect(next.a.members.pageInfo.hasNextPage).toBe(false);
    expect(next.b.members.edges).toEqual([{ role: 'GUEST', node: { id: joiners[0]!.userId } }]);
    expect(next.b.members.pageInfo.hasNextPage).toBe(true);
  });

  it('answers each mutation of a document with the members as they are after that mutation', async () => {
    const owner = await newUser();
    const organization = await createOrganization(stack, owner.token);
    const [first, second] = await Promise.all([newUser(), newUser()]);
    await addOrganizationMember(stack, owner.token, organization.id, first, 'MEMBER');
    await addOrganizationMember(stack, owner.token, organization.id, second, 'GUEST');
    const payload = `organization { members { totalCount edges { role node { id } } } }`;
    const res = await graphql(
      stack.routerUrl,
      `mutation($org: ID!, $first: ID!, $second: ID!) {
        a: changeOrganizationMemberRole(input: { organizationId: $org, userId: $first, role: ADMIN }) { ${payload} }
        b: removeOrganizationMember(input: { organizationId: $org, userId: $second }) { ${payload} }
      }`,
      { org: organization.id, first: first.userId, second: second.userId },
      { token: owner.token },
    );
    const { a, b } = dataOf(res);
    expect(a.organization.members.totalCount).toBe(3);
    expect(a.organization.members.edges).toEqual([
      { role: 'OWNER', node: { id: owner.userId } },
      { role: 'ADMIN', node: { id: first.userId } },
      { role: 'GUEST', node: { id: second.userId } },
    ]);
    expect(b.organization.members.totalCount).toBe(2);
    expect(b.organization.members.edges).toEqual([
      { role: 'OWNER', node: { id: owner.userId } },
      { role: 'ADMIN', node: { id: first.userId } },
    ]);
  });

  it('answers each invitation of a document with the invitations as they are after it', async () => {
    const owner = await newUser();
    const organization = await createOrganization(stack, owner.token);
    const payload = `invitation { organization { invitations { totalCount edges { node { email } } } } }`;
    const [first, second] = [uniqueEmail('first'), uniqueEmail('second')];
    const res = await graphql(
      stack.routerUrl,
      `mutation($org: ID!, $first: String!, $second: String!) {
        a: inviteOrganizationMember(input: { organizationId: $org, email: $first, role: MEMBER }) { ${payload} }
        b: inviteOrganizationMember(input: { organizationId: $org, email: $second, role: GUEST }) { ${payload} }
      }`,
      { org: organization.id, first, second },
      { token: owner.token },
    );
    const { a, b } = dataOf(res);
    expect(a.invitation.organization.invitations).toEqual({ totalCount: 1, edges: [{ node: { email: first } }] });
    expect(b.invitation.organization.invitations).toEqual({
      totalCount: 2,
      edges: [{ node: { email: first } }, { node: { email: second } }],
    });
  });

  it('shows a member read through Organization.members exactly as the same user read by ID', async () => {
    const owner = await newUser();
    const organization = await createOrganization(stack, owner.token);
    const fields = `id name email createdAt preferences { reducedMotion highContrast fontScale screenReaderOptimized colorVisionMode keyboardFirst locale timeZone }`;
    const preferences = {
      fontScale: 1.25,
      colorVisionMode: 'TRITANOPIA',
      timeZone: 'Europe/Berlin',
      highContrast: true,
    };
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: UpdateMyPreferencesInput!) {
            updateMyPreferences(input: $input) {
              user {
                id
              }
            }
          }
        `,
        { input: preferences },
        { token: owner.token },
      ),
    );
    const res = dataOf(
      await graphql(
        stack.routerUrl,
        `query($id: ID!, $user: ID!) {
          organization(id: $id) { members { edges { node { ${fields} } } } }
          user(id: $user) { ${fields} }
        }`,
        { id: organization.id, user: owner.userId },
        { token: owner.token },
      ),
    );
    expect(res.organization.members.edges[0].node).toEqual(res.user);
    expect(res.user.preferences).toMatchObject(preferences);
  });
});
