import { addItemsToSprint, createSprint } from '../sprints/support';
import {
  createWorkItem,
  dataOf,
  graphql,
  runMutation,
  seedProjectTeam,
  untilWorkItemReadModelsFollowed,
  useTestStack,
  workflowStates,
  type ProjectTeam,
} from '../testkit';
import { problemOf, rest } from './support';

const stack = useTestStack();

describe('work items over REST', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  }, 60_000);

  it('creates an item with 201 and a Location, then reads it by key and by ID', async () => {
    const created = await rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
      token: team.member.token,
      body: { title: 'Fix the login page', type: 'BUG', priority: 'HIGH', estimate: 3 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      key: `${team.project.key}-1`,
      title: 'Fix the login page',
      type: 'BUG',
      priority: 'HIGH',
      estimate: 3,
      version: 1,
      project: { id: team.project.id, key: team.project.key },
      reporter: { name: 'Mo Member' },
      assignee: null,
    });
    expect(created.headers.get('location')).toBe(`/api/v1/work-items/${created.body.key}`);
    const byKey = await rest(stack, 'GET', `/work-items/${created.body.key.toLowerCase()}`, {
      token: team.viewer.token,
    });
    expect(byKey.status).toBe(200);
    expect(byKey.body).toEqual(created.body);
    const byId = await rest(stack, 'GET', `/work-items/${created.body.id}`, { token: team.viewer.token });
    expect(byId.body).toEqual(created.body);
  });

  it('updates the fields sent at the expected version, and answers 409 to a stale version', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id, title: 'Draft' });
    const updated = await rest(stack, 'PATCH', `/work-items/${item.key}`, {
      token: team.member.token,
      body: { expectedVersion: item.version, title: 'Final', dueDate: '2026-05-01' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'Final', dueDate: '2026-05-01', version: item.version + 1 });
    const stale = await rest(stack, 'PATCH', `/work-items/${item.key}`, {
      token: team.member.token,
      body: { expectedVersion: item.version, title: 'Again' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject(problemOf(409, 'CONFLICT'));
  });

  it('moves an item to another state of its workflow', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const states = await workflowStates(stack, team.member.token, team.project.id);
    const inProgress = states.find((state) => state.category === 'IN_PROGRESS')!;
    const moved = await rest(stack, 'POST', `/work-items/${item.key}/transitions`, {
      token: team.member.token,
      body: { toStateId: inProgress.id },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.state).toEqual({ id: inProgress.id, name: inProgress.name, category: 'IN_PROGRESS' });
  });

  it('lists a project’s items with filters from the query string', async () => {
    const fresh = await seedProjectTeam(stack);
    await createWorkItem(stack, fresh.member.token, { projectId: fresh.project.id, type: 'BUG', title: 'A bug' });
    await createWorkItem(stack, fresh.member.token, { projectId: fresh.project.id, type: 'TASK', title: 'A task' });
    const bugs = await rest(stack, 'GET', `/projects/${fresh.project.id}/work-items?type=BUG`, {
      token: fresh.viewer.token,
    });
    expect(bugs.status).toBe(200);
    expect(bugs.body.totalCount).toBe(1);
    expect(bugs.body.items.map((item: { title: string }) => item.title)).toEqual(['A bug']);
  });

  it('lists by assignee, sprint, label, watching and blocked, with `me`, `none` and `open` as words', async () => {
    const fresh = await seedProjectTeam(stack);
    const item = (title: string, assigneeId?: string) =>
      createWorkItem(stack, fresh.member.token, { projectId: fresh.project.id, title, assigneeId });
    const [planned, , blocker, loose] = [
      await item('Planned'),
      await item('Mine', fresh.member.userId),
      await item('Blocker'),
      await item('Loose'),
    ];
    const sprintId = await createSprint(stack, fresh.member.token, fresh.project.id);
    await addItemsToSprint(stack, fresh.member.token, sprintId, [planned.id]);
    const label = dataOf(
      await graphql(
        stack.routerUrl,
        'mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
        { input: { projectId: fresh.project.id, name: 'ops', color: '#112233' } },
        { token: fresh.admin.token },
      ),
    ).createLabel.label.id as string;
    await runMutation(stack, fresh.member.token, 'updateWorkItem', 'UpdateWorkItemInput', {
      id: loose.id,
      expectedVersion: 1,
      labelIds: [label],
    });
    await runMutation(stack, fresh.member.token, 'linkWorkItems', 'LinkWorkItemsInput', {
      sourceId: blocker.id,
      targetId: planned.id,
      type: 'BLOCKS',
    });
    await runMutation(stack, fresh.viewer.token, 'watchWorkItem', 'WatchWorkItemInput', { workItemId: blocker.id });
    await untilWorkItemReadModelsFollowed(stack);

    const titles = async (query: string, token = fresh.viewer.token) => {
      const res = await rest(stack, 'GET', `/projects/${fresh.project.id}/work-items?${query}`, { token });
      expect(res.status).toBe(200);
      return res.body.items.map((entry: { title: string }) => entry.title).sort();
    };
    expect(await titles(`assignee=${fresh.member.userId}`)).toEqual(['Mine']);
    expect(await titles('assignee=me', fresh.member.token)).toEqual(['Mine']);
    expect(await titles('assignee=none')).toEqual(['Blocker', 'Loose', 'Planned']);
    expect(await titles(`sprint=${sprintId}`)).toEqual(['Planned']);
    expect(await titles('sprint=open')).toEqual(['Planned']);
    expect(await titles('sprint=none')).toEqual(['Blocker', 'Loose', 'Mine']);
    expect(await titles(`label=${label}`)).toEqual(['Loose']);
    expect(await titles('watching=true')).toEqual(['Blocker']);
    expect(await titles('watching=false')).toEqual(['Loose', 'Mine', 'Planned']);
    expect(await titles('blocked=true')).toEqual(['Planned']);
    expect(await titles('blocked=false&sprint=none&assignee=none')).toEqual(['Blocker', 'Loose']);
  });

  it('names the query parameter at fault in a filter the service refuses', async () => {
    const refusal = async (query: string) => {
      const res = await rest(stack, 'GET', `/projects/${team.project.id}/work-items?${query}`, {
        token: team.member.token,
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(problemOf(400, 'BAD_USER_INPUT'));
      return res.body.errors.map((error: { in: string; field: string }) => `${error.in}:${error.field}`);
    };
    expect(await refusal(`sprint=${team.project.id}`)).toEqual(['query:sprint']);
    expect(await refusal('assignee=nobody')).toEqual(['query:assignee']);
    expect(await refusal(`label=${team.project.id}`)).toEqual(['query:label']);
    expect(await refusal('watching=yes&blocked=1')).toEqual(['query:watching', 'query:blocked']);
  });

  it('names every input at fault: missing and mistyped body fields, unknown ones, and query values', async () => {
    const missing = await rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
      token: team.member.token,
      body: { type: 'EPIC_STORY', estimate: 'three', color: 'red' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject(problemOf(400, 'BAD_USER_INPUT'));
    expect(
      missing.body.errors.map((error: { in: string; field: string }) => `${error.in}:${error.field}`).sort(),
    ).toEqual(['body:color', 'body:estimate', 'body:title', 'body:type']);
    const badFilter = await rest(stack, 'GET', `/projects/${team.project.id}/work-items?type=BUGS&limit=500`, {
      token: team.member.token,
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['limit', 'type.0']);
  });

  it('passes the service’s own refusals on with their field: an empty title', async () => {
    const empty = await rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
      token: team.member.token,
      body: { title: '  ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ in: 'body', field: 'title', message: expect.any(String) }]);
  });

  it('refuses a body that is not JSON (400), not sent as JSON (415) or too large (413)', async () => {
    const path = `/projects/${team.project.id}/work-items`;
    const broken = await rest(stack, 'POST', path, {
      token: team.member.token,
      rawBody: '{"title":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject(problemOf(400, 'BAD_REQUEST'));
    const form = await rest(stack, 'POST', path, {
      token: team.member.token,
      rawBody: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const huge = await rest(stack, 'POST', path, { token: team.member.token, body: { title: 'x'.repeat(2_000_000) } });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 404 for an item that does not exist, and for a malformed ID', async () => {
    const unknown = await rest(stack, 'GET', `/work-items/${team.project.key}-99999`, { token: team.member.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject(problemOf(404, 'NOT_FOUND'));
    const malformed = await rest(stack, 'GET', `/work-items/not-an-id`, { token: team.member.token });
    expect(malformed.body).toMatchObject({
      status: malformed.status,
      code: expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND)$/),
    });
  });
});
