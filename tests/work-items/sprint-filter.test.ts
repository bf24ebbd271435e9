import {
  createWorkItem,
  dataOf,
  filteredTitles,
  errorOf,
  graphql,
  seedProjectTeam,
  untilSprintPlacementsFollowed,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import {
  addItemsToSprint,
  createSprint,
  removeItemsFromSprint,
  runAs,
  sprintOps,
  transitionItem,
  untilSprintsCaughtUp,
} from '../sprints/support';

// Which open sprint an item is in lives in the sprints service; work-items keeps a read model of
// it (sprint_placement.changed, group work-items-sprints) so `sprint` is a condition of the same SQL
// as every other filter. Every way an item enters or leaves a sprint must reach it.
const stack = useTestStack();

const projectQuery = `query($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) { workItems(filter: $filter, first: 50) { nodes { title } } }
}`;

describe('filtering work items by sprint', () => {
  let team: ProjectTeam;
  const items: Record<string, string> = {};
  let first: string;
  let second: string;

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    for (const title of ['One', 'Two', 'Three', 'Four']) {
      items[title] = (await createWorkItem(stack, team.member.token, { projectId: team.project.id, title })).id;
    }
    first = await createSprint(stack, team.member.token, team.project.id, { name: 'First' });
    second = await createSprint(stack, team.member.token, team.project.id, {
      name: 'Second',
      startDate: '2030-03-18',
      endDate: '2030-03-29',
    });
    await addItemsToSprint(stack, team.member.token, first, [items.One!, items.Two!]);
    await addItemsToSprint(stack, team.member.token, second, [items.Three!]);
    await untilSprintPlacementsFollowed(stack);
  }, 60_000);

  const titles = (filter: Record<string, unknown>, token = team.member.token) =>
    filteredTitles(stack, token, team.project.id, filter);

  it('selects the items of a sprint, of some sprints, of none of them, of any open sprint and of the backlog', async () => {
    expect(await titles({ sprint: { eq: first } })).toEqual(['One', 'Two']);
    expect(await titles({ sprint: { in: [first, second] } })).toEqual(['One', 'Three', 'Two']);
    expect(await titles({ sprint: { neq: first } })).toEqual(['Four', 'Three']);
    expect(await titles({ sprint: { null: false } })).toEqual(['One', 'Three', 'Two']);
    expect(await titles({ sprint: { null: true } })).toEqual(['Four']);
    expect(await titles({ or: [{ sprint: { eq: second } }, { sprint: { null: true } }] }, team.viewer.token)).toEqual([
      'Four',
      'Three',
    ]);
  });

  it('follows an item taken out of its sprint', async () => {
    await removeItemsFromSprint(stack, team.member.token, first, [items.Two!]);
    await untilSprintPlacementsFollowed(stack);
    expect(await titles({ sprint: { eq: first } })).toEqual(['One']);
    expect(await titles({ sprint: { null: true } })).toEqual(['Four', 'Two']);
  });

  it('moves unfinished items to the sprint they are carried over to, and done and canceled ones out, when a sprint completes', async () => {
    const [done, canceled] = await Promise.all(
      ['Done in the sprint', 'Canceled in the sprint'].map(async (title) => {
        const id = (await createWorkItem(stack, team.member.token, { projectId: team.project.id, title })).id;
        items[title] = id;
        return id;
      }),
    );
    await untilSprintsCaughtUp(stack);
    await addItemsToSprint(stack, team.member.token, first, [done!, canceled!]);
    dataOf(await runAs(stack, team.admin.token, sprintOps.start, { input: { id: first } }));
    await transitionItem(stack, team.member.token, done!, 'Done');
    await transitionItem(stack, team.member.token, canceled!, 'Canceled');
    await untilSprintsCaughtUp(stack);
    dataOf(await runAs(stack, team.admin.token, sprintOps.complete, { input: { id: first, carryOverTo: second } }));
    await untilSprintPlacementsFollowed(stack);
    expect(await titles({ sprint: { eq: first } })).toEqual([]);
    expect(await titles({ sprint: { eq: second } })).toEqual(['One', 'Three']);
    expect(await titles({ sprint: { null: true }, title: { contains: 'in the sprint' } })).toEqual([
      'Canceled in the sprint',
      'Done in the sprint',
    ]);
  });

  it('puts the items of a deleted sprint back in the backlog', async () => {
    dataOf(await runAs(stack, team.admin.token, sprintOps.delete, { input: { id: second } }));
    await untilSprintPlacementsFollowed(stack);
    expect(await titles({ sprint: { null: true } })).toEqual([
      'Canceled in the sprint',
      'Done in the sprint',
      'Four',
      'One',
      'Three',
      'Two',
    ]);
  });

  it('takes an archived item out of its sprint', async () => {
    const third = await createSprint(stack, team.member.token, team.project.id, {
      name: 'Third',
      startDate: '2030-04-01',
      endDate: '2030-04-12',
    });
    await addItemsToSprint(stack, team.member.token, third, [items.Four!]);
    await untilSprintPlacementsFollowed(stack);
    expect(await titles({ sprint: { eq: third } })).toEqual(['Four']);
    dataOf(
      await graphql(
        stack.routerUrl,
        'mutation($i: ArchiveWorkItemInput!) { archiveWorkItem(input: $i) { workItem { id } } }',
        { i: { id: items.Four } },
        { token: team.member.token },
      ),
    );
    await untilSprintPlacementsFollowed(stack);
    expect(await titles({ archived: 'ANY', sprint: { eq: third } })).toEqual([]);
  });

  it('keeps the sprint condition in a saved view and applies it across projects', async () => {
    const { createSavedView } = dataOf(
      await graphql<{ createSavedView: { savedView: { filter: { sprint: { null: boolean } } } } }>(
        stack.routerUrl,
        `
          mutation ($i: CreateSavedViewInput!) {
            createSavedView(input: $i) {
              savedView {
                filter {
                  sprint {
                    null
                  }
                }
              }
            }
          }
        `,
        { i: { projectId: team.project.id, name: 'Backlog', filter: { sprint: { null: true } } } },
        { token: team.member.token },
      ),
    );
    expect(createSavedView.savedView.filter.sprint).toEqual({ null: true });
    const { workItems } = dataOf(
      await graphql<{ workItems: { totalCount: number } }>(
        stack.routerUrl,
        'query($org: ID!, $filter: WorkItemFilter) { workItems(organizationId: $org, filter: $filter) { totalCount } }',
        { org: team.organizationId, filter: { sprint: { null: true } } },
        { token: team.member.token },
      ),
    );
    expect(workItems.totalCount).toBe(5);
  });

  it('refuses a sprint that is not a sprint ID, naming the field', async () => {
    const res = await graphql(
      stack.routerUrl,
      projectQuery,
      { id: team.project.id, filter: { sprint: { in: [items.One] } } },
      { token: team.member.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.sprint.in.0' });
  });
});
