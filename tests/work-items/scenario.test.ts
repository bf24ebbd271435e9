import { dataOf, errorOf, graphql, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';

interface Item {
  id: string;
  key: string;
  version: number;
}

// One team plans an epic end to end through the router: every subgraph takes part (users for names,
// projects for keys and roles, work-items for the rest).
describe('planning an epic end to end', () => {
  const stack = useTestStack();
  let team: ProjectTeam;

  const as = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(stack.routerUrl, query, variables, { token });

  const create = async (token: string, input: Record<string, unknown>): Promise<Item> =>
    dataOf(
      await as<{ createWorkItem: { workItem: Item } }>(
        token,
        `mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id key version } } }`,
        { input: { projectId: team.project.id, ...input } },
      ),
    ).createWorkItem.workItem;

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  });

  it('builds the hierarchy, links, workflow rules, comments, custom fields, a saved view and a board order', async () => {
    const { admin, member, viewer } = team;

    // Custom fields and labels, configured by the admin.
    const fields = dataOf(
      await as<{ a: { customField: { id: string } }; b: { customField: { id: string } } }>(
        admin.token,
        `mutation ($a: CreateCustomFieldInput!, $b: CreateCustomFieldInput!) {
          a: createCustomField(input: $a) { customField { id } }
          b: createCustomField(input: $b) { customField { id } }
        }`,
        {
          a: { projectId: team.project.id, name: 'Team', type: 'SELECT', options: ['Web', 'Mobile'], required: true },
          b: { projectId: team.project.id, name: 'Customer impact', type: 'NUMBER' },
        },
      ),
    );
    const teamField = fields.a.customField.id;
    const impactField = fields.b.customField.id;
    const label = dataOf(
      await as<{ createLabel: { label: { id: string } } }>(
        member.token,
        `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }`,
        { input: { projectId: team.project.id, name: 'checkout', color: '#2563EB', description: 'Checkout flow' } },
      ),
    ).createLabel.label.id;

    // A required custom field is enforced on create.
    const missing = await as(
      member.token,
      `mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }`,
      { input: { projectId: team.project.id, type: 'EPIC', title: 'No team' } },
    );
    expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields' });

    const web = [{ fieldId: teamField, option: 'Web' }];
    const epic = await create(member.token, { type: 'EPIC', title: 'Checkout redesign', customFields: web });
    const storyA = await create(member.token, {
      type: 'STORY',
      title: 'Pay with saved card',
      parentId: epic.id,
      estimate: 5,
      labelIds: [label],
      customFields: [...web, { fieldId: impactField, number: 8 }],
    });
    const storyB = await create(member.token, {
      type: 'STORY',
      title: 'Show delivery dates',
      parentId: epic.id,
      estimate: 3,
      customFields: web,
    });
    const subtask = await create(member.token, {
      type: 'SUBTASK',
      title: 'Card vault API',
      parentId: storyA.id,
      estimate: 2,
      customFields: web,
    });
    expect([epic, storyA, storyB, subtask].map((i) => i.key)).toEqual(
      [1, 2, 3, 4].map((n) => `${team.project.key}-${n}`),
    );

    // Forbidden nesting: an epic cannot sit under a subtask.
    const nested = await as(
      member.token,
      `mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }`,
      { input: { projectId: team.project.id, type: 'EPIC', title: 'x', parentId: subtask.id, customFields: web } },
    );
    expect(errorOf(nested)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });

    // Story B is blocked by story A.
    dataOf(
      await as(member.token, `mutation ($input: LinkWorkItemsInput!) { linkWorkItems(input: $input) { type } }`, {
        input: { sourceId: storyA.id, targetId: storyB.id, type: 'BLOCKS' },
      }),
    );

    // The admin requires an assignee to enter "In progress".
    const workflow = dataOf(
      await as<{ project: { workflow: { states: { id: string; name: string; category: string }[] } } }>(
        admin.token,
        `query ($id: ID!) { project(id: $id) { workflow { states { id name category } } } }`,
        { id: team.project.id },
      ),
    ).project.workflow.states;
    const state = (name: string) => workflow.find((s) => s.name === name)!.id;
    dataOf(
      await as(
        admin.token,
        `mutation ($input: SetWorkflowTransitionInput!) { setWorkflowTransition(input: $input) { transition { id } } }`,
        { input: { fromStateId: state('Backlog'), toStateId: state('In progress'), requiredFields: ['ASSIGNEE'] } },
      ),
    );
    const transition = `mutation ($input: TransitionWorkItemInput!) {
      transitionWorkItem(input: $input) { workItem { state { name } version } } }`;
    const refused = await as(member.token, transition, { input: { id: subtask.id, toStateId: state('In progress') } });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toStateId' });
    expect(errorOf(refused).message).toMatch(/assignee/i);

    const current = dataOf(
      await as<{ workItem: { version: number } }>(member.token, `query ($id: ID!) { workItem(id: $id) { version } }`, {
        id: subtask.id,
      }),
    ).workItem.version;
    dataOf(
      await as(
        member.token,
        `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { version } } }`,
        { input: { id: subtask.id, expectedVersion: current, assigneeId: member.userId } },
      ),
    );
    expect(
      dataOf(
        await as<{ transitionWorkItem: { workItem: { state: { name: string } } } }>(member.token, transition, {
          input: { id: subtask.id, toStateId: state('In progress') },
        }),
      ).transitionWorkItem.workItem.state.name,
    ).toBe('In progress');

    // Finishing the subtask and story A rolls up into the epic and unblocks story B.
    for (const item of [subtask, storyA]) {
      dataOf(await as(member.token, transition, { input: { id: item.id, toStateId: state('Done') } }));
    }

    // A comment mentioning the viewer and the admin.
    const comment = dataOf(
      await as<{ addComment: { comment: { mentionedUsers: { id: string; name: string }[] } } }>(
        member.token,
        `mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { mentionedUsers { id name } } } }`,
        { input: { workItemId: storyB.id, body: `Ready for you, <@${viewer.userId}> and <@${admin.userId}>.` } },
      ),
    ).addComment.comment;
    expect(comment.mentionedUsers).toEqual([
      { id: viewer.userId, name: viewer.name },
      { id: admin.userId, name: admin.name },
    ]);

    // A saved view shared with the project: web stories, highest priority first.
    const view = dataOf(
      await as<{ createSavedView: { savedView: { id: string } } }>(
        member.token,
        `mutation ($input: CreateSavedViewInput!) { createSavedView(input: $input) { savedView { id } } }`,
        {
          input: {
            projectId: team.project.id,
            name: 'Web stories',
            shared: true,
            filter: { types: ['STORY'], customFields: [{ fieldId: teamField, option: 'Web' }] },
            orderBy: { field: 'CREATED_AT', direction: 'ASC' },
          },
        },
      ),
    ).createSavedView.savedView.id;
    const viewItems = dataOf(
      await as<{ savedView: { workItems: { totalCount: number; edges: { node: { key: string } }[] } } }>(
        viewer.token,
        `query ($id: ID!) { savedView(id: $id) { workItems { totalCount edges { node { key } } } } }`,
        { id: view },
      ),
    ).savedView.workItems;
    expect(viewItems.totalCount).toBe(2);
    expect(viewItems.edges.map((e) => e.node.key)).toEqual([storyA.key, storyB.key]);

    // Board reorder: story B moves to the top of the Backlog column, before the epic.
    const backlog = async () =>
      dataOf(
        await as<{
          project: { board: { columns: { state: { name: string }; items: { edges: { node: { key: string } }[] } }[] } };
        }>(
          member.token,
          `query ($id: ID!) { project(id: $id) { board { columns { state { name } items { edges { node { key } } } } } } }`,
          { id: team.project.id },
        ),
      )
        .project.board.columns.find((c) => c.state.name === 'Backlog')!
        .items.edges.map((e) => e.node.key);
    expect(await backlog()).toEqual([epic.key, storyB.key]);
    dataOf(
      await as(
        member.token,
        `mutation ($input: MoveWorkItemInput!) { moveWorkItem(input: $input) { workItem { key } } }`,
        { input: { id: storyB.id, beforeId: epic.id } },
      ),
    );
    expect(await backlog()).toEqual([storyB.key, epic.key]);

    // Everything seen from the epic, with fields owned by three subgraphs.
    const seen = dataOf(
      await as<{ workItemByKey: Record<string, unknown> }>(
        viewer.token,
        `query ($key: String!) {
          workItemByKey(key: $key) {
            key
            project { key name }
            progress { totalItems doneItems totalPoints donePoints }
            children { totalCount edges { node { key isBlocked relations { type workItem { key } } } } }
            customFields { field { name } ... on SelectFieldValue { option } }
          }
        }`,
        { key: epic.key },
      ),
    ).workItemByKey;
    expect(seen).toEqual({
      key: epic.key,
      project: { key: team.project.key, name: `Project ${team.project.key}` },
      progress: { totalItems: 3, doneItems: 2, totalPoints: 10, donePoints: 7 },
      children: {
        totalCount: 2,
        edges: [
          {
            node: { key: storyA.key, isBlocked: false, relations: [{ type: 'BLOCKS', workItem: { key: storyB.key } }] },
          },
          {
            node: {
              key: storyB.key,
              isBlocked: false,
              relations: [{ type: 'BLOCKED_BY', workItem: { key: storyA.key } }],
            },
          },
        ],
      },
      customFields: [{ field: { name: 'Team' }, option: 'Web' }],
    });

    // The subtask's history shows who changed what, and its time in states covers its path.
    const history = dataOf(
      await as<{
        workItem: {
          history: { edges: { node: { field: string; newValue: string | null; actor: { name: string } } }[] };
          timeInStates: { stateName: string; current: boolean }[];
        };
      }>(
        viewer.token,
        `query ($id: ID!) {
          workItem(id: $id) {
            history(first: 50) { edges { node { field newValue actor { name } } } }
            timeInStates { stateName current }
          }
        }`,
        { id: subtask.id },
      ),
    ).workItem;
    const changes = history.history.edges.map((e) => [e.node.field, e.node.newValue]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['assignee', member.userId],
        ['state', 'In progress'],
        ['state', 'Done'],
      ]),
    );
    expect(history.history.edges.every((e) => e.node.actor.name === member.name)).toBe(true);
    expect(history.timeInStates.map((t) => [t.stateName, t.current])).toEqual([
      ['Backlog', false],
      ['In progress', false],
      ['Done', true],
    ]);

    // A viewer reads but cannot write.
    const denied = await as(viewer.token, transition, { input: { id: storyB.id, toStateId: state('Done') } });
    expect(errorOf(denied)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
