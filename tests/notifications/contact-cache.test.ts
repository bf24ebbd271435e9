import { memoryEpochs } from '../../lib/cache/epochs';
import { createServiceClient, type ServiceClient } from '../../lib/server/service-client';
import { createContactCache, fetchUserContacts } from '../../subgraphs/notifications/projection/contacts';
import {
  createWorkItem,
  dataOf,
  graphql,
  rawId,
  seedProjectTeam,
  sqlStatementCount,
  untilNotificationsCaughtUp,
  useTestStack,
} from '../testkit';
import { commentOn, inboxOf } from './support';

const stack = useTestStack();

let usersClient: ServiceClient | undefined;
beforeAll(() => {
  usersClient = createServiceClient({
    url: stack.subgraphUrls.users,
    signingSecret: stack.signingSecret,
    caller: 'notifications',
  });
});
afterAll(() => usersClient?.close());

describe("recipients' contacts kept across events", () => {
  it('ask the users service only for users the cache does not hold or who changed since', async () => {
    const team = await seedProjectTeam(stack);
    const ids = [rawId(team.admin.userId), rawId(team.member.userId)];
    const cache = createContactCache(memoryEpochs());
    const usersStatements = async (fetch: () => Promise<unknown>) => {
      const before = sqlStatementCount('users');
      const result = await fetch();
      return { result, statements: sqlStatementCount('users') - before };
    };
    const names = (contacts: unknown) => [...(contacts as Map<string, { name: string }>).values()].map((c) => c.name);

    const cold = await usersStatements(() => fetchUserContacts(usersClient!, ids, cache));
    expect(names(cold.result)).toEqual(['Ada Admin', 'Mo Member']);
    expect(cold.statements).toBeGreaterThan(0);

    const warm = await usersStatements(() => fetchUserContacts(usersClient!, ids, cache));
    expect(warm.result).toEqual(cold.result);
    expect(warm.statements).toBe(0);

    await cache.changed(ids[0]!);
    const afterChange = await usersStatements(() => fetchUserContacts(usersClient!, ids, cache));
    expect(afterChange.result).toEqual(cold.result);
    expect(afterChange.statements).toBe(cold.statements);
  });

  it('name a commenter who renamed themselves under the new name in the very next notification', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, {
      projectId: team.project.id,
      title: 'Fix login',
      assigneeId: team.member.userId,
    });
    await commentOn(stack, team.admin.token, item.id, 'First.');
    await untilNotificationsCaughtUp(stack);
    expect((await inboxOf(stack, team.member)).at(-1)).toBe(
      `COMMENTED: Ada Admin commented on ${item.key} “Fix login”.`,
    );

    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation ($input: UpdateMeInput!) {
            updateMe(input: $input) {
              user {
                name
              }
            }
          }
        `,
        { input: { name: 'Ada Renamed' } },
        { token: team.admin.token },
      ),
    );
    await commentOn(stack, team.admin.token, item.id, 'Second.');
    await untilNotificationsCaughtUp(stack);
    expect((await inboxOf(stack, team.member)).at(-1)).toBe(
      `COMMENTED: Ada Renamed commented on ${item.key} “Fix login”.`,
    );
  });
});
