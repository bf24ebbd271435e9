import { serviceCaller } from '../../lib/viewer';
import { dataOf, errorOf, graphql, rawId, signUpUser, useTestStack } from '../testkit';
import { callSubgraph } from '../testkit/subgraph-call';

const query = `query ($ids: [ID!]!) { userContacts(ids: $ids) { id name email timeZone } }`;

describe('the internal userContacts lookup', () => {
  const stack = useTestStack();

  async function callUsers(variables: Record<string, unknown>, caller: string) {
    return callSubgraph<{ userContacts: unknown[] }>(stack, 'users', query, variables, caller);
  }

  it('answers a service in order, with the time zone from the preferences and null for unknown users', async () => {
    const [ada, mo] = await Promise.all([
      signUpUser(stack, { name: 'Ada Admin' }),
      signUpUser(stack, { name: 'Mo Member' }),
    ]);
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation {
            updateMyPreferences(input: { timeZone: "Europe/Berlin" }) {
              preferences {
                timeZone
              }
            }
          }
        `,
        {},
        { token: mo.token },
      ),
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await callUsers(
      { ids: [rawId(mo.userId), unknown, rawId(ada.userId), 'not-a-uuid'] },
      serviceCaller('notifications'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.userContacts).toEqual([
      { id: rawId(mo.userId), name: 'Mo Member', email: mo.email, timeZone: 'Europe/Berlin' },
      null,
      { id: rawId(ada.userId), name: 'Ada Admin', email: ada.email, timeZone: 'UTC' },
      null,
    ]);
  });

  it('refuses more than 200 IDs with BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 201 }, () => '00000000-0000-4000-8000-000000000000');
    const res = await callUsers({ ids }, serviceCaller('notifications'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('refuses people, even with a signed request, with FORBIDDEN', async () => {
    const ada = await signUpUser(stack);
    const res = await callUsers({ ids: [rawId(ada.userId)] }, rawId(ada.userId));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is not part of the public API served by the router', async () => {
    const ada = await signUpUser(stack);
    const res = await graphql(stack.routerUrl, query, { ids: [rawId(ada.userId)] }, { token: ada.token });
    expect(errorOf(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
