import {
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  rawId,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  workflowStates,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';
import { outboxEventsOf } from '../testkit/outbox';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const releaseFields = `id name description startDate releaseDate released releasedAt overdue
  progress { itemCount doneCount canceledCount points donePoints percentDone }`;
const createRelease = `mutation ($input: CreateReleaseInput!) { createRelease(input: $input) { release { ${releaseFields} } } }`;
const updateRelease = `mutation ($input: UpdateReleaseInput!) { updateRelease(input: $input) { release { ${releaseFields} } } }`;
const deleteRelease = `mutation ($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedReleaseId unplannedItemCount } }`;
const updateItem = `mutation ($input: UpdateWorkItemInput!) {
  updateWorkItem(input: $input) { workItem { version release { name } } }
}`;
const bulkUpdate = `mutation ($input: BulkUpdateWorkItemsInput!) { bulkUpdateWorkItems(input: $input) { workItems { id } } }`;
const releasesQuery = `query ($id: ID!, $released: Boolean, $first: Int, $after: String) {
  project(id: $id) {
    releases(released: $released, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { name released }
    }
  }
}`;

async function release(team: ProjectTeam, input: Record<string, unknown>, token = team.member.token) {
  return dataOf(await run(createRelease, { input: { projectId: team.project.id, ...input } }, token)).createRelease
    .release;
}

async function items(team: ProjectTeam, count: number, extra: Record<string, unknown> = {}) {
  const created = [];
  for (let i = 0; i < count; i += 1) {
    created.push(
      await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: `Item ${i}`, ...extra }),
    );
  }
  return created;
}

describe('releases', () => {
  test('items planned for a release count toward its progress by state, canceled ones left out of the share', async () => {
    const team = await seedProjectTeam(stack);
    const beta = await release(team, { name: ' Beta ', description: 'First cut', releaseDate: '2026-04-01' });
    expect(beta).toMatchObject({ name: 'Beta', description: 'First cut', released: false, releasedAt: null });
    expect(beta.progress).toEqual({
      itemCount: 0,
      doneCount: 0,
      canceledCount: 0,
      points: 0,
      donePoints: 0,
      percentDone: 0,
    });
    const [first] = await items(team, 1, { releaseId: beta.id, estimate: 3 });
    const rest = await items(team, 3, { estimate: 2 });
    dataOf(
      await run(
        bulkUpdate,
        { input: { ids: rest.map((item) => item.id), changes: { releaseId: beta.id } } },
        team.member.token,
      ),
    );
    const states = await workflowStates(stack, team.admin.token, team.project.id);
    const done = states.find((state) => state.category === 'DONE')!;
    const canceled = states.find((state) => state.category === 'CANCELED')!;
    const change = (ids: string[], toStateId: string) =>
      run(bulkUpdate, { input: { ids, changes: { toStateId } } }, team.member.token).then(dataOf);
    await change([first!.id], done.id);
    await change([rest[0]!.id], canceled.id);
    const read = dataOf(
      await run(
        `query ($id: ID!) { node(id: $id) { ... on Release {
          progress { itemCount doneCount canceledCount points donePoints percentDone }
          workItems(first: 10, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { title release { name } } }
          done: workItems(filter: { stateCategory: { eq: DONE } }) { totalCount }
        } } }`,
        { id: beta.id },
        team.viewer.token,
      ),
    ).node;
    expect(read.progress).toEqual({
      itemCount: 4,
      doneCount: 1,
      canceledCount: 1,
      points: 9,
      donePoints: 3,
      percentDone: 33.3,
    });
    expect(read.workItems.totalCount).toBe(4);
    expect(read.workItems.nodes.map((item: { title: string }) => item.title)).toEqual([
      'Item 0',
      'Item 0',
      'Item 1',
      'Item 2',
    ]);
    expect(read.workItems.nodes[0].release).toEqual({ name: 'Beta' });
    expect(read.done.totalCount).toBe(1);
  });

  test('a project lists unreleased releases first by date, undated last, then released ones, page by page', async () => {
    const team = await seedProjectTeam(stack);
    await release(team, { name: 'Someday' });
    await release(team, { name: '2.0', releaseDate: '2026-06-01' });
    const shipped = await release(team, { name: '1.0', releaseDate: '2026-01-01' });
    await release(team, { name: '1.5', releaseDate: '2026-03-01' });
    dataOf(await run(updateRelease, { input: { id: shipped.id, released: true } }, team.member.token));

    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = dataOf(
        await run(releasesQuery, { id: team.project.id, first: 1, after }, team.viewer.token),
      ).project.releases;
      names.push(...page.nodes.map((node) => node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(['1.5', '2.0', 'Someday', '1.0']);

    const released = dataOf(await run(releasesQuery, { id: team.project.id, released: true }, team.viewer.token));
    expect(released.project.releases).toMatchObject({ totalCount: 1, nodes: [{ name: '1.0', released: true }] });
    const open = dataOf(await run(releasesQuery, { id: team.project.id, released: false }, team.viewer.token));
    expect(open.project.releases.totalCount).toBe(3);
    const cursor = (values: string[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const zero = '00000000-0000-0000-0000-000000000000';
    for (const after of [cursor(['0', '2026-13-45', 'x', zero]), cursor(['2', 'infinity', 'x', zero]), 'bm9wZQ']) {
      const refused = await run(releasesQuery, { id: team.project.id, after }, team.viewer.token);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  test('updating a release renames, re-dates and releases it; a past unreleased date is overdue', async () => {
    const team = await seedProjectTeam(stack);
    const late = await release(team, { name: 'Late', releaseDate: '2026-01-01' });
    expect(late.overdue).toBe(true);
    const changed = dataOf(
      await run(
        updateRelease,
        { input: { id: late.id, name: 'Late but out', released: true, startDate: '2025-12-01' } },
        team.member.token,
      ),
    ).updateRelease.release;
    expect(changed).toMatchObject({
      name: 'Late but out',
      startDate: '2025-12-01',
      releaseDate: '2026-01-01',
      released: true,
      overdue: false,
    });
    expect(typeof changed.releasedAt).toBe('string');
    const again = dataOf(await run(updateRelease, { input: { id: late.id, released: false } }, team.member.token));
    expect(again.updateRelease.release).toMatchObject({ released: false, releasedAt: null, overdue: true });
  });

  test('each bad input is refused on its field', async () => {
    const team = await seedProjectTeam(stack);
    const taken = await release(team, { name: 'Taken' });
    const other = await createProject(stack, team.admin.token, team.organizationId, { key: 'OTH' });
    const elsewhere = dataOf(
      await run(createRelease, { input: { projectId: other.id, name: 'Elsewhere' } }, team.admin.token),
    ).createRelease.release;
    const [item] = await items(team, 1);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [createRelease, { projectId: team.project.id, name: '  ' }, 'BAD_USER_INPUT', 'input.name'],
      [createRelease, { projectId: team.project.id, name: 'Taken' }, 'CONFLICT', 'input.name'],
      [
        createRelease,
        { projectId: team.project.id, name: 'Backwards', startDate: '2026-03-02', releaseDate: '2026-03-01' },
        'BAD_USER_INPUT',
        'input.releaseDate',
      ],
      [
        updateRelease,
        { id: taken.id, releaseDate: '2026-03-01', startDate: '2026-04-01' },
        'BAD_USER_INPUT',
        'input.releaseDate',
      ],
      [updateRelease, { id: taken.id, name: null }, 'BAD_USER_INPUT', 'input.name'],
      [updateItem, { id: item!.id, expectedVersion: 1, releaseId: elsewhere.id }, 'BAD_USER_INPUT', 'input.releaseId'],
      [updateItem, { id: item!.id, expectedVersion: 1, releaseId: item!.id }, 'BAD_USER_INPUT', 'input.releaseId'],
    ];
    for (const [query, input, code, field] of cases) {
      expect(errorOf(await run(query, { input }, team.member.token))).toMatchObject({ code, field });
    }
    const bulk = await run(
      bulkUpdate,
      { input: { ids: [item!.id], changes: { releaseId: elsewhere.id } } },
      team.member.token,
    );
    expect(errorOf(bulk)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.releaseId' });
  });

  test('viewers read releases but cannot change them, outsiders cannot see them, and only ADMINs delete them', async () => {
    const team = await seedProjectTeam(stack);
    const beta = await release(team, { name: 'Beta' });
    const create = { input: { projectId: team.project.id, name: 'Mine' } };
    expect(errorOf(await run(createRelease, create, team.viewer.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await run(createRelease, create, team.outsider.token))?.code).toBe('NOT_FOUND');
    const rename = { input: { id: beta.id, name: 'Gamma' } };
    expect(errorOf(await run(updateRelease, rename, team.viewer.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await run(updateRelease, rename, team.outsider.token))?.code).toBe('NOT_FOUND');
    expect(errorOf(await run(deleteRelease, { input: { id: beta.id } }, team.member.token))?.code).toBe('FORBIDDEN');
    const hidden = await run(`query ($id: ID!) { node(id: $id) { id } }`, { id: beta.id }, team.outsider.token);
    expect(dataOf(hidden).node).toBeNull();
    const seen = await run(
      `query ($id: ID!) { node(id: $id) { ... on Release { name } } }`,
      { id: beta.id },
      team.viewer.token,
    );
    expect(dataOf(seen).node).toEqual({ name: 'Beta' });
  });

  test('deleting a release unplans its items, each a change with history and one event', async () => {
    const team = await seedProjectTeam(stack);
    const beta = await release(team, { name: 'Beta' });
    const planned = await items(team, 2, { releaseId: beta.id });
    const [kept] = await items(team, 1);
    let result: { deletedReleaseId: string; unplannedItemCount: number } | undefined;
    const events = await outboxEventsOf(stack, 'work_items', async () => {
      result = dataOf(await run(deleteRelease, { input: { id: beta.id } }, team.admin.token)).deleteRelease;
    });
    expect(result).toEqual({ deletedReleaseId: beta.id, unplannedItemCount: 2 });
    expect(
      events.map((event) => [
        event.type,
        event.aggregateId,
        (event.payload as { changedFields: string[] }).changedFields,
      ]),
    ).toEqual(
      planned
        .map((item) => ['work_item.updated', rawId(item.id), ['release']])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    const read = dataOf(
      await run(
        `query ($id: ID!) { workItem(id: $id) { version release { name } history(first: 10) { nodes { field oldValue newValue } } } }`,
        { id: planned[0]!.id },
        team.viewer.token,
      ),
    ).workItem;
    expect(read).toMatchObject({ version: 2, release: null });
    expect(read.history.nodes.at(-1)).toEqual({ field: 'release', oldValue: beta.id, newValue: null });
    const untouched = dataOf(
      await run(`query ($id: ID!) { workItem(id: $id) { version } }`, { id: kept!.id }, team.viewer.token),
    );
    expect(untouched.workItem.version).toBe(1);
  });

  test('planning an item is an item change: release in history, changedFields and the filter language', async () => {
    const team = await seedProjectTeam(stack);
    const beta = await release(team, { name: 'Beta' });
    const [item, other] = await items(team, 2);
    let changed: { version: number; release: { name: string } } | undefined;
    const events = await outboxEventsOf(stack, 'work_items', async () => {
      changed = dataOf(
        await run(updateItem, { input: { id: item!.id, expectedVersion: 1, releaseId: beta.id } }, team.member.token),
      ).updateWorkItem.workItem;
    });
    expect(changed).toEqual({ version: 2, release: { name: 'Beta' } });
    expect(events.map((event) => [event.type, (event.payload as { changedFields: string[] }).changedFields])).toEqual([
      ['work_item.updated', ['release']],
    ]);
    const list = (filter: Record<string, unknown>) =>
      run(
        `query ($id: ID!, $filter: WorkItemFilter) { project(id: $id) { workItems(filter: $filter) { nodes { id } } } }`,
        { id: team.project.id, filter },
        team.viewer.token,
      ).then((res) => dataOf(res).project.workItems.nodes.map((node: { id: string }) => node.id));
    expect(await list({ release: { eq: beta.id } })).toEqual([item!.id]);
    expect(await list({ release: { null: true } })).toEqual([other!.id]);
  });
});

test('releases with their progress and items with their release take a fixed number of SQL statements', async () => {
  const team = await seedProjectTeam(stack);
  for (let i = 0; i < 5; i += 1) {
    const planned = await release(team, { name: `R${i}`, releaseDate: `2026-0${i + 1}-01` });
    await items(team, 1, { releaseId: planned.id, estimate: 1 });
  }
  // Apart: the list primes the releases it read, so together the items' releases may need no statement.
  const releasesQuery = `query ($id: ID!, $first: Int) { project(id: $id) {
    releases(first: $first) { nodes { name progress { itemCount percentDone } } }
  } }`;
  const itemsQuery = `query ($id: ID!, $first: Int) { project(id: $id) {
    workItems(first: $first) { nodes { release { name overdue } } }
  } }`;
  const measure = async (query: string, first: number) => {
    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    dataOf(await run(query, { id: team.project.id, first }, team.member.token));
    return sqlStatementCount('work_items') - before;
  };
  for (const query of [releasesQuery, itemsQuery]) {
    const few = await measure(query, 2);
    expect(few).toBeGreaterThan(0);
    expect(await measure(query, 5)).toBe(few);
  }
});
