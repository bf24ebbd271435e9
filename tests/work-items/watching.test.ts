import {
  addProjectMember,
  createWorkItem,
  dataOf,
  filteredTitles,
  errorOf,
  graphql,
  querySql,
  rawId,
  removeProjectMember,
  seedProjectTeam,
  untilWatchersFollowed,
  useTestStack,
  type ProjectTeam,
} from '../testkit';

// Who watches an item lives in the notifications service; work-items keeps a read model of it
// (watch.changed, group work-items-watchers) so `watching: true` and the `watcher` comparator are
// conditions of the same SQL as every other filter.
const stack = useTestStack();

const listQuery = `query($org: ID!, $filter: WorkItemFilter, $watching: Boolean) {
  workItems(organizationId: $org, filter: $filter, watching: $watching, first: 50) {
    totalCount
    nodes { title }
  }
}`;
const projectQuery = `query($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { workItems(filter: $filter, first: 50) { nodes { title } } }
}`;
const watch = (token: string, workItemId: string, watching = true) =>
  graphql(
    stack.routerUrl,
    watching
      ? 'mutation($i: WatchWorkItemInput!) { watchWorkItem(input: $i) { workItem { id } } }'
      : 'mutation($i: UnwatchWorkItemInput!) { unwatchWorkItem(input: $i) { workItem { id } } }',
    { i: { workItemId } },
    { token },
  ).then(dataOf);

describe('finding the items you watch', () => {
  let team: ProjectTeam;
  const items: Record<string, string> = {};

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    const add = async (token: string, title: string, fields: Record<string, unknown> = {}) => {
      items[title] = (await createWorkItem(stack, token, { projectId: team.project.id, title, ...fields })).id;
    };
    // The member reports one (watching it as its reporter) and is assigned another (as its assignee).
    await add(team.member.token, 'Reported by the member');
    await add(team.admin.token, 'Assigned to the member', { assigneeId: team.member.userId });
    await add(team.admin.token, 'Watched by hand');
    await add(team.admin.token, 'Nobody else watches');
    await watch(team.member.token, items['Watched by hand']!);
    await watch(team.viewer.token, items['Watched by hand']!);
    await untilWatchersFollowed(stack);
  }, 60_000);

  const list = async (token: string, variables: Record<string, unknown>) =>
    dataOf(
      await graphql<{ workItems: { totalCount: number; nodes: { title: string }[] } }>(
        stack.routerUrl,
        listQuery,
        { org: team.organizationId, ...variables },
        { token },
      ),
    ).workItems;
  const titlesIn = (token: string, filter: Record<string, unknown>) =>
    filteredTitles(stack, token, team.project.id, filter);

  it('lists the items you watch, whether you started watching by hand or by reporting or being assigned', async () => {
    const page = await list(team.member.token, { watching: true });
    expect(page.nodes.map((node) => node.title).sort()).toEqual([
      'Assigned to the member',
      'Reported by the member',
      'Watched by hand',
    ]);
    expect(page.totalCount).toBe(3);
    expect((await list(team.viewer.token, { watching: true })).nodes).toEqual([{ title: 'Watched by hand' }]);
    expect((await list(team.outsider.token, { watching: true })).nodes).toEqual([]);
  });

  it('compares who watches an item with the watcher comparator: any of some people, none of them, or not you', async () => {
    expect(await titlesIn(team.admin.token, { watcher: { eq: team.viewer.userId } })).toEqual(['Watched by hand']);
    expect(await titlesIn(team.admin.token, { watcher: { in: [team.viewer.userId, team.member.userId] } })).toEqual([
      'Assigned to the member',
      'Reported by the member',
      'Watched by hand',
    ]);
    expect(await titlesIn(team.member.token, { watcher: { isMe: false } })).toEqual(['Nobody else watches']);
    // The admin reported (so watches) the three items they created.
    expect(await titlesIn(team.admin.token, { watcher: { nin: [team.admin.userId] } })).toEqual([
      'Reported by the member',
    ]);
    expect(
      await titlesIn(team.admin.token, {
        and: [{ watcher: { isMe: true } }, { not: { watcher: { eq: team.member.userId } } }],
      }),
    ).toEqual(['Nobody else watches']);
  });

  it('drops an item from your list once you stop watching it, and brings it back when you watch again', async () => {
    const item = items['Reported by the member']!;
    await watch(team.member.token, item, false);
    await untilWatchersFollowed(stack);
    expect((await list(team.member.token, { watching: true })).nodes.map((node) => node.title)).not.toContain(
      'Reported by the member',
    );
    await watch(team.member.token, item);
    await untilWatchersFollowed(stack);
    expect((await list(team.member.token, { watching: true })).nodes.map((node) => node.title)).toContain(
      'Reported by the member',
    );
  });

  it('keeps the watcher condition in a saved view, read as whoever opens it', async () => {
    const { createSavedView } = dataOf(
      await graphql<{ createSavedView: { savedView: { id: string; filter: { watcher: { isMe: boolean } } } } }>(
        stack.routerUrl,
        `
          mutation ($i: CreateSavedViewInput!) {
            createSavedView(input: $i) {
              savedView {
                id
                filter {
                  watcher {
                    isMe
                  }
                }
              }
            }
          }
        `,
        { i: { projectId: team.project.id, name: 'Watching', shared: true, filter: { watcher: { isMe: true } } } },
        { token: team.member.token },
      ),
    );
    expect(createSavedView.savedView.filter.watcher).toEqual({ isMe: true });
    const open = async (token: string) =>
      dataOf(
        await graphql<{ node: { workItems: { nodes: { title: string }[] } } }>(
          stack.routerUrl,
          'query($id: ID!) { node(id: $id) { ... on SavedView { workItems(first: 50) { nodes { title } } } } }',
          { id: createSavedView.savedView.id },
          { token },
        ),
      )
        .node.workItems.nodes.map((node) => node.title)
        .sort();
    expect(await open(team.viewer.token)).toEqual(['Watched by hand']);
    expect(await open(team.member.token)).toContain('Assigned to the member');
  });

  it('refuses a watcher that is not a user ID, naming the field', async () => {
    const error = errorOf(
      await graphql(
        stack.routerUrl,
        projectQuery,
        { id: team.project.id, filter: { watcher: { eq: team.project.id } } },
        {
          token: team.member.token,
        },
      ),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.watcher.eq' });
  });

  it("ends a removed member's watches of the project's items, so a later return to the project lists none of them", async () => {
    const leaver = team.viewer;
    await removeProjectMember(stack, team.admin.token, team.project.id, leaver.userId);
    await untilWatchersFollowed(stack);
    const rows = await querySql<{ watching: boolean }>(
      stack,
      'SELECT watching FROM work_items.work_item_watcher WHERE user_id = $1',
      [rawId(leaver.userId)],
    );
    expect(rows).toEqual([{ watching: false }]);
    await addProjectMember(stack, team.admin.token, team.project.id, leaver.userId, 'VIEWER');
    expect((await list(leaver.token, { watching: true })).nodes).toEqual([]);
  });
});
