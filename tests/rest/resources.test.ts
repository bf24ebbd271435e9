import { createWorkItem, dataOf, graphql, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import { createSprint, problemOf, rest } from './support';

const stack = useTestStack();

describe('projects, comments, worklogs, releases, sprints, attachments and the generated reads over REST', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  }, 60_000);

  it('creates, lists, reads and renames projects', async () => {
    const created = await rest(stack, 'POST', `/organizations/${team.organizationId}/projects`, {
      token: team.admin.token,
      body: { key: 'API', name: 'The API', description: 'REST' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      key: 'API',
      name: 'The API',
      description: 'REST',
      viewerRole: 'ADMIN',
      organization: { id: team.organizationId },
    });
    expect(created.headers.get('location')).toBe(`/api/v1/projects/${created.body.id}`);
    const listed = await rest(stack, 'GET', `/organizations/${team.organizationId}/projects`, {
      token: team.admin.token,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((project: { key: string }) => project.key).sort()).toEqual(
      ['API', team.project.key].sort(),
    );
    const renamed = await rest(stack, 'PATCH', `/projects/${created.body.id}`, {
      token: team.admin.token,
      body: { name: 'Public API' },
    });
    expect(renamed.body).toMatchObject({ name: 'Public API', description: 'REST' });
    const read = await rest(stack, 'GET', `/projects/${created.body.id}`, { token: team.admin.token });
    expect(read.body).toEqual(renamed.body);
    const taken = await rest(stack, 'POST', `/organizations/${team.organizationId}/projects`, {
      token: team.admin.token,
      body: { key: 'API', name: 'Again' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject(problemOf(409, 'CONFLICT'));
  });

  it('comments on an item and lists its comments, oldest first', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const first = await rest(stack, 'POST', `/work-items/${item.key}/comments`, {
      token: team.member.token,
      body: { body: 'First' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ body: 'First', author: { name: 'Mo Member' }, edited: false });
    await rest(stack, 'POST', `/work-items/${item.key}/comments`, {
      token: team.admin.token,
      body: { body: 'Second' },
    });
    const listed = await rest(stack, 'GET', `/work-items/${item.key}/comments`, { token: team.viewer.token });
    expect(listed.body.totalCount).toBe(2);
    expect(listed.body.items.map((comment: { body: string }) => comment.body)).toEqual(['First', 'Second']);
    const empty = await rest(stack, 'POST', `/work-items/${item.key}/comments`, { token: team.member.token, body: {} });
    expect(empty.body.errors).toEqual([{ in: 'body', field: 'body', message: expect.any(String) }]);
  });

  it('logs time on an item, lists its worklogs and shows its time estimate', async () => {
    const item = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      timeEstimateMinutes: 60,
    });
    const logged = await rest(stack, 'POST', `/work-items/${item.key}/worklogs`, {
      token: team.member.token,
      body: { minutes: 45, day: '2026-03-02', note: 'Spike' },
    });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ day: '2026-03-02', minutes: 45, note: 'Spike', user: { name: 'Mo Member' } });
    const listed = await rest(stack, 'GET', `/work-items/${item.key}/worklogs`, { token: team.viewer.token });
    expect(listed.body.totalCount).toBe(1);
    expect(listed.body.items.map((worklog: { minutes: number }) => worklog.minutes)).toEqual([45]);
    const read = await rest(stack, 'GET', `/work-items/${item.key}`, { token: team.viewer.token });
    expect(read.body).toMatchObject({ timeEstimateMinutes: 60, release: null });
    const byViewer = await rest(stack, 'POST', `/work-items/${item.key}/worklogs`, {
      token: team.viewer.token,
      body: { minutes: 5 },
    });
    expect(byViewer.status).toBe(403);
    const tooMuch = await rest(stack, 'POST', `/work-items/${item.key}/worklogs`, {
      token: team.member.token,
      body: { minutes: 1400, day: '2026-03-02' },
    });
    expect(tooMuch.status).toBe(409);
  });

  it('plans an item for a release and shows it on the item', async () => {
    const { createRelease } = dataOf(
      await graphql(
        stack.routerUrl,
        'mutation ($input: CreateReleaseInput!) { createRelease(input: $input) { release { id } } }',
        { input: { projectId: team.project.id, name: 'REST 1.0' } },
        { token: team.member.token },
      ),
    );
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const planned = await rest(stack, 'PATCH', `/work-items/${item.key}`, {
      token: team.member.token,
      body: { expectedVersion: 1, releaseId: createRelease.release.id },
    });
    expect(planned.status).toBe(200);
    expect(planned.body.release).toEqual({ id: createRelease.release.id, name: 'REST 1.0' });
  });

  it('creates, lists, reads, releases and deletes a release, with the codes of each refusal', async () => {
    const created = await rest(stack, 'POST', `/projects/${team.project.id}/releases`, {
      token: team.member.token,
      body: { name: 'REST 2.0', releaseDate: '2099-06-30' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'REST 2.0',
      releaseDate: '2099-06-30',
      released: false,
      project: { id: team.project.id, key: team.project.key },
      progress: { itemCount: 0, percentDone: 0 },
    });
    expect(created.headers.get('location')).toBe(`/api/v1/releases/${created.body.id}`);
    const path = `/releases/${created.body.id}`;
    expect((await rest(stack, 'GET', path, { token: team.viewer.token })).body).toEqual(created.body);
    const unreleased = await rest(stack, 'GET', `/projects/${team.project.id}/releases?released=false`, {
      token: team.viewer.token,
    });
    expect(unreleased.body.items.map((release: { name: string }) => release.name)).toContain('REST 2.0');

    const refusals = [
      await rest(stack, 'POST', `/projects/${team.project.id}/releases`, {
        token: team.viewer.token,
        body: { name: 'X' },
      }),
      await rest(stack, 'POST', `/projects/${team.project.id}/releases`, {
        token: team.member.token,
        body: { name: 'REST 2.0' },
      }),
      await rest(stack, 'GET', path, { token: team.outsider.token }),
      await rest(stack, 'GET', `/releases/${team.project.id}`, { token: team.member.token }),
      await rest(stack, 'DELETE', path, { token: team.member.token }),
    ];
    expect(refusals.map((res) => res.status)).toEqual([403, 409, 404, 404, 403]);

    const released = await rest(stack, 'PATCH', path, { token: team.member.token, body: { released: true } });
    expect(released.body).toMatchObject({ released: true, releasedAt: expect.any(String) });
    expect((await rest(stack, 'DELETE', path, { token: team.admin.token })).status).toBe(204);
    expect((await rest(stack, 'GET', path, { token: team.admin.token })).status).toBe(404);
  });

  it('lists a project’s sprints, by state too, and reads one', async () => {
    const sprint = await createSprint(stack, team.admin.token, team.project.id, 'Sprint A');
    const listed = await rest(stack, 'GET', `/projects/${team.project.id}/sprints?state=PLANNED`, {
      token: team.viewer.token,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: sprint.id, name: 'Sprint A', state: 'PLANNED', startDate: '2026-03-02' }),
    ]);
    const active = await rest(stack, 'GET', `/projects/${team.project.id}/sprints?state=ACTIVE`, {
      token: team.viewer.token,
    });
    expect(active.body).toEqual({ items: [], totalCount: 0 });
    const read = await rest(stack, 'GET', `/sprints/${sprint.id}`, { token: team.viewer.token });
    expect(read.body).toEqual(listed.body.items[0]);
  });

  it('lists an item’s attachments after an upload through the REST upload', async () => {
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const form = new FormData();
    form.append('file', new Blob(['hello, world\n'], { type: 'text/plain' }), 'notes.txt');
    const uploaded = await fetch(`${new URL(stack.routerUrl).origin}/api/v1/work-items/${item.key}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${team.member.token}`, 'x-workgraph-token': 'no-check' },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    await uploaded.arrayBuffer();
    const listed = await rest(stack, 'GET', `/work-items/${item.key}/attachments`, { token: team.viewer.token });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        name: 'notes.txt',
        contentKind: 'TEXT',
        byteSize: 13,
        uploadedBy: expect.objectContaining({ name: 'Mo Member' }),
      }),
    ]);
  });

  it('answers the reads sofa generates from the schema through the gateway, as the caller', async () => {
    const me = await rest(stack, 'GET', '/me', { token: team.member.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: team.member.userId, name: 'Mo Member', email: team.member.email });
    const organization = await rest(stack, 'GET', `/organizations/${team.organizationId}`, {
      token: team.member.token,
    });
    expect(organization.body).toMatchObject({ id: team.organizationId, viewerRole: 'MEMBER' });
    expect(organization.headers.get('etag')).toBeTruthy();
    const unread = await rest(stack, 'GET', '/notifications/unread-count', { token: team.member.token });
    expect(unread).toMatchObject({ status: 200, body: expect.any(Number) });
    const stranger = await seedProjectTeam(stack);
    const hidden = await rest(stack, 'GET', `/organizations/${team.organizationId}`, { token: stranger.admin.token });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject(problemOf(404, 'NOT_FOUND'));
    const anonymous = await rest(stack, 'GET', '/me');
    expect(anonymous.status).toBe(401);
  });

  it('serves the OpenAPI document without a token, the one route browsers on allowed origins may read', async () => {
    const document = await rest(stack, 'GET', '/openapi.json', { headers: { origin: 'https://docs.example' } });
    expect(document.status).toBe(200);
    expect(document.body.openapi).toBe('3.1.0');
    expect(document.headers.get('access-control-allow-origin')).toBe('*');
    const cached = await rest(stack, 'GET', '/openapi.json', {
      headers: { 'if-none-match': document.headers.get('etag')! },
    });
    expect(cached.status).toBe(304);
  });
});
