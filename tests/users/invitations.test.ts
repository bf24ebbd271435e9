import {
  addOrganizationMember,
  dataOf,
  errorOf,
  inviteOrganizationMember,
  querySql,
  rawId,
  signUpUser,
  useTestStack,
  type TestUser,
} from '../testkit';
import { uniqueEmail } from './helpers';
import { acmeOrganization, invitationEmailTo, invitationOps as ops, runAs } from './invitation-support';

const stack = useTestStack();

// Issue 12, item 10: anyone could add any registered person to their organization without consent,
// and unknown addresses answered NOT_FOUND. Now people are invited and join when they accept.

const organization = () => acmeOrganization(stack);

const invite = (actor: TestUser, organizationId: string, email: string, role = 'MEMBER') =>
  runAs(stack, actor, ops.invite, { input: { organizationId, email, role } });
const accept = (user: TestUser, input: { token?: string; invitationId?: string }) =>
  runAs(stack, user, ops.accept, { input });
const viewerRoleIn = async (user: TestUser, organizationId: string) =>
  (await runAs(stack, user, `query($id: ID!) { organization(id: $id) { viewerRole } }`, { id: organizationId })).body
    .data?.organization?.viewerRole ?? null;

describe('inviting', () => {
  it('answers byte for byte the same for an address with an account and one without', async () => {
    const { owner, organizationId } = await organization();
    const registered = await signUpUser(stack);
    const unknown = uniqueEmail('nobody');
    const known = await invite(owner, organizationId, registered.email);
    const stranger = await invite(owner, organizationId, unknown);
    expect(known.status).toBe(stranger.status);
    // What differs is what the caller sent (the address) and what is new (the ID, the times).
    const normalized = (body: unknown, email: string) =>
      JSON.stringify(body)
        .replaceAll(email, '<email>')
        .replace(/"id":"[^"]+"/g, '"id":"<id>"')
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>');
    expect(normalized(known.body, registered.email)).toBe(normalized(stranger.body, unknown));
    expect(dataOf(stranger).inviteOrganizationMember.invitation).toMatchObject({
      email: unknown,
      role: 'MEMBER',
      status: 'PENDING',
      respondedAt: null,
      organization: { id: organizationId, name: 'Acme Corp' },
      invitedBy: { name: 'Olga Owner' },
    });
    // Nothing about the account leaks into the organization's list either.
    const listed = await runAs(
      stack,
      owner,
      `query($id: ID!) { organization(id: $id) { invitations { totalCount edges { node { email status } } } } }`,
      { id: organizationId },
    );
    expect(dataOf(listed).organization.invitations).toEqual({
      totalCount: 2,
      edges: [
        { node: { email: registered.email, status: 'PENDING' } },
        { node: { email: unknown, status: 'PENDING' } },
      ],
    });
  });

  it('does not make anyone a member: the invitee joins only by accepting', async () => {
    const { owner, organizationId } = await organization();
    const invitee = await signUpUser(stack);
    expect(dataOf(await invite(owner, organizationId, invitee.email)).inviteOrganizationMember.invitation.status).toBe(
      'PENDING',
    );
    expect(await viewerRoleIn(invitee, organizationId)).toBeNull();
    const members = await runAs(stack, owner, `query($id: ID!) { organization(id: $id) { members { totalCount } } }`, {
      id: organizationId,
    });
    expect(dataOf(members).organization.members.totalCount).toBe(1);
  });

  it('sends an invitation again rather than twice: the same invitation, a new link, expiry and role', async () => {
    const { owner, organizationId } = await organization();
    const address = uniqueEmail('again');
    const first = dataOf(await invite(owner, organizationId, address, 'GUEST')).inviteOrganizationMember.invitation;
    const firstEmail = await invitationEmailTo(stack, address);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = dataOf(await invite(owner, organizationId, address, 'ADMIN')).inviteOrganizationMember.invitation;
    const secondEmail = await invitationEmailTo(stack, address);
    expect(second.id).toBe(first.id);
    expect(second.role).toBe('ADMIN');
    expect(Date.parse(second.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
    expect(secondEmail.token).not.toBe(firstEmail.token);
    const [{ count }] = (await querySql<{ count: number }>(
      stack,
      `SELECT count(*)::int AS count FROM users.organization_invitation WHERE organization_id = $1`,
      [rawId(organizationId)],
    )) as [{ count: number }];
    expect(count).toBe(1);

    const joiner = await signUpUser(stack, { email: address });
    expect(errorOf(await accept(joiner, { token: firstEmail.token })).code).toBe('NOT_FOUND');
    expect(dataOf(await accept(joiner, { token: secondEmail.token })).acceptInvitation.role).toBe('ADMIN');
  });

  it('expires after 7 days', async () => {
    const { owner, organizationId } = await organization();
    const invitee = await signUpUser(stack);
    const { invitation } = await inviteOrganizationMember(stack, owner.token, organizationId, invitee.email, 'MEMBER');
    const sent = dataOf(
      await runAs(
        stack,
        owner,
        `query($id: ID!) { node(id: $id) { ... on OrganizationInvitation { sentAt expiresAt } } }`,
        {
          id: invitation.id,
        },
      ),
    ).node;
    expect(Date.parse(sent.expiresAt) - Date.parse(sent.sentAt)).toBe(7 * 24 * 60 * 60 * 1000);
    const { token } = await invitationEmailTo(stack, invitee.email);
    await querySql(
      stack,
      `UPDATE users.organization_invitation SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [rawId(invitation.id)],
    );
    expect(errorOf(await accept(invitee, { token })).code).toBe('NOT_FOUND');
    expect(errorOf(await accept(invitee, { invitationId: invitation.id })).code).toBe('NOT_FOUND');
    const status = await runAs(
      stack,
      owner,
      `query($id: ID!) { node(id: $id) { ... on OrganizationInvitation { status } } }`,
      {
        id: invitation.id,
      },
    );
    expect(dataOf(status).node).toEqual({ status: 'EXPIRED' });
    expect(await viewerRoleIn(invitee, organizationId)).toBeNull();
  });

  it('is limited to 50 sendings per organization in 24 hours, re-sendings included', async () => {
    const { owner, organizationId } = await organization();
    const again = uniqueEmail('again');
    for (let round = 0; round < 5; round += 1) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          invite(owner, organizationId, i === 0 ? again : uniqueEmail(`limit${round}-${i}`)),
        ),
      );
      for (const result of results) expect(result.body.errors).toBeUndefined();
    }
    const refused = await invite(owner, organizationId, again);
    expect(errorOf(refused)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.body.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(23 * 60 * 60);
    expect(errorOf(await invite(owner, organizationId, uniqueEmail('one-more'))).code).toBe('TOO_MANY_REQUESTS');
    // Another organization has its own budget.
    const other = await organization();
    expect((await invite(other.owner, other.organizationId, uniqueEmail('elsewhere'))).body.errors).toBeUndefined();
  });
});

describe('accepting', () => {
  it('by the emailed link joins the organization with the invitation’s role, once', async () => {
    const { owner, organizationId } = await organization();
    const invitee = await signUpUser(stack);
    await invite(owner, organizationId, invitee.email, 'ADMIN');
    const { token, link } = await invitationEmailTo(stack, invitee.email);
    // No PUBLIC_URL was given: links point at the router that is running, on the port it got.
    const router = new URL(stack.routerUrl);
    expect(link.startsWith(`http://localhost:${router.port}/invitations/accept?token=`)).toBe(true);
    const accepted = dataOf(await accept(invitee, { token })).acceptInvitation;
    expect(accepted).toMatchObject({
      role: 'ADMIN',
      invitation: { status: 'ACCEPTED' },
      organization: { id: organizationId, name: 'Acme Corp', viewerRole: 'ADMIN' },
    });
    expect(errorOf(await accept(invitee, { token })).code).toBe('NOT_FOUND');
    const other = await signUpUser(stack);
    expect(errorOf(await accept(other, { token })).code).toBe('NOT_FOUND');
    expect(await viewerRoleIn(other, organizationId)).toBeNull();
    const events = await querySql<{ type: string; actorId: string; userId: string; role: string }>(
      stack,
      `SELECT type, envelope->>'actorId' AS "actorId", envelope->'payload'->>'userId' AS "userId",
              envelope->'payload'->>'role' AS role
         FROM users.outbox WHERE envelope->>'organizationId' = $1 AND type = 'organization.member_added' ORDER BY seq`,
      [rawId(organizationId)],
    );
    expect(events).toEqual([
      { type: 'organization.member_added', actorId: rawId(owner.userId), userId: rawId(owner.userId), role: 'OWNER' },
      {
        type: 'organization.member_added',
        actorId: rawId(invitee.userId),
        userId: rawId(invitee.userId),
        role: 'ADMIN',
      },
    ]);
  });

  it('by link works for whoever holds it and is signed in, even under another address', async () => {
    const { owner, organizationId } = await organization();
    const address = uniqueEmail('work');
    await invite(owner, organizationId, address);
    const { token } = await invitationEmailTo(stack, address);
    const personal = await signUpUser(stack, { email: uniqueEmail('personal') });
    expect(dataOf(await accept(personal, { token })).acceptInvitation.role).toBe('MEMBER');
    expect(await viewerRoleIn(personal, organizationId)).toBe('MEMBER');
  });

  it('by ID works only for the account with the invited address, who finds it among its pending invitations', async () => {
    const { owner, organizationId } = await organization();
    const address = uniqueEmail('later');
    const { invitation } = await inviteOrganizationMember(stack, owner.token, organizationId, address, 'GUEST');
    const someoneElse = await signUpUser(stack);
    expect(errorOf(await accept(someoneElse, { invitationId: invitation.id })).code).toBe('NOT_FOUND');
    const hidden = await runAs(stack, someoneElse, `query($id: ID!) { node(id: $id) { id } }`, { id: invitation.id });
    expect(hidden.body.data?.node ?? null).toBeNull();
    expect(JSON.stringify(hidden.body)).not.toContain(address);

    // The invited address signs up after the invitation was sent.
    const invitee = await signUpUser(stack, { email: address });
    const pending = await runAs(
      stack,
      invitee,
      `{ me { pendingInvitations { totalCount edges { node { id role status organization { name } invitedBy { name } } } } } }`,
    );
    expect(dataOf(pending).me.pendingInvitations).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: invitation.id,
            role: 'GUEST',
            status: 'PENDING',
            organization: { name: 'Acme Corp' },
            invitedBy: { name: 'Olga Owner' },
          },
        },
      ],
    });
    const others = await runAs(
      stack,
      someoneElse,
      `query($id: ID!) { user(id: $id) { pendingInvitations { totalCount } } }`,
      {
        id: invitee.userId,
      },
    );
    expect(dataOf(others).user.pendingInvitations.totalCount).toBe(0);

    expect(dataOf(await accept(invitee, { invitationId: invitation.id })).acceptInvitation.role).toBe('GUEST');
    const after = await runAs(stack, invitee, `{ me { pendingInvitations { totalCount } } }`);
    expect(dataOf(after).me.pendingInvitations.totalCount).toBe(0);
  });

  it('refuses forged, malformed and ambiguous input, and a member of the organization', async () => {
    const { owner, organizationId } = await organization();
    const member = await signUpUser(stack);
    await addOrganizationMember(stack, owner.token, organizationId, member, 'MEMBER');
    const address = uniqueEmail('forged');
    await invite(owner, organizationId, address);
    const { token } = await invitationEmailTo(stack, address);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(errorOf(await accept(member, { token: forged }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.token',
    });
    expect(errorOf(await accept(member, { token: 'nonsense' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await accept(member, {}))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(errorOf(await accept(member, { token, invitationId: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await accept(member, { invitationId: organizationId }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.invitationId',
    });
    expect(errorOf(await accept(member, { token })).code).toBe('CONFLICT');
    // Refused, it is still there for the right person.
    const invitee = await signUpUser(stack, { email: address });
    expect(dataOf(await accept(invitee, { token })).acceptInvitation.role).toBe('MEMBER');
  });

  it('needs a signed-in person', async () => {
    const { owner, organizationId } = await organization();
    const address = uniqueEmail('anonymous');
    await invite(owner, organizationId, address);
    const { token } = await invitationEmailTo(stack, address);
    expect(errorOf(await runAs(stack, null, ops.accept, { input: { token } })).code).toBe('UNAUTHENTICATED');
  });
});

describe('declining and revoking', () => {
  it('a declined invitation’s link stops working and the organization sees it declined', async () => {
    const { owner, organizationId } = await organization();
    const invitee = await signUpUser(stack);
    const { invitation } = await inviteOrganizationMember(stack, owner.token, organizationId, invitee.email, 'MEMBER');
    const { token } = await invitationEmailTo(stack, invitee.email);
    const declined = dataOf(await runAs(stack, invitee, ops.decline, { input: { invitationId: invitation.id } }));
    expect(declined.declineInvitation.invitation).toEqual({ id: invitation.id, status: 'DECLINED' });
    expect(errorOf(await accept(invitee, { token })).code).toBe('NOT_FOUND');
    const listed = await runAs(
      stack,
      owner,
      `query($id: ID!) { organization(id: $id) { declined: invitations(status: DECLINED) { edges { node { id respondedAt } } } pending: invitations(status: PENDING) { totalCount } } }`,
      { id: organizationId },
    );
    const { declined: declinedList, pending } = dataOf(listed).organization;
    expect(declinedList.edges).toEqual([{ node: { id: invitation.id, respondedAt: expect.any(String) } }]);
    expect(pending.totalCount).toBe(0);
  });

  it('an OWNER or ADMIN revokes a pending invitation: its link stops working; others may not', async () => {
    const { owner, organizationId } = await organization();
    const [admin, member, stranger] = await Promise.all([signUpUser(stack), signUpUser(stack), signUpUser(stack)]);
    await addOrganizationMember(stack, owner.token, organizationId, admin, 'ADMIN');
    await addOrganizationMember(stack, owner.token, organizationId, member, 'MEMBER');
    const address = uniqueEmail('revoked');
    const { invitation } = await inviteOrganizationMember(stack, owner.token, organizationId, address, 'MEMBER');
    const { token } = await invitationEmailTo(stack, address);
    const input = { input: { invitationId: invitation.id } };
    expect(errorOf(await runAs(stack, member, ops.revoke, input)).code).toBe('FORBIDDEN');
    expect(errorOf(await runAs(stack, stranger, ops.revoke, input)).code).toBe('NOT_FOUND');
    expect(dataOf(await runAs(stack, admin, ops.revoke, input)).revokeOrganizationInvitation.invitation).toEqual({
      id: invitation.id,
      status: 'REVOKED',
    });
    expect(errorOf(await runAs(stack, admin, ops.revoke, input)).code).toBe('CONFLICT');
    const invitee = await signUpUser(stack, { email: address });
    expect(errorOf(await accept(invitee, { token })).code).toBe('NOT_FOUND');
  });

  it('lists invitations to OWNERs and ADMINs only: other members see none', async () => {
    const { owner, organizationId } = await organization();
    const member = await signUpUser(stack);
    await addOrganizationMember(stack, owner.token, organizationId, member, 'MEMBER');
    await invite(owner, organizationId, uniqueEmail('listed'));
    const query = `query($id: ID!) { organization(id: $id) { invitations { totalCount edges { node { email } } } } }`;
    expect(dataOf(await runAs(stack, member, query, { id: organizationId })).organization.invitations).toEqual({
      totalCount: 0,
      edges: [],
    });
    expect(dataOf(await runAs(stack, owner, query, { id: organizationId })).organization.invitations.totalCount).toBe(
      2,
    );
  });
});

describe('the pending invitations of someone who loses the right to send them', () => {
  async function adminWithInvitations() {
    const { owner, organizationId } = await organization();
    const admin = await signUpUser(stack);
    await addOrganizationMember(stack, owner.token, organizationId, admin, 'OWNER');
    const addresses = [uniqueEmail('by-admin'), uniqueEmail('owner-by-admin')];
    await invite(admin, organizationId, addresses[0]!, 'MEMBER');
    await invite(admin, organizationId, addresses[1]!, 'OWNER');
    const tokens: string[] = [];
    for (const address of addresses) tokens.push((await invitationEmailTo(stack, address)).token);
    return { owner, admin, organizationId, addresses, tokens };
  }

  it('are revoked when they are removed from the organization, so no one joins through them', async () => {
    const { owner, admin, organizationId, addresses, tokens } = await adminWithInvitations();
    await runAs(
      stack,
      owner,
      `mutation($input: ChangeOrganizationMemberRoleInput!) { changeOrganizationMemberRole(input: $input) { role } }`,
      {
        input: { organizationId, userId: admin.userId, role: 'ADMIN' },
      },
    );
    dataOf(
      await runAs(
        stack,
        owner,
        `mutation($input: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $input) { removedUserId } }`,
        {
          input: { organizationId, userId: admin.userId },
        },
      ),
    );
    for (const [index, address] of addresses.entries()) {
      const invitee = await signUpUser(stack, { email: address });
      expect(errorOf(await accept(invitee, { token: tokens[index]! })).code).toBe('NOT_FOUND');
    }
  });

  it('are revoked down to what they may still send when their role is lowered', async () => {
    const { owner, admin, organizationId, addresses, tokens } = await adminWithInvitations();
    // An OWNER becoming ADMIN keeps their invitations of MEMBERs, not of OWNERs.
    dataOf(
      await runAs(
        stack,
        owner,
        `mutation($input: ChangeOrganizationMemberRoleInput!) { changeOrganizationMemberRole(input: $input) { role } }`,
        {
          input: { organizationId, userId: admin.userId, role: 'ADMIN' },
        },
      ),
    );
    const [memberInvitee, ownerInvitee] = await Promise.all(
      addresses.map((address) => signUpUser(stack, { email: address })),
    );
    expect(errorOf(await accept(ownerInvitee!, { token: tokens[1]! })).code).toBe('NOT_FOUND');
    expect(dataOf(await accept(memberInvitee!, { token: tokens[0]! })).acceptInvitation.role).toBe('MEMBER');
  });
});
