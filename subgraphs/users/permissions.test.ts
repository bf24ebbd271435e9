import type { RequestIdentity } from '../../lib/viewer';
import { graphql } from 'graphql';
import { createLogger } from '../../lib/logger';
import { createSubgraph } from '../../lib/server/create-subgraph';
import users from './subgraph';

// No query reaches the database here: every operation is refused before a resolver runs.
const subgraph = createSubgraph(users, {
  databaseUrl: 'postgresql://nobody@127.0.0.1:1/none',
  signingSecret: 'y'.repeat(32),
  subgraphUrl: () => 'http://127.0.0.1:1/graphql',
  env: { JWT_SECRET: 'x'.repeat(32) },
  logger: createLogger('test', 'silent'),
});
afterAll(() => subgraph.close());

const run = (source: string, identity: Omit<RequestIdentity, 'clientAddress'>) =>
  graphql({
    schema: subgraph.schema,
    source,
    contextValue: subgraph.createContext({ ...identity, clientAddress: null }),
  });
const anonymous = { viewer: null, service: null };
const person = { viewer: { userId: '00000000-0000-4000-8000-000000000001' }, service: null };

describe('users permissions', () => {
  it.each([
    ['me', '{ me { id } }'],
    ['user', '{ user(id: "x") { id } }'],
    ['node', '{ node(id: "x") { id } }'],
    ['organization', '{ organization(id: "x") { id } }'],
    ['organizationBySlug', '{ organizationBySlug(slug: "acme") { id } }'],
    ['updateMe', 'mutation { updateMe(input: { name: "x" }) { user { id } } }'],
    ['updateMyPreferences', 'mutation { updateMyPreferences(input: {}) { user { id } } }'],
    [
      'createOrganization',
      'mutation { createOrganization(input: { name: "x", slug: "xyz" }) { organization { id } } }',
    ],
    [
      'inviteOrganizationMember',
      'mutation { inviteOrganizationMember(input: { organizationId: "x", email: "a@b.co", role: GUEST }) { invitation { id } } }',
    ],
    ['acceptInvitation', 'mutation { acceptInvitation(input: { token: "x" }) { role } }'],
    ['declineInvitation', 'mutation { declineInvitation(input: { token: "x" }) { invitation { id } } }'],
    [
      'revokeOrganizationInvitation',
      'mutation { revokeOrganizationInvitation(input: { invitationId: "x" }) { invitation { id } } }',
    ],
    [
      'changeOrganizationMemberRole',
      'mutation { changeOrganizationMemberRole(input: { organizationId: "x", userId: "y", role: GUEST }) { role } }',
    ],
    [
      'removeOrganizationMember',
      'mutation { removeOrganizationMember(input: { organizationId: "x", userId: "y" }) { removedUserId } }',
    ],
  ])('refuses %s to anonymous callers with UNAUTHENTICATED', async (_field, source) => {
    const result = await run(source, anonymous);
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses organizationRoles to people with FORBIDDEN', async () => {
    const result = await run('{ organizationRoles(keys: []) }', person);
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets services call organizationRoles', async () => {
    const result = await run('{ organizationRoles(keys: []) }', { viewer: null, service: 'projects' });
    expect(result).toEqual({ data: { organizationRoles: [] } });
  });

  it('checks global IDs before touching the database', async () => {
    const result = await run('{ organization(id: "not-an-id") { id } }', person);
    expect(result.errors?.[0]?.originalError).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'id' } });
  });

  it('answers node with null for an ID nobody could own', async () => {
    expect(await run('{ node(id: "not-an-id") { id } }', person)).toEqual({ data: { node: null } });
  });
});
