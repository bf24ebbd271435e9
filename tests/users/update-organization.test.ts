import { randomUUID } from 'node:crypto';
import { createOrganization, dataOf, errorOf, graphql, signUpUser, useTestStack } from '../testkit';
import { organizationWithStaff } from './organization-staff';

const stack = useTestStack();

const update = `mutation ($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { id name slug } }
}`;
const byId = `query ($id: ID!) { organization(id: $id) { name slug } }`;
const bySlug = `query ($slug: String!) { organizationBySlug(slug: $slug) { id name } }`;

const run = (query: string, variables: Record<string, unknown>, token?: string) =>
  graphql(stack.routerUrl, query, variables, { token });
const freshSlug = () => `org-${randomUUID().slice(0, 8)}`;

describe('updateOrganization', () => {
  it('lets an ADMIN rename it, and every member reads the new name on their next request', async () => {
    const { admin, member, organization } = await organizationWithStaff(stack);
    // Read first, so the name sits in the organization cache when it changes.
    expect(dataOf(await run(byId, { id: organization.id }, member.token)).organization.name).toBe('Acme');
    const res = dataOf(await run(update, { input: { id: organization.id, name: ' Acme Corp ' } }, admin.token));
    expect(res.updateOrganization.organization).toEqual({
      id: organization.id,
      name: 'Acme Corp',
      slug: organization.slug,
    });
    expect(dataOf(await run(byId, { id: organization.id }, member.token)).organization.name).toBe('Acme Corp');
  });

  it('lets the OWNER change the slug: the new one finds it, the old one no longer does', async () => {
    const { owner, member, organization } = await organizationWithStaff(stack);
    const slug = freshSlug();
    dataOf(await run(update, { input: { id: organization.id, slug } }, owner.token));
    expect(dataOf(await run(bySlug, { slug }, member.token)).organizationBySlug.id).toBe(organization.id);
    const old = await run(bySlug, { slug: organization.slug }, member.token);
    expect(errorOf(old)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a slug change by an ADMIN and any change by a MEMBER with FORBIDDEN, and is NOT_FOUND to outsiders', async () => {
    const { admin, member, organization } = await organizationWithStaff(stack);
    const outsider = await signUpUser(stack);
    const slugChange = { id: organization.id, slug: freshSlug() };
    expect(errorOf(await run(update, { input: slugChange }, admin.token))).toMatchObject({ code: 'FORBIDDEN' });
    const rename = { id: organization.id, name: 'Taken over' };
    expect(errorOf(await run(update, { input: rename }, member.token))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await run(update, { input: rename }, outsider.token))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await run(byId, { id: organization.id }, admin.token)).organization).toEqual({
      name: 'Acme',
      slug: organization.slug,
    });
  });

  it('refuses a slug another organization has with CONFLICT on input.slug, and keeps its own slug as a no-op', async () => {
    const { owner, organization } = await organizationWithStaff(stack);
    const other = await createOrganization(stack, owner.token);
    const taken = await run(update, { input: { id: organization.id, slug: other.slug } }, owner.token);
    expect(errorOf(taken)).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
    const same = await run(update, { input: { id: organization.id, slug: organization.slug } }, owner.token);
    expect(dataOf(same).updateOrganization.organization.slug).toBe(organization.slug);
  });

  it.each([
    [{ name: '' }, 'input.name'],
    [{ name: 'x'.repeat(101) }, 'input.name'],
    [{ slug: 'No Caps' }, 'input.slug'],
    [{ slug: 'ab' }, 'input.slug'],
    [{ id: 'nope' }, 'input.id'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (change, field) => {
    const { owner, organization } = await organizationWithStaff(stack);
    const res = await run(update, { input: { id: organization.id, ...change } }, owner.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('requires sign-in', async () => {
    const res = await run(update, { input: { id: 'x', name: 'y' } });
    expect(errorOf(res)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
