import {
  addOrganizationMember,
  createOrganization,
  dataOf,
  errorOf,
  anonymous,
  signUpUser,
  useSubgraph,
  type TestUser,
} from '../../testkit';
import { uniqueEmail, uniqueSlug } from '../../users/helpers';

const users = useSubgraph('users');

type Role = 'OWNER' | 'ADMIN' | 'MEMBER' | 'GUEST';

const createOrganizationMutation = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id name slug viewerRole createdAt } }
}`;
const inviteMutation = `mutation($input: InviteOrganizationMemberInput!) {
  inviteOrganizationMember(input: $input) { invitation { id email role status organization { id } } }
}`;
const acceptMutation = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { role organization { id viewerRole } }
}`;
const changeRoleMutation = `mutation($input: ChangeOrganizationMemberRoleInput!) {
  changeOrganizationMemberRole(input: $input) { role user { id } organization { id } }
}`;
const removeMemberMutation = `mutation($input: RemoveOrganizationMemberInput!) {
  removeOrganizationMember(input: $input) { removedUserId organization { id name } }
}`;
const organizationQuery = `query($id: ID!) { organization(id: $id) { id slug viewerRole } }`;
const membersQuery = `query($id: ID!, $first: Int, $after: String) {
  organization(id: $id) {
    members(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor role joinedAt node { id name email } }
    }
  }
}`;

const newUser = () => signUpUser(users, { email: uniqueEmail() });
const invite = (actor: TestUser, organizationId: string, email: string, role: Role) =>
  users.execute(actor, inviteMutation, { input: { organizationId, email, role } });
const accept = (invitee: TestUser, invitationId: string) =>
  users.execute(invitee, acceptMutation, { input: { invitationId } });
const changeRole = (actor: TestUser, organizationId: string, userId: string, role: Role) =>
  users.execute(actor, changeRoleMutation, { input: { organizationId, userId, role } });
const removeMember = (actor: TestUser, organizationId: string, userId: string) =>
  users.execute(actor, removeMemberMutation, { input: { organizationId, userId } });

/** An organization whose owner has added one member of each other role. */
async function organizationWithRoles() {
  const owner = await newUser();
  const [admin, member, guest, outsider] = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
  const organization = await createOrganization(users, owner.token, { slug: uniqueSlug() });
  await addOrganizationMember(users, owner.token, organization.id, admin, 'ADMIN');
  await addOrganizationMember(users, owner.token, organization.id, member, 'MEMBER');
  await addOrganizationMember(users, owner.token, organization.id, guest, 'GUEST');
  return { organization, owner, admin, member, guest, outsider };
}

describe('createOrganization', () => {
  it('creates the organization with the caller as its OWNER', async () => {
    const owner = await newUser();
    const slug = uniqueSlug();
    const res = await users.execute(owner, createOrganizationMutation, { input: { name: '  Acme  ', slug } });
    expect(dataOf(res).createOrganization.organization).toMatchObject({ name: 'Acme', slug, viewerRole: 'OWNER' });
  });

  it.each([
    ['a blank name', { name: ' ' }, 'input.name'],
    ['a name longer than 100 characters', { name: 'n'.repeat(101) }, 'input.name'],
    ['a slug that is too short', { slug: 'ab' }, 'input.slug'],
    ['a slug longer than 40 characters', { slug: `a${'b'.repeat(40)}` }, 'input.slug'],
    ['a slug with capital letters', { slug: 'Acme-inc' }, 'input.slug'],
    ['a slug starting with a digit', { slug: '1acme' }, 'input.slug'],
    ['a slug with spaces', { slug: 'acme inc' }, 'input.slug'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, input, field) => {
    const owner = await newUser();
    const res = await users.execute(owner, createOrganizationMutation, {
      input: { name: 'Acme', slug: uniqueSlug(), ...input },
    });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a slug that is taken with CONFLICT', async () => {
    const [first, second] = await Promise.all([newUser(), newUser()]);
    const { slug } = await createOrganization(users, first.token, { slug: uniqueSlug() });
    const res = await users.execute(second, createOrganizationMutation, { input: { name: 'Copy', slug } });
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
  });

  it('requires a signed-in caller', async () => {
    const res = await users.execute(anonymous, createOrganizationMutation, {
      input: { name: 'Acme', slug: uniqueSlug() },
    });
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('organization and organizationBySlug', () => {
  it('show an organization to its members with their role', async () => {
    const { organization, admin, guest } = await organizationWithRoles();
    const asAdmin = dataOf(await users.execute(admin, organizationQuery, { id: organization.id }));
    expect(asAdmin.organization).toMatchObject({ id: organization.id, viewerRole: 'ADMIN' });
    const bySlug = await users.execute(
      guest,
      `
        query ($slug: String!) {
          organizationBySlug(slug: $slug) {
            id
            viewerRole
          }
        }
      `,
      { slug: organization.slug },
    );
    expect(dataOf(bySlug).organizationBySlug).toEqual({ id: organization.id, viewerRole: 'GUEST' });
  });

  it('answer a non-member exactly as for an organization that does not exist', async () => {
    const { organization, outsider } = await organizationWithRoles();
    const hidden = errorOf(await users.execute(outsider, organizationQuery, { id: organization.id }));
    const otherOrganization = await createOrganization(users, outsider.token);
    const missingId = Buffer.from('Organization:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = errorOf(await users.execute(outsider, organizationQuery, { id: missingId }));
    expect(hidden).toEqual({ code: 'NOT_FOUND', message: 'Organization not found.' });
    expect(missing).toEqual(hidden);
    const bySlug = await users.execute(
      outsider,
      `
        query ($slug: String!) {
          organizationBySlug(slug: $slug) {
            id
          }
        }
      `,
      { slug: organization.slug },
    );
    expect(errorOf(bySlug)).toEqual(hidden);
    expect(otherOrganization.id).not.toBe(organization.id);
  });

  it('rejects an ID of another type with BAD_USER_INPUT', async () => {
    const user = await newUser();
    const res = await users.execute(user, organizationQuery, { id: user.userId });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('require a signed-in caller', async () => {
    const { organization } = await organizationWithRoles();
    expect(errorOf(await users.execute(anonymous, organizationQuery, { id: organization.id }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('Organization.members', () => {
  it('pages through members oldest first with their roles and a lazy total count', async () => {
    const { organization, owner, admin, member, guest } = await organizationWithRoles();
    const first = dataOf(await users.execute(member, membersQuery, { id: organization.id, first: 2 })).organization
      .members;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges.map((edge: { node: { id: string }; role: Role }) => [edge.node.id, edge.role])).toEqual([
      [owner.userId, 'OWNER'],
      [admin.userId, 'ADMIN'],
    ]);
    const second = dataOf(
      await users.execute(member, membersQuery, { id: organization.id, first: 2, after: first.pageInfo.endCursor }),
    ).organization.members;
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.edges.map((edge: { node: { id: string }; role: Role }) => [edge.node.id, edge.role])).toEqual([
      [member.userId, 'MEMBER'],
      [guest.userId, 'GUEST'],
    ]);
    expect(second.edges[0].node.email).toBe(member.email);
    expect(new Date(second.edges[0].joinedAt).getTime()).not.toBeNaN();
  });

  it('rejects a forged cursor and a negative page size with BAD_USER_INPUT', async () => {
    const { organization, owner } = await organizationWithRoles();
    const forged = Buffer.from(JSON.stringify(['yesterday', 'nobody'])).toString('base64url');
    const badCursor = await users.execute(owner, membersQuery, { id: organization.id, after: forged });
    expect(errorOf(badCursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const negative = await users.execute(owner, membersQuery, { id: organization.id, first: -1 });
    expect(errorOf(negative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('inviteOrganizationMember', () => {
  it('lets an ADMIN invite MEMBERs, ADMINs and GUESTs, who join with that role when they accept', async () => {
    const { organization, admin } = await organizationWithRoles();
    for (const role of ['MEMBER', 'ADMIN', 'GUEST'] as const) {
      const invitee = await newUser();
      const invited = dataOf(await invite(admin, organization.id, invitee.email.toUpperCase(), role));
      expect(invited.inviteOrganizationMember.invitation).toMatchObject({
        email: invitee.email,
        role,
        status: 'PENDING',
        organization: { id: organization.id },
      });
      const accepted = dataOf(await accept(invitee, invited.inviteOrganizationMember.invitation.id));
      expect(accepted.acceptInvitation).toEqual({ role, organization: { id: organization.id, viewerRole: role } });
    }
  });

  it('lets only an OWNER invite another OWNER', async () => {
    const { organization, owner, admin } = await organizationWithRoles();
    const [first, second] = await Promise.all([newUser(), newUser()]);
    expect(errorOf(await invite(admin, organization.id, first.email, 'OWNER'))).toMatchObject({ code: 'FORBIDDEN' });
    const invited = dataOf(await invite(owner, organization.id, second.email, 'OWNER'));
    expect(dataOf(await accept(second, invited.inviteOrganizationMember.invitation.id)).acceptInvitation.role).toBe(
      'OWNER',
    );
  });

  it('forbids MEMBERs and GUESTs to invite anyone, whatever the address', async () => {
    const { organization, member, guest, admin } = await organizationWithRoles();
    const invitee = await newUser();
    for (const caller of [member, guest]) {
      for (const email of [invitee.email, uniqueEmail('nobody'), admin.email]) {
        expect(errorOf(await invite(caller, organization.id, email, 'GUEST'))).toMatchObject({ code: 'FORBIDDEN' });
      }
    }
  });

  it('answers a non-member with NOT_FOUND', async () => {
    const { organization, outsider } = await organizationWithRoles();
    const invitee = await newUser();
    expect(errorOf(await invite(outsider, organization.id, invitee.email, 'MEMBER'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Organization not found.',
    });
  });

  it('rejects a malformed address with BAD_USER_INPUT and a member’s address with CONFLICT', async () => {
    const { organization, owner, member } = await organizationWithRoles();
    expect(errorOf(await invite(owner, organization.id, 'not an email', 'MEMBER'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
    expect(errorOf(await invite(owner, organization.id, member.email, 'ADMIN'))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.email',
    });
  });

  it('rejects an organization ID that is not one with BAD_USER_INPUT', async () => {
    const { owner, member } = await organizationWithRoles();
    expect(errorOf(await invite(owner, owner.userId, member.email, 'MEMBER'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organizationId',
    });
  });
});

describe('changeOrganizationMemberRole', () => {
  it('lets an ADMIN change roles below OWNER', async () => {
    const { organization, admin, member } = await organizationWithRoles();
    const res = await changeRole(admin, organization.id, member.userId, 'GUEST');
    expect(dataOf(res).changeOrganizationMemberRole).toMatchObject({ role: 'GUEST', user: { id: member.userId } });
    const asMember = dataOf(await users.execute(member, organizationQuery, { id: organization.id }));
    expect(asMember.organization.viewerRole).toBe('GUEST');
  });

  it('lets only an OWNER grant or take away OWNER', async () => {
    const { organization, owner, admin, member } = await organizationWithRoles();
    expect(errorOf(await changeRole(admin, organization.id, member.userId, 'OWNER'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await changeRole(admin, organization.id, owner.userId, 'ADMIN'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    dataOf(await changeRole(owner, organization.id, admin.userId, 'OWNER'));
    dataOf(await changeRole(admin, organization.id, owner.userId, 'MEMBER'));
  });

  it('keeps the last OWNER an OWNER with CONFLICT', async () => {
    const { organization, owner } = await organizationWithRoles();
    expect(errorOf(await changeRole(owner, organization.id, owner.userId, 'ADMIN'))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('never leaves an organization without an owner when two owners demote each other at once', async () => {
    const { organization, owner, admin } = await organizationWithRoles();
    dataOf(await changeRole(owner, organization.id, admin.userId, 'OWNER'));
    const results = await Promise.all([
      changeRole(owner, organization.id, admin.userId, 'MEMBER'),
      changeRole(admin, organization.id, owner.userId, 'MEMBER'),
    ]);
    expect(results.filter((res) => !res.body.errors)).toHaveLength(1);
    const members = dataOf(await users.execute(owner, membersQuery, { id: organization.id })).organization.members;
    expect(members.edges.filter((edge: { role: Role }) => edge.role === 'OWNER')).toHaveLength(1);
  });

  it('forbids MEMBERs to change roles, and answers non-members and unknown targets with NOT_FOUND', async () => {
    const { organization, member, guest, owner, outsider } = await organizationWithRoles();
    expect(errorOf(await changeRole(member, organization.id, guest.userId, 'MEMBER'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await changeRole(outsider, organization.id, guest.userId, 'MEMBER'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Organization not found.',
    });
    expect(errorOf(await changeRole(owner, organization.id, outsider.userId, 'MEMBER'))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.userId',
    });
    expect(errorOf(await changeRole(owner, organization.id, organization.id, 'MEMBER'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.userId',
    });
  });
});

describe('removeOrganizationMember', () => {
  it('lets an ADMIN remove a MEMBER, who then no longer sees the organization', async () => {
    const { organization, admin, member } = await organizationWithRoles();
    const res = await removeMember(admin, organization.id, member.userId);
    expect(dataOf(res).removeOrganizationMember).toMatchObject({
      removedUserId: member.userId,
      organization: { id: organization.id },
    });
    expect(errorOf(await users.execute(member, organizationQuery, { id: organization.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('lets members remove themselves but not others', async () => {
    const { organization, member, guest } = await organizationWithRoles();
    expect(errorOf(await removeMember(member, organization.id, guest.userId))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      dataOf(await removeMember(guest, organization.id, guest.userId)).removeOrganizationMember.removedUserId,
    ).toBe(guest.userId);
  });

  it('forbids an ADMIN to remove an OWNER', async () => {
    const { organization, owner, admin } = await organizationWithRoles();
    expect(errorOf(await removeMember(admin, organization.id, owner.userId))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses to remove the last OWNER with CONFLICT, but lets an owner leave when another remains', async () => {
    const { organization, owner, admin } = await organizationWithRoles();
    expect(errorOf(await removeMember(owner, organization.id, owner.userId))).toMatchObject({ code: 'CONFLICT' });
    dataOf(await changeRole(owner, organization.id, admin.userId, 'OWNER'));
    dataOf(await removeMember(owner, organization.id, owner.userId));
  });

  it('answers non-members and unknown targets with NOT_FOUND', async () => {
    const { organization, owner, outsider, member } = await organizationWithRoles();
    expect(errorOf(await removeMember(outsider, organization.id, member.userId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await removeMember(owner, organization.id, outsider.userId))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.userId',
    });
  });
});

describe('User.organizations', () => {
  it('lists the caller’s organizations with their role in each, and nothing for anyone else', async () => {
    const { organization, owner, member } = await organizationWithRoles();
    const second = await createOrganization(users, member.token);
    const query = `query($id: ID!) {
      me { organizations(first: 10) { totalCount edges { role node { id } } } }
      user(id: $id) { organizations { totalCount edges { role } } }
    }`;
    const data = dataOf(await users.execute(member, query, { id: owner.userId }));
    expect(data.me.organizations.totalCount).toBe(2);
    expect(data.me.organizations.edges).toEqual([
      { role: 'MEMBER', node: { id: organization.id } },
      { role: 'OWNER', node: { id: second.id } },
    ]);
    expect(data.user.organizations).toEqual({ totalCount: 0, edges: [] });
  });
});
