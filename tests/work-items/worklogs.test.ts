import {
  addProjectMember,
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  rawId,
  seedProjectTeam,
  sqlStatementCount,
  useTestStack,
  type ProjectTeam,
  untilWorkItemReadModelsFollowed,
} from '../testkit';
import { outboxEventsOf } from '../testkit/outbox';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const tracking = 'timeTracking { estimateMinutes spentMinutes remainingMinutes byPerson { user { id } minutes } }';
const logWork = `mutation ($input: LogWorkInput!) {
  logWork(input: $input) { worklog { id day minutes note user { id } workItem { id } } workItem { version ${tracking} } }
}`;
const updateWorklog = `mutation ($input: UpdateWorklogInput!) {
  updateWorklog(input: $input) { worklog { id day minutes note updatedAt createdAt } workItem { ${tracking} } }
}`;
const deleteWorklog = `mutation ($input: DeleteWorklogInput!) {
  deleteWorklog(input: $input) { deletedWorklogId workItem { ${tracking} } }
}`;
const itemWorklogs = `query ($id: ID!, $first: Int, $after: String) {
  workItem(id: $id) {
    version
    history(first: 10) { nodes { field } }
    worklogs(first: $first, after: $after) {
      totalCount totalMinutes pageInfo { hasNextPage endCursor } nodes { minutes day user { id } }
    }
    ${tracking}
  }
}`;
const rootWorklogs = `query ($organizationId: ID!, $filter: WorklogFilter!, $first: Int, $after: String) {
  worklogs(organizationId: $organizationId, filter: $filter, first: $first, after: $after) {
    totalCount totalMinutes pageInfo { hasNextPage endCursor } nodes { day minutes note workItem { key } }
  }
}`;
const timesheet = `query ($organizationId: ID!, $filter: WorklogFilter!) {
  timesheet(organizationId: $organizationId, filter: $filter) { totalMinutes days { day minutes } }
}`;

const today = () => new Date().toISOString().slice(0, 10);

async function itemOf(team: ProjectTeam, timeEstimateMinutes?: number) {
  return createWorkItem(stack, team.member.token, {
    projectId: team.project.id,
    title: 'Track my time',
    ...(timeEstimateMinutes === undefined ? {} : { timeEstimateMinutes }),
  });
}

async function log(token: string, workItemId: string, minutes: number, day?: string, note?: string) {
  return dataOf(await run(logWork, { input: { workItemId, minutes, day, note } }, token)).logWork;
}

describe('worklogs', () => {
  test('logging time counts it against the time estimate per person, without changing the item', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team, 240);
    const first = await log(team.member.token, item.id, 90, '2026-03-02', '  wrote the parser  ');
    expect(first.worklog).toMatchObject({
      day: '2026-03-02',
      minutes: 90,
      note: 'wrote the parser',
      user: { id: team.member.userId },
      workItem: { id: item.id },
    });
    expect(first.workItem.timeTracking).toEqual({
      estimateMinutes: 240,
      spentMinutes: 90,
      remainingMinutes: 150,
      byPerson: [{ user: { id: team.member.userId }, minutes: 90 }],
    });
    await log(team.admin.token, item.id, 60, '2026-03-03');
    await log(team.admin.token, item.id, 60, '2026-03-04');
    const read = dataOf(await run(itemWorklogs, { id: item.id }, team.viewer.token)).workItem;
    expect(read.version).toBe(1);
    expect(read.history.nodes.map((entry: { field: string }) => entry.field).sort()).toEqual(['created', 'state']);
    expect(read.worklogs).toMatchObject({ totalCount: 3, totalMinutes: 210 });
    expect(read.worklogs.nodes.map((w: { minutes: number; day: string }) => [w.day, w.minutes])).toEqual([
      ['2026-03-02', 90],
      ['2026-03-03', 60],
      ['2026-03-04', 60],
    ]);
    expect(read.timeTracking).toEqual({
      estimateMinutes: 240,
      spentMinutes: 210,
      remainingMinutes: 30,
      byPerson: [
        { user: { id: team.admin.userId }, minutes: 120 },
        { user: { id: team.member.userId }, minutes: 90 },
      ],
    });
  });

  test('an item without a time estimate has spent time and no remaining time; the estimate is an item change', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const logged = await log(team.member.token, item.id, 45);
    expect(logged.worklog.day).toBe(today());
    expect(logged.workItem.timeTracking).toMatchObject({
      estimateMinutes: null,
      spentMinutes: 45,
      remainingMinutes: null,
    });
    const updated = await run(
      `mutation ($input: UpdateWorkItemInput!) {
        updateWorkItem(input: $input) { workItem { version timeEstimateMinutes ${tracking} history(first: 5) { nodes { field oldValue newValue } } } }
      }`,
      { input: { id: item.id, expectedVersion: 1, timeEstimateMinutes: 30 } },
      team.member.token,
    );
    const workItem = dataOf(updated).updateWorkItem.workItem;
    expect(workItem).toMatchObject({ version: 2, timeEstimateMinutes: 30 });
    expect(workItem.timeTracking).toMatchObject({ estimateMinutes: 30, spentMinutes: 45, remainingMinutes: 0 });
    expect(workItem.history.nodes.at(-1)).toEqual({ field: 'timeEstimate', oldValue: null, newValue: '30' });
  });

  test('each bad input is refused on its field before anything is written', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const tomorrowButOne = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string][] = [
      [{ workItemId: item.id, minutes: 0 }, 'input.minutes'],
      [{ workItemId: item.id, minutes: 1441 }, 'input.minutes'],
      [{ workItemId: item.id, minutes: 30, day: tomorrowButOne }, 'input.day'],
      [{ workItemId: item.id, minutes: 30, day: '1999-12-31' }, 'input.day'],
      [{ workItemId: item.id, minutes: 30, note: 'x'.repeat(2001) }, 'input.note'],
      [{ workItemId: team.project.id, minutes: 30 }, 'input.workItemId'],
    ];
    for (const [input, field] of cases) {
      expect(errorOf(await run(logWork, { input }, team.member.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const estimate = await run(
      `mutation ($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id } } }`,
      { input: { id: item.id, expectedVersion: 1, timeEstimateMinutes: -1 } },
      team.member.token,
    );
    expect(errorOf(estimate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeEstimateMinutes' });
    const read = dataOf(await run(itemWorklogs, { id: item.id }, team.member.token)).workItem;
    expect(read.worklogs.totalCount).toBe(0);
  });

  test('a person logs at most a day of minutes per day over all items, also when changing a worklog', async () => {
    const team = await seedProjectTeam(stack);
    const [one, two] = [await itemOf(team), await itemOf(team)];
    await log(team.member.token, one.id, 1000, '2026-03-02');
    const over = await run(
      logWork,
      { input: { workItemId: two.id, minutes: 441, day: '2026-03-02' } },
      team.member.token,
    );
    expect(errorOf(over)).toMatchObject({ code: 'CONFLICT', field: 'input.minutes' });
    await log(team.member.token, two.id, 440, '2026-03-02');
    await log(team.admin.token, two.id, 1440, '2026-03-02');
    const other = await log(team.member.token, two.id, 60, '2026-03-03');
    const moved = await run(updateWorklog, { input: { id: other.worklog.id, day: '2026-03-02' } }, team.member.token);
    expect(errorOf(moved)).toMatchObject({ code: 'CONFLICT', field: 'input.day' });
  });

  test('racing worklogs of one person and day cannot pass a day together', async () => {
    const team = await seedProjectTeam(stack);
    const items = await Promise.all([itemOf(team), itemOf(team), itemOf(team)]);
    const results = await Promise.all(
      items.map((item) =>
        run(logWork, { input: { workItemId: item.id, minutes: 600, day: '2026-03-05' } }, team.member.token),
      ),
    );
    const codes = results.map((result) => result.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.sort()).toEqual(['CONFLICT', 'OK', 'OK']);
  });

  test('the author changes a worklog; the item keeps its version and the totals follow', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team, 100);
    const { worklog } = await log(team.member.token, item.id, 30, '2026-03-02');
    const changed = dataOf(
      await run(updateWorklog, { input: { id: worklog.id, minutes: 75, note: 'and the tests' } }, team.member.token),
    ).updateWorklog;
    expect(changed.worklog).toMatchObject({ day: '2026-03-02', minutes: 75, note: 'and the tests' });
    expect(changed.worklog.updatedAt > changed.worklog.createdAt).toBe(true);
    expect(changed.workItem.timeTracking).toMatchObject({ spentMinutes: 75, remainingMinutes: 25 });
    const same = dataOf(await run(updateWorklog, { input: { id: worklog.id, minutes: 75 } }, team.member.token));
    expect(same.updateWorklog.worklog.updatedAt).toBe(changed.worklog.updatedAt);
  });

  test('only the author changes a worklog; the author or a project ADMIN deletes it; viewers and outsiders cannot', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    const { worklog } = await log(team.member.token, item.id, 30);
    const change = { input: { id: worklog.id, minutes: 10 } };
    expect(errorOf(await run(updateWorklog, change, team.admin.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await run(updateWorklog, change, team.viewer.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await run(updateWorklog, change, team.outsider.token))?.code).toBe('NOT_FOUND');
    expect(errorOf(await run(deleteWorklog, { input: { id: worklog.id } }, team.viewer.token))?.code).toBe('FORBIDDEN');
    expect(errorOf(await run(deleteWorklog, { input: { id: worklog.id } }, team.outsider.token))?.code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await run(logWork, { input: { workItemId: item.id, minutes: 5 } }, team.viewer.token))?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await run(logWork, { input: { workItemId: item.id, minutes: 5 } }, team.outsider.token))?.code).toBe(
      'NOT_FOUND',
    );
    const outsiderRead = await run(itemWorklogs, { id: item.id }, team.outsider.token);
    expect(errorOf(outsiderRead)?.code).toBe('NOT_FOUND');

    const deleted = dataOf(await run(deleteWorklog, { input: { id: worklog.id } }, team.admin.token)).deleteWorklog;
    expect(deleted).toEqual({
      deletedWorklogId: worklog.id,
      workItem: { timeTracking: { estimateMinutes: null, spentMinutes: 0, remainingMinutes: null, byPerson: [] } },
    });
    expect(errorOf(await run(deleteWorklog, { input: { id: worklog.id } }, team.member.token))?.code).toBe('NOT_FOUND');
  });

  test('adding, changing and deleting a worklog each publish one event naming it', async () => {
    const team = await seedProjectTeam(stack);
    const item = await itemOf(team);
    let worklogId = '';
    const events = await outboxEventsOf(stack, 'work_items', async () => {
      worklogId = (await log(team.member.token, item.id, 30, '2026-03-02')).worklog.id;
      dataOf(await run(updateWorklog, { input: { id: worklogId, minutes: 45 } }, team.member.token));
      dataOf(await run(deleteWorklog, { input: { id: worklogId } }, team.member.token));
    });
    const worklog = { id: rawId(worklogId), userId: rawId(team.member.userId), day: '2026-03-02' };
    expect(
      events.map((event) => [event.type, event.aggregateId, (event.payload as { worklog: unknown }).worklog]),
    ).toEqual([
      ['work_item.worklog_added', rawId(item.id), { ...worklog, minutes: 30 }],
      ['work_item.worklog_updated', rawId(item.id), { ...worklog, minutes: 45 }],
      ['work_item.worklog_deleted', rawId(item.id), { ...worklog, minutes: 45 }],
    ]);
  });
});

describe('worklogs across projects and timesheets', () => {
  async function seedTwoProjects() {
    const team = await seedProjectTeam(stack);
    const hidden = await createProject(stack, team.admin.token, team.organizationId, { key: 'HID' });
    await addProjectMember(stack, team.admin.token, hidden.id, team.member.userId, 'MEMBER');
    const shown = await itemOf(team);
    const secret = await createWorkItem(stack, team.member.token, { projectId: hidden.id, title: 'Secret' });
    await log(team.member.token, shown.id, 60, '2026-03-02', 'visible');
    await log(team.member.token, secret.id, 30, '2026-03-02', 'hidden');
    await log(team.member.token, shown.id, 15, '2026-03-04');
    await log(team.admin.token, shown.id, 120, '2026-03-04');
    await log(team.member.token, shown.id, 240, '2026-04-01');
    return { team, hidden, shown };
  }

  test('worklogs lists a range by day over the projects the caller reads, with totals over every page', async () => {
    const { team, hidden } = await seedTwoProjects();
    const filter = { from: '2026-03-01', to: '2026-03-31', userId: team.member.userId };
    const mine = dataOf(await run(rootWorklogs, { organizationId: team.organizationId, filter }, team.member.token));
    expect(mine.worklogs).toMatchObject({ totalCount: 3, totalMinutes: 105 });
    const entries = mine.worklogs.nodes.map((w: { day: string; minutes: number }) => `${w.day} ${w.minutes}`);
    expect([...entries].sort()).toEqual(['2026-03-02 30', '2026-03-02 60', '2026-03-04 15']);
    expect(entries.at(-1)).toBe('2026-03-04 15');

    const seenByViewer = dataOf(
      await run(rootWorklogs, { organizationId: team.organizationId, filter }, team.viewer.token),
    ).worklogs;
    expect(seenByViewer).toMatchObject({ totalCount: 2, totalMinutes: 75 });
    expect(seenByViewer.nodes.map((w: { note: string }) => w.note)).toEqual(['visible', '']);

    const everyone = { from: '2026-03-01', to: '2026-03-31' };
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { day: string; minutes: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        dataOf(
          await run(
            rootWorklogs,
            { organizationId: team.organizationId, filter: everyone, first: 1, after },
            team.viewer.token,
          ),
        ).worklogs;
      pages.push(...page.nodes.map((w) => `${w.day} ${w.minutes}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages[0]).toBe('2026-03-02 60');
    expect(pages.slice(1).sort()).toEqual(['2026-03-04 120', '2026-03-04 15']);

    const hiddenProject = await run(
      rootWorklogs,
      { organizationId: team.organizationId, filter: { ...everyone, projectId: hidden.id } },
      team.viewer.token,
    );
    expect(errorOf(hiddenProject)?.code).toBe('NOT_FOUND');
  });

  test('a timesheet has every day of the range with its minutes', async () => {
    const { team } = await seedTwoProjects();
    const filter = { from: '2026-03-01', to: '2026-03-05', userId: team.member.userId };
    const sheet = dataOf(await run(timesheet, { organizationId: team.organizationId, filter }, team.member.token));
    expect(sheet.timesheet).toEqual({
      totalMinutes: 105,
      days: [
        { day: '2026-03-01', minutes: 0 },
        { day: '2026-03-02', minutes: 90 },
        { day: '2026-03-03', minutes: 0 },
        { day: '2026-03-04', minutes: 15 },
        { day: '2026-03-05', minutes: 0 },
      ],
    });
    const project = { from: '2026-03-04', to: '2026-03-04', projectId: team.project.id };
    const projectSheet = dataOf(
      await run(timesheet, { organizationId: team.organizationId, filter: project }, team.viewer.token),
    );
    expect(projectSheet.timesheet.days).toEqual([{ day: '2026-03-04', minutes: 135 }]);
  });

  test('ranges that end first or run too long are refused on filter.to', async () => {
    const team = await seedProjectTeam(stack);
    const cases: [string, Record<string, unknown>][] = [
      [timesheet, { from: '2026-03-01', to: '2026-04-01' }],
      [timesheet, { from: '2026-03-02', to: '2026-03-01' }],
      [rootWorklogs, { from: '2026-01-01', to: '2027-01-02' }],
    ];
    for (const [query, filter] of cases) {
      const result = await run(query, { organizationId: team.organizationId, filter }, team.member.token);
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    }
  });
});

test('worklogs and time tracking of many items take a fixed number of SQL statements', async () => {
  const team = await seedProjectTeam(stack);
  const head = await itemOf(team);
  for (let i = 0; i < 5; i += 1) {
    const item = await itemOf(team, 60);
    await log(team.member.token, item.id, 10 + i, '2026-03-02');
    await log(team.admin.token, item.id, 20, '2026-03-03');
  }
  const listQuery = `query ($id: ID!, $first: Int) {
    workItem(id: $id) { project { workItems(first: $first) { nodes {
      worklogs(first: 5) { totalCount totalMinutes nodes { minutes user { id } } }
      ${tracking}
    } } } }
  }`;
  const measure = async (first: number) => {
    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    dataOf(await run(listQuery, { id: head.id, first }, team.member.token));
    return sqlStatementCount('work_items') - before;
  };
  const few = await measure(2);
  expect(few).toBeGreaterThan(0);
  expect(await measure(6)).toBe(few);
});
