import { pageRequestOf } from '../../lib/db/batched-pages';
import { parsePage } from '../../lib/relay';
import { PrismaClient } from '../../subgraphs/notifications/generated/prisma/client';
import { watcherLoaders } from '../../subgraphs/notifications/loaders/watchers';
import {
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  rawId,
  removeProjectMember,
  seedProjectTeam,
  untilNotificationsCaughtUp,
  useTestStack,
  type TestUser,
} from '../testkit';
import { useRecordedClient } from '../testkit/statement-recorder';
import { assignItem, commentOn } from './support';

const stack = useTestStack();
const recorded = useRecordedClient(stack, PrismaClient, 'notifications');

const watchersOf = `
  query ($id: ID!, $first: Int, $after: String) {
    workItem(id: $id) {
      watchers(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor reason since node { id name } }
        nodes { id }
      }
    }
  }
`;
const watch = `mutation ($id: ID!) { watchWorkItem(input: { workItemId: $id }) { workItem { id } } }`;
const unwatch = `mutation ($id: ID!) { unwatchWorkItem(input: { workItemId: $id }) { workItem { id } } }`;

interface Watchers {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; reason: string; since: string; node: { id: string; name: string } }[];
  nodes: { id: string }[];
}

async function watchers(user: TestUser, id: string, variables: Record<string, unknown> = {}): Promise<Watchers> {
  const res = await graphql<{ workItem: { watchers: Watchers } }>(
    stack.routerUrl,
    watchersOf,
    { id, ...variables },
    { token: user.token },
  );
  return dataOf(res).workItem.watchers;
}
const reasons = (page: Watchers) => page.edges.map((edge) => [edge.node.name, edge.reason]);

/** An item the admin reported, assigned to the member, commented on by the viewer, all caught up. */
async function watchedItem() {
  const team = await seedProjectTeam(stack);
  const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Watch me' });
  await untilNotificationsCaughtUp(stack);
  await assignItem(stack, team.admin.token, item.id, team.member);
  await untilNotificationsCaughtUp(stack);
  dataOf(await graphql(stack.routerUrl, watch, { id: item.id }, { token: team.viewer.token }));
  return { team, item };
}

describe('the watchers of a work item', () => {
  it('lists everyone watching, longest first, with why, to every reader of the project', async () => {
    const { team, item } = await watchedItem();
    for (const reader of [team.admin, team.member, team.viewer]) {
      const page = await watchers(reader, item.id);
      expect(reasons(page)).toEqual([
        ['Ada Admin', 'REPORTER'],
        ['Mo Member', 'ASSIGNEE'],
        ['Vi Viewer', 'MANUAL'],
      ]);
      expect(page.totalCount).toBe(3);
      expect(page.nodes.map((node) => node.id)).toEqual([team.admin.userId, team.member.userId, team.viewer.userId]);
      expect(Date.parse(page.edges[0]!.since)).toBeLessThanOrEqual(Date.parse(page.edges[2]!.since));
    }
  });

  it('adds someone who comments, as a commenter', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Discuss' });
    await commentOn(stack, team.member.token, item.id, 'Looking.');
    await untilNotificationsCaughtUp(stack);
    expect(reasons(await watchers(team.viewer, item.id))).toEqual([
      ['Ada Admin', 'REPORTER'],
      ['Mo Member', 'COMMENTER'],
    ]);
  });

  it('leaves out whoever unwatched or left the project', async () => {
    const { team, item } = await watchedItem();
    dataOf(await graphql(stack.routerUrl, unwatch, { id: item.id }, { token: team.viewer.token }));
    await removeProjectMember(stack, team.admin.token, team.project.id, team.member.userId);
    await untilNotificationsCaughtUp(stack);
    const page = await watchers(team.admin, item.id);
    expect(reasons(page)).toEqual([['Ada Admin', 'REPORTER']]);
    expect(page.totalCount).toBe(1);
  });

  it('pages with cursors', async () => {
    const { team, item } = await watchedItem();
    const one = await watchers(team.member, item.id, { first: 2 });
    expect(one.edges).toHaveLength(2);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await watchers(team.member, item.id, { first: 2, after: one.pageInfo.endCursor });
    expect(reasons(two)).toEqual([['Vi Viewer', 'MANUAL']]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const bad = await graphql(stack.routerUrl, watchersOf, { id: item.id, first: -1 }, { token: team.member.token });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const garbage = await graphql(
      stack.routerUrl,
      watchersOf,
      { id: item.id, after: 'x' },
      { token: team.member.token },
    );
    expect(errorOf(garbage)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is NOT_FOUND to someone outside the project', async () => {
    const { team, item } = await watchedItem();
    const res = await graphql(stack.routerUrl, watchersOf, { id: item.id }, { token: team.outsider.token });
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads the pages and counts of any number of items in one statement each', async () => {
    const { team, item } = await watchedItem();
    const others = [];
    for (let i = 0; i < 5; i++) {
      others.push(await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: `Other ${i}` }));
    }
    await untilNotificationsCaughtUp(stack);
    const statementsFor = async (ids: string[]) => {
      const loaders = watcherLoaders(recorded.client);
      const page = parsePage({ first: 10 });
      recorded.statements.length = 0;
      const [pages, counts] = await Promise.all([
        Promise.all(ids.map((id) => loaders.watcherPage.load(pageRequestOf(id, page)))),
        Promise.all(ids.map((id) => loaders.watcherCount.load(id))),
      ]);
      return { pages, counts, statements: recorded.statements.length };
    };
    const one = await statementsFor([rawId(item.id)]);
    const six = await statementsFor([rawId(item.id), ...others.map((other) => rawId(other.id))]);
    expect(one.counts).toEqual([3]);
    expect(six.counts).toEqual([3, 1, 1, 1, 1, 1]);
    expect(six.pages.map((page) => page.length)).toEqual([3, 1, 1, 1, 1, 1]);
    expect(one.statements).toBe(2);
    expect(six.statements).toBe(2);
  });
});
