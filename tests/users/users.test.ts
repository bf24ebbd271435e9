import { serviceCaller } from '../../lib/viewer';
import {
  addOrganizationMember,
  createOrganization,
  createProject,
  dataOf,
  errorOf,
  graphql,
  querySql,
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
    const count = async () => {
      await untilNotificationsCaughtUp(stack);
      const before = sqlStatementCount('users');
      dataOf(await graphql(stack.routerUrl, query, { id: organization.id }, { token: owner.token }));
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

describe('updateMe', () => {
  const mutation = `mutation($input: UpdateMeInput!) { updateMe(input: $input) { user { id name } } }`;

  it('changes the display name, trimmed, and leaves it alone when omitted', async () => {
    const user = await newUser();
    const renamed = await graphql(
      stack.routerUrl,
      mutation,
      { input: { name: '  Grace Hopper ' } },
      { token: user.token },
    );
    expect(dataOf(renamed).updateMe.user).toEqual({ id: user.userId, name: 'Grace Hopper' });
    const unchanged = await graphql(stack.routerUrl, mutation, { input: {} }, { token: user.token });
    expect(dataOf(unchanged).updateMe.user.name).toBe('Grace Hopper');
  });

  it.each([
    ['a blank name', { name: '  ' }],
    ['a name longer than 100 characters', { name: 'x'.repeat(101) }],
    ['an explicit null name', { name: null }],
  ])('rejects %s with BAD_USER_INPUT on input.name', async (_label, input) => {
    const user = await newUser();
    const res = await graphql(stack.routerUrl, mutation, { input }, { token: user.token });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('requires a signed-in caller', async () => {
    expect(errorOf(await graphql(stack.routerUrl, mutation, { input: { name: 'X' } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('updateMyPreferences', () => {
  const mutation = `mutation($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      user { id }
      preferences {
        reducedMotion highContrast fontScale screenReaderOptimized colorVisionMode keyboardFirst locale timeZone
      }
    }
  }`;

  it('starts from accessible defaults and stores changes in canonical form', async () => {
    const user = await newUser();
    const defaults = await graphql(
      stack.routerUrl,
      `
        {
          me {
            preferences {
              fontScale
              colorVisionMode
              locale
              timeZone
            }
          }
        }
      `,
      {},
      {
        token: user.token,
      },
    );
    expect(dataOf(defaults).me.preferences).toEqual({
      fontScale: 1,
      colorVisionMode: 'NONE',
      locale: 'en-US',
      timeZone: 'UTC',
    });
    const input = {
      reducedMotion: true,
      highContrast: true,
      fontScale: 1.5,
      screenReaderOptimized: true,
      colorVisionMode: 'DEUTERANOPIA',
      keyboardFirst: true,
      locale: 'EN-gb',
      timeZone: 'europe/berlin',
    };
    const res = await graphql(stack.routerUrl, mutation, { input }, { token: user.token });
    expect(dataOf(res).updateMyPreferences).toEqual({
      user: { id: user.userId },
      preferences: { ...input, locale: 'en-GB', timeZone: 'Europe/Berlin' },
    });
    const partial = await graphql(stack.routerUrl, mutation, { input: { fontScale: 0.75 } }, { token: user.token });
    expect(dataOf(partial).updateMyPreferences.preferences).toMatchObject({ fontScale: 0.75, locale: 'en-GB' });
  });

  it.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['europe/kiev', 'Europe/Kyiv'],
  ])('stores the time zone %s as the current IANA name %s and returns it so', async (chosen, current) => {
    const user = await newUser();
    const res = await graphql(stack.routerUrl, mutation, { input: { timeZone: chosen } }, { token: user.token });
    expect(dataOf(res).updateMyPreferences.preferences.timeZone).toBe(current);
    const me = await graphql(stack.routerUrl, '{ me { preferences { timeZone } } }', {}, { token: user.token });
    expect(dataOf(me).me.preferences.timeZone).toBe(current);
    const [row] = await querySql<{ time_zone: string }>(stack, 'SELECT time_zone FROM users."user" WHERE id = $1', [
      rawId(user.userId),
    ]);
    expect(row?.time_zone).toBe(current);
  });

  it('reads a zone stored under its former name as its current name', async () => {
    const user = await newUser();
    await querySql(stack, `UPDATE users."user" SET time_zone = 'Europe/Kiev' WHERE id = $1`, [rawId(user.userId)]);
    const me = await graphql(stack.routerUrl, '{ me { preferences { timeZone } } }', {}, { token: user.token });
    expect(dataOf(me).me.preferences.timeZone).toBe('Europe/Kyiv');
  });

  it.each([
    ['a font scale below 0.75', { fontScale: 0.5 }, 'input.fontScale'],
    ['a font scale above 2', { fontScale: 2.01 }, 'input.fontScale'],
    ['a locale that is not a BCP 47 tag', { locale: 'not a locale!' }, 'input.locale'],
    ['an empty locale', { locale: '' }, 'input.locale'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone'],
    ['a UTC offset instead of a time zone', { timeZone: '+01:00' }, 'input.timeZone'],
    ['an explicit null', { highContrast: null }, 'input.highContrast'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, input, field) => {
    const user = await newUser();
    const res = await graphql(stack.routerUrl, mutation, { input }, { token: user.token });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a colour vision mode outside the enum', async () => {
    const user = await newUser();
    const res = await graphql(
      stack.routerUrl,
      mutation,
      { input: { colorVisionMode: 'SEPIA' } },
      { token: user.token },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('requires a signed-in caller', async () => {
    expect(errorOf(await graphql(stack.routerUrl, mutation, { input: { fontScale: 1 } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
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
