import { serviceCaller } from '../../lib/viewer';
import {
  addOrganizationMember,
  changeOrganizationMemberRole,
  createOrganization,
  rawId,
  signUpUser,
  useTestStack,
} from '../testkit';
import { callSubgraph } from '../testkit/subgraph-call';

const query = 'query ($organizationId: ID!) { organizationAdminIds(organizationId: $organizationId) }';

describe('the internal organizationAdminIds lookup', () => {
  const stack = useTestStack();

  const callUsers = (organizationId: string, caller: string) =>
    callSubgraph<{ organizationAdminIds: string[] }>(stack, 'users', query, { organizationId }, caller);

  it('answers a service the OWNERs and ADMINs as they are at the call, sorted, and nobody for unknown organizations', async () => {
    const [owner, admin, member, demoted] = await Promise.all(
      ['Ada Owner', 'Al Admin', 'Mo Member', 'De Demoted'].map((name) => signUpUser(stack, { name })),
    );
    const organization = await createOrganization(stack, owner!.token);
    await addOrganizationMember(stack, owner!.token, organization.id, admin!, 'ADMIN');
    await addOrganizationMember(stack, owner!.token, organization.id, member!, 'MEMBER');
    await addOrganizationMember(stack, owner!.token, organization.id, demoted!, 'ADMIN');
    const asNotifications = serviceCaller('notifications');

    const before = await callUsers(rawId(organization.id), asNotifications);
    expect(before.errors).toBeUndefined();
    expect(before.data?.organizationAdminIds).toEqual([owner!, admin!, demoted!].map((p) => rawId(p.userId)).sort());

    await changeOrganizationMemberRole(stack, owner!.token, organization.id, demoted!.userId, 'MEMBER');
    const after = await callUsers(rawId(organization.id), asNotifications);
    expect(after.data?.organizationAdminIds).toEqual([owner!, admin!].map((p) => rawId(p.userId)).sort());

    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(await callUsers(unknown, asNotifications)).toEqual({ data: { organizationAdminIds: [] } });
    }
  });

  it('refuses people, even with a signed request, with FORBIDDEN', async () => {
    const ada = await signUpUser(stack);
    const organization = await createOrganization(stack, ada.token);
    const res = await callUsers(rawId(organization.id), rawId(ada.userId));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.organizationAdminIds).toBeUndefined();
  });
});
