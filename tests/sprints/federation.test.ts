import { dataOf, graphql, seedProjectTeam, useTestStack } from '../testkit';
import { createSprint, startSprint } from './support';

const stack = useTestStack();

const nodeQuery = `query($id: ID!) {
  node(id: $id) { __typename id ... on Sprint { name state project { key name } startedBy { name } } }
}`;

describe('sprints in the supergraph', () => {
  it('resolves a sprint through node(id) with its project and starter from their own subgraphs', async () => {
    const team = await seedProjectTeam(stack, { key: 'FED' });
    const sprintId = await createSprint(stack, team.member.token, team.project.id, { name: 'Federated' });
    await startSprint(stack, team.member.token, sprintId);

    const res = await graphql(stack.routerUrl, nodeQuery, { id: sprintId }, { token: team.viewer.token });
    expect(dataOf(res).node).toEqual({
      __typename: 'Sprint',
      id: sprintId,
      name: 'Federated',
      state: 'ACTIVE',
      project: { key: 'FED', name: expect.any(String) },
      startedBy: { name: 'Mo Member' },
    });
  });

  it('gives null for a sprint of a project the caller cannot read', async () => {
    const team = await seedProjectTeam(stack);
    const sprintId = await createSprint(stack, team.member.token, team.project.id);

    const res = await graphql(stack.routerUrl, nodeQuery, { id: sprintId }, { token: team.outsider.token });
    expect(res.body.errors).toBeUndefined();
    expect(dataOf(res).node).toBeNull();
  });
});
