import { dataOf, graphql, seedProjectTeam, useTestStack } from '../testkit';
import {
  addItemsToSprint,
  completeSprint,
  createItems,
  createSprint,
  startSprint,
  untilSprintsCaughtUp,
} from './support';

const stack = useTestStack();

const deleteItem = async (token: string, id: string) =>
  dataOf(
    await graphql(
      stack.routerUrl,
      'mutation($input: DeleteWorkItemInput!) { deleteWorkItem(input: $input) { deletedWorkItemId } }',
      { input: { id } },
      { token },
    ),
  );

const sprintQuery = `query($id: ID!) {
  sprint(id: $id) {
    workItems { totalCount edges { workItemId outcome node { id title } } }
    scopeChange { removedPoints changes { edges { node { kind workItemId points workItem { id title } actor { name } } } } }
  }
}`;

describe('work items deleted after they joined a sprint', () => {
  it('leave the active sprint as a removal whose item is null, without failing the query', async () => {
    const team = await seedProjectTeam(stack);
    const [kept, deleted] = await createItems(stack, team.member.token, team.project.id, [3, 5]);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, sprintId, [kept!, deleted!]);
    await startSprint(stack, team.member.token, sprintId);

    await deleteItem(team.admin.token, deleted!);
    await untilSprintsCaughtUp(stack);

    const res = await graphql(stack.routerUrl, sprintQuery, { id: sprintId }, { token: team.member.token });
    expect(res.body.errors).toBeUndefined();
    const { sprint } = dataOf(res);
    expect(sprint.workItems.edges).toEqual([{ workItemId: kept, outcome: null, node: { id: kept, title: 'Task 1' } }]);
    expect(sprint.scopeChange.removedPoints).toBe(5);
    expect(sprint.scopeChange.changes.edges).toEqual([
      { node: { kind: 'REMOVED', workItemId: deleted, points: -5, workItem: null, actor: { name: 'Ada Admin' } } },
    ]);
  });

  it('stay listed in a completed sprint by ID, with a null node', async () => {
    const team = await seedProjectTeam(stack);
    const [item] = await createItems(stack, team.member.token, team.project.id, [2]);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);
    await addItemsToSprint(stack, team.member.token, sprintId, [item!]);
    await startSprint(stack, team.member.token, sprintId);
    await completeSprint(stack, team.member.token, sprintId);

    await deleteItem(team.admin.token, item!);
    await untilSprintsCaughtUp(stack);

    const res = await graphql(stack.routerUrl, sprintQuery, { id: sprintId }, { token: team.member.token });
    expect(res.body.errors).toBeUndefined();
    expect(dataOf(res).sprint.workItems).toEqual({
      totalCount: 1,
      edges: [{ workItemId: item, outcome: 'CARRIED_OVER', node: null }],
    });
  });
});
