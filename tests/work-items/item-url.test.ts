import { createWorkItem, dataOf, errorOf, graphql, seedProjectTeam, signUpUser, useTestStack } from '../testkit';

const stack = useTestStack({ email: { publicUrl: 'https://work.example.com/' } });

const query = `query ($id: ID!) { workItem(id: $id) { key url } }`;

describe('the web link of a work item', () => {
  it('is the key under PUBLIC_URL’s /browse/, the same for every reader', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Link me' });
    for (const token of [team.admin.token, team.member.token]) {
      const res = dataOf(await graphql(stack.routerUrl, query, { id: item.id }, { token }));
      expect(res.workItem).toEqual({ key: item.key, url: `https://work.example.com/browse/${item.key}` });
    }
  });

  it('is given in lists in one statement for the keys, whatever their length', async () => {
    const team = await seedProjectTeam(stack);
    for (let i = 0; i < 3; i++) {
      await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: `Item ${i}` });
    }
    const list = `query ($id: ID!) { project(id: $id) { workItems(first: 10) { nodes { key url } } } }`;
    const res = dataOf(await graphql(stack.routerUrl, list, { id: team.project.id }, { token: team.member.token }));
    const nodes = res.project.workItems.nodes as { key: string; url: string }[];
    expect(nodes).toHaveLength(3);
    for (const node of nodes) expect(node.url).toBe(`https://work.example.com/browse/${node.key}`);
  });

  it('is in the REST representation of an item', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Over REST' });
    const res = await fetch(new URL(`/api/v1/work-items/${item.key}`, stack.routerUrl), {
      headers: { authorization: `Bearer ${team.member.token}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { url: string }).url).toBe(`https://work.example.com/browse/${item.key}`);
  });

  it('is not shown to someone outside the project', async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.admin.token, { projectId: team.project.id, title: 'Private' });
    const outsider = await signUpUser(stack);
    const res = await graphql(stack.routerUrl, query, { id: item.id }, { token: outsider.token });
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
