import {
  addOrganizationMember,
  createOrganization,
  dataOf,
  errorOf,
  graphql,
  signUpUser,
  useTestStack,
  type TestUser,
} from '../testkit';

// Organization.members(search:) is what assignee pickers and @mentions ask as people type.
const stack = useTestStack();

const query = `query($org: ID!, $search: String, $first: Int, $after: String) {
  organization(id: $org) {
    members(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { role node { name } }
    }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { role: string; node: { name: string } }[];
}

describe('searching an organization’s members by name', () => {
  let owner: TestUser;
  let organizationId: string;
  let stranger: TestUser;

  beforeAll(async () => {
    owner = await signUpUser(stack, { name: 'Ada Lovelace' });
    organizationId = (await createOrganization(stack, owner.token)).id;
    for (const name of ['Grace Hopper', 'Alan Turing', 'Adele Goldberg', 'Mary-Ann Adams', 'Barbara Liskov']) {
      await addOrganizationMember(stack, owner.token, organizationId, await signUpUser(stack, { name }), 'MEMBER');
    }
    // Someone of another organization with a matching name is never found.
    stranger = await signUpUser(stack, { name: 'Adam Outsider' });
    await createOrganization(stack, stranger.token);
  }, 60_000);

  const search = async (variables: Record<string, unknown>, token = owner.token): Promise<Page> =>
    dataOf(
      await graphql<{ organization: { members: Page } }>(
        stack.routerUrl,
        query,
        { org: organizationId, ...variables },
        { token },
      ),
    ).organization.members;
  const names = (page: Page) => page.edges.map((edge) => edge.node.name);

  it('finds names starting with the text first, then names with a later word starting with it, ignoring case', async () => {
    const page = await search({ search: 'AD' });
    expect(names(page)).toEqual(['Ada Lovelace', 'Adele Goldberg', 'Mary-Ann Adams']);
    expect(page.totalCount).toBe(3);
    expect(names(await search({ search: 'ann' }))).toEqual(['Mary-Ann Adams']);
    expect(names(await search({ search: ' hop ' }))).toEqual(['Grace Hopper']);
  });

  it('takes the text literally: LIKE wildcards match only themselves', async () => {
    expect(await search({ search: '%' })).toMatchObject({ totalCount: 0, edges: [] });
    expect(await search({ search: '_' })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages through the results in order with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page: Page = await search({ search: 'a', first: 2, after });
      seen.push(...names(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Ada Lovelace', 'Adele Goldberg', 'Alan Turing', 'Mary-Ann Adams']);
  });

  it('lists every member oldest first when the search is omitted or blank', async () => {
    const all = await search({ search: '   ', first: 10 });
    expect(all.totalCount).toBe(6);
    expect(names(all)[0]).toBe('Ada Lovelace');
  });

  it('answers only the organization’s members, and refuses a bad search or cursor naming it', async () => {
    const res = await graphql(
      stack.routerUrl,
      query,
      { org: organizationId, search: 'ada' },
      { token: stranger.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
    const refused = async (variables: Record<string, unknown>) =>
      errorOf(await graphql(stack.routerUrl, query, { org: organizationId, ...variables }, { token: owner.token }));
    expect(await refused({ search: 'x'.repeat(101) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    const plainCursor = (await search({ first: 1 })).pageInfo.endCursor;
    expect(await refused({ search: 'ad', after: plainCursor })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const withNul = Buffer.from(JSON.stringify(['0', 'ada\u0000', '00000000-0000-4000-8000-000000000000'])).toString(
      'base64url',
    );
    expect(await refused({ search: 'ad', after: withNul })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
