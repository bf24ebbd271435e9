import {
  asService,
  createWorkItem,
  dataOf,
  errorOf,
  querySql,
  rawId,
  seedProjectTeam,
  useSubgraph,
} from '../../testkit';

const workItems = useSubgraph('work-items', { with: ['users', 'projects'] });

const refsQuery = `query ($organizationId: ID!, $keys: [String!]!) {
  workItemRefsByKeys(organizationId: $organizationId, keys: $keys) { key id projectId stateCategory }
}`;
const closeMutation = `mutation ($input: CloseMergedWorkItemsInput!) {
  closeMergedWorkItems(input: $input) { results { workItemId outcome } }
}`;

describe('the version control service operations of the work-items subgraph alone', () => {
  it('finds an organization’s items by key in one query, leaving out unknown keys and other organizations’', async () => {
    const team = await seedProjectTeam(workItems);
    const other = await seedProjectTeam(workItems);
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const elsewhere = await createWorkItem(workItems, other.member.token, { projectId: other.project.id });
    const refs = dataOf(
      await workItems.execute(asService('integrations'), refsQuery, {
        organizationId: rawId(team.organizationId),
        keys: [item.key, `${team.project.key}-999`, elsewhere.key],
      }),
    ).workItemRefsByKeys;
    expect(refs).toEqual([
      { key: item.key, id: rawId(item.id), projectId: rawId(team.project.id), stateCategory: expect.any(String) },
    ]);
  });

  it('refuses people, and names the bad key', async () => {
    const team = await seedProjectTeam(workItems);
    const variables = { organizationId: rawId(team.organizationId), keys: ['WEB-1'] };
    expect(errorOf(await workItems.execute(team.admin, refsQuery, variables)).code).toBe('FORBIDDEN');
    const moves = { input: { moves: [], source: 'vcs' } };
    expect(errorOf(await workItems.execute(team.admin, closeMutation, moves)).code).toBe('FORBIDDEN');
    const bad = await workItems.execute(asService('integrations'), refsQuery, {
      ...variables,
      keys: ['WEB-1', 'web 2'],
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keys.1' });
  });

  it('moves an item to the first DONE state once, and reports unknown items', async () => {
    const team = await seedProjectTeam(workItems);
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const input = {
      moves: [
        { workItemId: rawId(item.id), toStateId: null },
        { workItemId: '00000000-0000-4000-8000-000000000000', toStateId: null },
      ],
      source: 'vcs',
    };
    const close = async () =>
      dataOf(await workItems.execute(asService('integrations'), closeMutation, { input })).closeMergedWorkItems.results;
    expect(await close()).toEqual([
      { workItemId: rawId(item.id), outcome: 'MOVED' },
      { workItemId: '00000000-0000-4000-8000-000000000000', outcome: 'MISSING' },
    ]);
    expect((await close())[0]).toEqual({ workItemId: rawId(item.id), outcome: 'ALREADY_CLOSED' });
  });

  it('records a refused move in the item’s history once, naming the pull request, and answers the reason', async () => {
    const team = await seedProjectTeam(workItems);
    const item = await createWorkItem(workItems, team.member.token, { projectId: team.project.id });
    const states = await querySql<{ id: string; name: string; category: string }>(
      workItems,
      'SELECT id::text, name, category FROM work_items.workflow_state WHERE project_id = $1 ORDER BY position',
      [rawId(team.project.id)],
    );
    const [current] = await querySql<{ id: string }>(
      workItems,
      'SELECT state_id::text AS id FROM work_items.work_item WHERE id = $1',
      [rawId(item.id)],
    );
    const done = states.find((state) => state.category === 'DONE')!;
    await querySql(
      workItems,
      'DELETE FROM work_items.workflow_transition WHERE from_state_id = $1 AND to_state_id = $2',
      [current!.id, done.id],
    );
    const input = {
      moves: [{ workItemId: rawId(item.id), toStateId: null, pullRequest: 'PR #12 in acme/shop' }],
      source: 'vcs',
    };
    const close = async () =>
      dataOf(
        await workItems.execute(
          asService('integrations'),
          `mutation ($input: CloseMergedWorkItemsInput!) {
            closeMergedWorkItems(input: $input) { results { workItemId outcome reason } }
          }`,
          { input },
        ),
      ).closeMergedWorkItems.results;
    const from = states.find((state) => state.id === current!.id)!.name;
    const reason = expect.stringContaining(`The workflow does not allow moving from "${from}" to "${done.name}".`);
    expect(await close()).toEqual([{ workItemId: rawId(item.id), outcome: 'NOT_ALLOWED', reason }]);
    expect(await close()).toEqual([{ workItemId: rawId(item.id), outcome: 'NOT_ALLOWED', reason }]);
    const entries = await querySql<{ field: string; actor: string | null; source: string; note: string }>(
      workItems,
      `SELECT field, actor_id AS actor, source, note FROM work_items.history_entry
       WHERE work_item_id = $1 AND field = 'stateRefused'`,
      [rawId(item.id)],
    );
    expect(entries).toEqual([
      {
        field: 'stateRefused',
        actor: null,
        source: 'vcs',
        note: expect.stringMatching(
          /^PR #12 in acme\/shop was merged, but the item could not move: The workflow does not allow/,
        ),
      },
    ]);
    const tooLong = { input: { ...input, moves: [{ ...input.moves[0], pullRequest: 'x'.repeat(201) }] } };
    const refused = await workItems.execute(
      asService('integrations'),
      `mutation ($input: CloseMergedWorkItemsInput!) { closeMergedWorkItems(input: $input) { results { outcome } } }`,
      tooLong,
    );
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.moves.0.pullRequest' });
  });
});
