import { dataOf, errorOf, graphql, rawId, signUpUser, useTestStack } from '../testkit';
import { organizationWithStaff } from './organization-staff';
import { outboxEventsOf } from '../testkit/outbox';

const stack = useTestStack();

const transfer = `mutation ($input: TransferOrganizationOwnershipInput!) {
  transferOrganizationOwnership(input: $input) { organization { id } newOwner { id } previousOwner { id } }
}`;
const roles = `query ($id: ID!) { organization(id: $id) { members(first: 10) { edges { role node { id } } } } }`;

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });

async function rolesIn(organizationId: string, token: string): Promise<Record<string, string>> {
  const edges = dataOf(await run(roles, { id: organizationId }, token)).organization.members.edges as {
    role: string;
    node: { id: string };
  }[];
  return Object.fromEntries(edges.map((edge) => [edge.node.id, edge.role]));
}

describe('transferOrganizationOwnership', () => {
  it('makes the member OWNER and the previous OWNER an ADMIN in one step, with an event for each change', async () => {
    const { owner, admin, member, organization } = await organizationWithStaff(stack);
    const input = { organizationId: organization.id, userId: member.userId };
    const events = await outboxEventsOf(stack, 'users', async () => {
      expect(dataOf(await run(transfer, { input }, owner.token)).transferOrganizationOwnership).toEqual({
        organization: { id: organization.id },
        newOwner: { id: member.userId },
        previousOwner: { id: owner.userId },
      });
    });
    expect(await rolesIn(organization.id, member.token)).toEqual({
      [owner.userId]: 'ADMIN',
      [admin.userId]: 'ADMIN',
      [member.userId]: 'OWNER',
    });
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['organization.member_role_changed', { userId: rawId(member.userId), role: 'OWNER', previousRole: 'MEMBER' }],
      ['organization.member_role_changed', { userId: rawId(owner.userId), role: 'ADMIN', previousRole: 'OWNER' }],
    ]);
    // The previous OWNER can no longer hand it on; the new one can hand it back.
    const back = { input: { organizationId: organization.id, userId: owner.userId } };
    expect(errorOf(await run(transfer, back, owner.token)).code).toBe('FORBIDDEN');
    dataOf(await run(transfer, back, member.token));
    expect((await rolesIn(organization.id, owner.token))[owner.userId]).toBe('OWNER');
  });

  it('is FORBIDDEN to an ADMIN, NOT_FOUND to an outsider, and changes nothing when refused', async () => {
    const { owner, admin, member, organization } = await organizationWithStaff(stack);
    const outsider = await signUpUser(stack);
    const input = { input: { organizationId: organization.id, userId: member.userId } };
    expect(errorOf(await run(transfer, input, admin.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(transfer, input, outsider.token)).code).toBe('NOT_FOUND');
    expect(await rolesIn(organization.id, owner.token)).toEqual({
      [owner.userId]: 'OWNER',
      [admin.userId]: 'ADMIN',
      [member.userId]: 'MEMBER',
    });
  });

  it('refuses the owner themselves and a non-member on input.userId, and a malformed ID as BAD_USER_INPUT', async () => {
    const { owner, organization } = await organizationWithStaff(stack);
    const outsider = await signUpUser(stack);
    const attempt = (userId: string) =>
      run(transfer, { input: { organizationId: organization.id, userId } }, owner.token);
    expect(errorOf(await attempt(owner.userId))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(errorOf(await attempt(outsider.userId))).toMatchObject({ code: 'NOT_FOUND', field: 'input.userId' });
    expect(errorOf(await attempt('nope'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect((await rolesIn(organization.id, owner.token))[owner.userId]).toBe('OWNER');
  });
});
