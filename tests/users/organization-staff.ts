import { addOrganizationMember, createOrganization, signUpUser, type SeedTarget } from '../testkit';

/** An organization named Acme with an OWNER, an ADMIN and a MEMBER. */
export async function organizationWithStaff(stack: SeedTarget) {
  const [owner, admin, member] = await Promise.all([signUpUser(stack), signUpUser(stack), signUpUser(stack)]);
  const organization = await createOrganization(stack, owner.token, { name: 'Acme' });
  await addOrganizationMember(stack, owner.token, organization.id, admin, 'ADMIN');
  await addOrganizationMember(stack, owner.token, organization.id, member, 'MEMBER');
  return { owner, admin, member, organization };
}
