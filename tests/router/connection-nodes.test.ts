import { createWorkItem, dataOf, graphql, seedProjectTeam, useTestStack } from '../testkit';

// `nodes` is `edges { node }` without cursors on every connection, whichever subgraph owns it.
const stack = useTestStack();

const query = `query($project: ID!, $org: ID!) {
  project(id: $project) {
    workItems(first: 5) { edges { node { id title } } nodes { id title } }
    members(first: 5) { edges { role node { id name } } nodes { id name } }
    labels(first: 5) { edges { node { id name } } nodes { id name } }
  }
  organization(id: $org) {
    projects(first: 5) { edges { node { id key } } nodes { id key } }
    members(first: 5) { edges { node { id } } nodes { id } }
  }
  me { organizations(first: 5) { edges { node { id name } } nodes { id name } } }
}`;

type Connection = { edges: { node: unknown }[]; nodes: unknown[] };

describe('the nodes shortcut', () => {
  it('gives the same items in the same order as edges on connections of every subgraph, and works alone', async () => {
    const team = await seedProjectTeam(stack);
    dataOf(
      await graphql(
        stack.routerUrl,
        'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
        { input: { projectId: team.project.id, name: 'ux', color: '#123456' } },
        { token: team.admin.token },
      ),
    );
    for (const title of ['first', 'second', 'third']) {
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'TASK', title });
    }
    const data = dataOf(
      await graphql<Record<string, Record<string, Connection>>>(
        stack.routerUrl,
        query,
        { project: team.project.id, org: team.organizationId },
        { token: team.admin.token },
      ),
    );
    const connections = Object.entries(data).flatMap(([parent, fields]) =>
      Object.entries(fields).map(([field, connection]) => [`${parent}.${field}`, connection] as const),
    );
    expect(connections).toHaveLength(6);
    for (const [name, connection] of connections) {
      expect([name, connection.nodes]).toEqual([name, connection.edges.map((edge) => edge.node)]);
      expect([name, connection.nodes.length]).not.toEqual([name, 0]);
    }
    const alone = dataOf(
      await graphql<{ project: { workItems: { nodes: { title: string }[] } } }>(
        stack.routerUrl,
        'query($id: ID!) { project(id: $id) { workItems(first: 2, orderBy: { field: CREATED_AT }) { nodes { title } } } }',
        { id: team.project.id },
        { token: team.viewer.token },
      ),
    );
    expect(alone.project.workItems.nodes).toEqual([{ title: 'first' }, { title: 'second' }]);
  });
});
