import { randomUUID } from 'node:crypto';
import { apiScopes } from '../../../lib/auth/api-scopes';
import { toGlobalId } from '../../../lib/ids';
import {
  addOrganizationMember,
  anonymous,
  createOrganization,
  dataOf,
  errorOf,
  querySql,
  rawId,
  signUpUser,
  useSubgraph,
  type Caller,
  type TestUser,
} from '../../testkit';
import { apiTokensQuery, createApiTokenMutation, revokeApiTokenMutation } from '../../users/api-token-support';

// Personal API tokens in the users subgraph alone: a token is its owner's, whatever role anyone else
// holds in the owner's organizations (its OWNER included), so everyone but the owner gets NOT_FOUND,
// exactly as for a token that does not exist. That a request carrying an API token may not create
// another is the router's rule (tests/users/api-tokens.test.ts).
const users = useSubgraph('users');

const nodeQuery = 'query ($id: ID!) { node(id: $id) { id ... on ApiToken { name revokedAt } } }';
const day = 86_400_000;

interface People {
  owner: TestUser;
  /** The OWNER of an organization the token's owner is a MEMBER of. */
  organizationOwner: TestUser;
  /** Signed up, sharing no organization with the owner. */
  stranger: TestUser;
}
let people: People;
beforeAll(async () => {
  const [owner, organizationOwner, stranger] = await Promise.all([
    signUpUser(users, { name: 'Tia Token-Owner' }),
    signUpUser(users, { name: 'Otis Org-Owner' }),
    signUpUser(users, { name: 'Sam Stranger' }),
  ]);
  const organization = await createOrganization(users, organizationOwner.token);
  await addOrganizationMember(users, organizationOwner.token, organization.id, owner, 'MEMBER');
  people = { owner, organizationOwner, stranger };
}, 60_000);

const create = (caller: Caller, input: Record<string, unknown>) =>
  users.execute(caller, createApiTokenMutation, { input: { name: 'CI', scopes: ['users:read'], ...input } });
const revoke = (caller: Caller, id: string) => users.execute(caller, revokeApiTokenMutation, { input: { id } });

/** A new token of the owner's: its global ID. */
const newToken = async (name = 'CI') =>
  dataOf(await create(people.owner, { name })).createApiToken.apiToken.id as string;

/** The token's stored row: whether and when it was revoked. */
const revokedAtOf = async (id: string) =>
  (
    await querySql<{ revoked_at: Date | null }>(users, 'SELECT revoked_at FROM users.api_token WHERE id = $1', [
      rawId(id),
    ])
  )[0]?.revoked_at;

const tokensOf = async (user: TestUser) =>
  (
    await querySql<{ n: number }>(users, 'SELECT count(*)::int AS n FROM users.api_token WHERE user_id = $1', [
      rawId(user.userId),
    ])
  )[0]!.n;

/** Everyone but the owner, with the role that does not help them. */
const others: [string, () => TestUser][] = [
  ['the OWNER of an organization the owner belongs to', () => people.organizationOwner],
  ['a stranger', () => people.stranger],
];

describe('createApiToken', () => {
  it('creates a token of the signed-in person’s own, with its scopes in catalogue order, once each', async () => {
    const before = await tokensOf(people.owner);
    const expiresAt = new Date(Date.now() + 30 * day).toISOString();
    const { token, apiToken } = dataOf(
      await create(people.owner, {
        name: '  Deploys  ',
        scopes: ['work_items:write', 'users:read', 'users:read'],
        expiresAt,
      }),
    ).createApiToken;
    expect(token).toMatch(/^wg_pat_[0-9A-Za-z]{49}$/);
    expect(apiToken).toMatchObject({
      name: 'Deploys',
      prefix: token.slice(0, 12),
      scopes: ['users:read', 'work_items:write'],
      expiresAt,
      revokedAt: null,
    });
    expect(await tokensOf(people.owner)).toBe(before + 1);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    expect(errorOf(await create(anonymous, {})).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, 'input.name'],
    ['no scopes', { scopes: [] }, 'input.scopes'],
    ['an unknown scope', { scopes: ['users:read', 'repo'] }, 'input.scopes[1]'],
    ['a scope in capitals', { scopes: ['USERS:READ'] }, 'input.scopes[0]'],
    [
      'more scopes than the catalogue has',
      { scopes: Array.from({ length: apiScopes.length + 1 }, () => 'users:read') },
      'input.scopes',
    ],
    ['an expiry in the past', { expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'input.expiresAt'],
    ['an expiry over a year away', { expiresAt: new Date(Date.now() + 366 * day).toISOString() }, 'input.expiresAt'],
  ])('refuses %s with BAD_USER_INPUT on its field, and creates nothing', async (_what, bad, field) => {
    const before = await tokensOf(people.owner);
    expect(errorOf(await create(people.owner, bad))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tokensOf(people.owner)).toBe(before);
  });

  it('counts a name’s characters as a person does: 100 emoji are a name', async () => {
    const res = await create(people.owner, { name: '🔑'.repeat(100) });
    expect(dataOf(res).createApiToken.apiToken.name).toBe('🔑'.repeat(100));
  });
});

describe('revokeApiToken', () => {
  it('lets the owner revoke their token, and answers the same revocation when asked again', async () => {
    const id = await newToken();
    const first = dataOf(await revoke(people.owner, id)).revokeApiToken.apiToken;
    expect(first).toEqual({ id, revokedAt: expect.any(String) });
    expect(dataOf(await revoke(people.owner, id)).revokeApiToken.apiToken).toEqual(first);
    expect((await revokedAtOf(id))!.toISOString()).toBe(first.revokedAt);
  });

  it.each(others)(
    'answers %s NOT_FOUND, exactly as for a token that does not exist, and revokes nothing',
    async (_who, other) => {
      const id = await newToken();
      const missing = errorOf(await revoke(people.owner, toGlobalId('ApiToken', randomUUID())));
      expect(missing.code).toBe('NOT_FOUND');
      expect(errorOf(await revoke(other(), id))).toEqual(missing);
      expect(await revokedAtOf(id)).toBeNull();
    },
  );

  it.each([
    ['a token ID that is no global ID', () => 'not-an-id'],
    ['the global ID of a user instead of a token', () => people.owner.userId],
  ])('refuses %s with BAD_USER_INPUT on input.id', async (_what, id) => {
    expect(errorOf(await revoke(people.owner, id()))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });
});

describe('apiTokens and node(id)', () => {
  it('show a token to its owner alone, the OWNER of their organization included', async () => {
    const id = await newToken('Only mine');
    expect(dataOf(await users.execute(people.owner, nodeQuery, { id })).node).toEqual({
      id,
      name: 'Only mine',
      revokedAt: null,
    });
    const listed = dataOf(await users.execute(people.owner, apiTokensQuery, { first: 100 })).apiTokens;
    expect(listed.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);
    for (const [, other] of others) {
      expect(dataOf(await users.execute(other(), nodeQuery, { id })).node).toBeNull();
      const theirs = dataOf(await users.execute(other(), apiTokensQuery, { first: 100 })).apiTokens;
      expect(theirs.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(id);
    }
  });

  it('leave revoked tokens out unless asked for them', async () => {
    const id = await newToken('Revoked soon');
    dataOf(await revoke(people.owner, id));
    const ids = async (includeRevoked: boolean) =>
      dataOf(await users.execute(people.owner, apiTokensQuery, { first: 100, includeRevoked })).apiTokens.edges.map(
        (edge: { node: { id: string } }) => edge.node.id,
      );
    expect(await ids(false)).not.toContain(id);
    expect(await ids(true)).toContain(id);
  });

  it.each([
    ['a page of more than 100', { first: 101 }, 'first'],
    ['a negative page size', { first: -1 }, 'first'],
    ['a cursor that is no cursor', { after: 'not-a-cursor' }, 'after'],
    ['a cursor of another list’s shape', { after: Buffer.from('["1","2","3"]').toString('base64url') }, 'after'],
  ])('refuse %s with BAD_USER_INPUT on its argument', async (_what, args, field) => {
    expect(errorOf(await users.execute(people.owner, apiTokensQuery, args))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });
});
