import { createWorkItem, querySql, rawId, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import { linksOf, problemOf, rest } from './support';

const stack = useTestStack();

describe('REST over HTTP: ETags, idempotency keys, pages and problems', () => {
  let team: ProjectTeam;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
  }, 60_000);

  it('tags a GET with a strong ETag and answers 304 without a body while it is current', async () => {
    const path = `/projects/${team.project.id}`;
    const first = await rest(stack, 'GET', path, { token: team.viewer.token });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await rest(stack, 'GET', path, { token: team.viewer.token, headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers.get('etag')).toBe(etag);
    await rest(stack, 'PATCH', path, { token: team.admin.token, body: { description: 'Changed' } });
    const changed = await rest(stack, 'GET', path, { token: team.viewer.token, headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('runs a POST once per Idempotency-Key: a retry replays the first answer, creating nothing more', async () => {
    const path = `/projects/${team.project.id}/work-items`;
    const headers = { 'idempotency-key': `create-${Date.now()}` };
    const first = await rest(stack, 'POST', path, { token: team.member.token, headers, body: { title: 'Once' } });
    expect(first.status).toBe(201);
    const retry = await rest(stack, 'POST', path, { token: team.member.token, headers, body: { title: 'Once' } });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    const rows = await querySql<{ count: string }>(
      stack,
      `SELECT count(*) FROM work_items.work_item WHERE project_id = $1 AND title = 'Once'`,
      [rawId(team.project.id)],
    );
    expect(rows[0]!.count).toBe('1');
    // Keys are the caller's own: another person with the same key runs their own request.
    const other = await rest(stack, 'POST', path, { token: team.admin.token, headers, body: { title: 'Once' } });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('refuses a key reused with another body (422) and never runs a duplicate sent while the first runs', async () => {
    const path = `/projects/${team.project.id}/work-items`;
    const key = `reuse-${Date.now()}`;
    await rest(stack, 'POST', path, {
      token: team.member.token,
      headers: { 'idempotency-key': key },
      body: { title: 'A' },
    });
    const reused = await rest(stack, 'POST', path, {
      token: team.member.token,
      headers: { 'idempotency-key': key },
      body: { title: 'B' },
    });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      ...problemOf(422, 'BAD_USER_INPUT'),
      errors: [{ in: 'header', field: 'Idempotency-Key', message: expect.any(String) }],
    });
    const concurrentKey = `concurrent-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        rest(stack, 'POST', path, {
          token: team.member.token,
          headers: { 'idempotency-key': concurrentKey },
          body: { title: 'Concurrent' },
        }),
      ),
    );
    // Whether a duplicate arrives while the first runs (409) or after it (a replay) depends on the
    // scheduler; the promise is the same either way: the item is created once. The in-flight answer
    // itself is tested without timing in the stores' unit tests.
    const ran = answers.filter((answer) => answer.status === 201 && !answer.headers.get('idempotent-replayed'));
    expect(ran).toHaveLength(1);
    for (const answer of answers.filter((one) => one !== ran[0])) {
      if (answer.status === 409) expect(answer.body).toMatchObject(problemOf(409, 'CONFLICT'));
      else expect({ status: answer.status, id: answer.body.id }).toEqual({ status: 201, id: ran[0]!.body.id });
    }
    const malformed = await rest(stack, 'POST', path, {
      token: team.member.token,
      headers: { 'idempotency-key': 'ünïcode' },
      body: { title: 'x' },
    });
    expect(malformed.status).toBe(400);
  });

  it('pages through a list with Link headers to the first, previous, next and last pages, either way', async () => {
    const own = await seedProjectTeam(stack);
    for (let i = 1; i <= 5; i++)
      await createWorkItem(stack, own.member.token, { projectId: own.project.id, title: `Item ${i}` });
    const seen: string[] = [];
    let response = await rest(stack, 'GET', `/projects/${own.project.id}/work-items?limit=2`, {
      token: own.viewer.token,
    });
    const pages = [response];
    expect(linksOf(response)).toEqual({
      next: expect.stringContaining('cursor='),
      last: expect.stringContaining('cursor='),
    });
    while (linksOf(response).next) {
      seen.push(...response.body.items.map((item: { title: string }) => item.title));
      response = await rest(stack, 'GET', linksOf(response).next!, { token: own.viewer.token });
      pages.push(response);
    }
    seen.push(...response.body.items.map((item: { title: string }) => item.title));
    expect(pages).toHaveLength(3);
    expect([...seen].sort()).toEqual(['Item 1', 'Item 2', 'Item 3', 'Item 4', 'Item 5']);
    expect(pages.map((page) => page.body.totalCount)).toEqual([5, 5, 5]);
    const last = linksOf(pages[2]!);
    expect(Object.keys(last).sort()).toEqual(['first', 'prev']);
    expect(last.first).toBe(`/api/v1/projects/${own.project.id}/work-items?limit=2`);
    const back = await rest(stack, 'GET', last.prev!, { token: own.viewer.token });
    expect(back.body.items).toEqual(pages[1]!.body.items);
    const toFirst = await rest(stack, 'GET', linksOf(back).prev!, { token: own.viewer.token });
    expect(toFirst.body.items).toEqual(pages[0]!.body.items);
    expect(Object.keys(linksOf(toFirst)).sort()).toEqual(['first', 'last', 'next']);

    // From the end: the last page holds the list's last two items, and prev walks back to its start.
    let fromEnd = await rest(stack, 'GET', linksOf(pages[0]!).last!, { token: own.viewer.token });
    const titles = (page: typeof fromEnd): string[] => page.body.items.map((item: { title: string }) => item.title);
    expect(titles(fromEnd)).toEqual(seen.slice(-2));
    expect(Object.keys(linksOf(fromEnd)).sort()).toEqual(['first', 'prev']);
    const backward = titles(fromEnd);
    while (linksOf(fromEnd).prev) {
      fromEnd = await rest(stack, 'GET', linksOf(fromEnd).prev!, { token: own.viewer.token });
      backward.unshift(...titles(fromEnd));
    }
    expect(backward).toEqual(seen);
    const forged = await rest(stack, 'GET', `/projects/${own.project.id}/work-items?cursor=nope`, {
      token: own.viewer.token,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([{ in: 'query', field: 'cursor', message: expect.any(String) }]);
  });

  it('answers a missing or invalid token with a 401 problem and WWW-Authenticate', async () => {
    const anonymous = await rest(stack, 'GET', `/projects/${team.project.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.body).toEqual(problemOf(401, 'UNAUTHENTICATED'));
    const invalid = await rest(stack, 'GET', `/projects/${team.project.id}`, { token: 'not-a-token' });
    expect(invalid.status).toBe(401);
    expect(invalid.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('answers an unknown route with 404 and a wrong method with 405 and Allow, as problems', async () => {
    const unknown = await rest(stack, 'GET', '/nothing-here', { token: team.member.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(problemOf(404, 'NOT_FOUND'));
    const wrong = await rest(stack, 'PUT', `/projects/${team.project.id}`, { token: team.member.token });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE');
    expect(wrong.body).toEqual(problemOf(405, 'BAD_REQUEST'));
    const attachments = await rest(stack, 'PUT', `/work-items/${team.project.key}-1/attachments`, {
      token: team.member.token,
    });
    expect(attachments.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('counts every call against the caller’s rate limit with the same headers as /graphql, and sends no CORS headers', async () => {
    const response = await rest(stack, 'GET', `/projects/${team.project.id}`, {
      token: team.member.token,
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(Number(response.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
    expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(0);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never shows stack traces, SQL or internal addresses in a problem', async () => {
    const answers = await Promise.all([
      rest(stack, 'GET', `/projects/${team.project.id}/work-items?limit=abc`, { token: team.member.token }),
      rest(stack, 'POST', `/projects/${team.project.id}/work-items`, {
        token: team.member.token,
        body: { title: 'x'.repeat(100_000) },
      }),
      rest(stack, 'GET', `/sprints/${team.project.id}`, { token: team.member.token }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|localhost|SELECT|\.ts:\d+|at .*\(/);
    }
  });
});
