import { Readable } from 'node:stream';
import { request } from 'undici';
import { createWorkItem, dataOf, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';
import { attachmentsOf, pngOf, setFileLimits } from './support';

const stack = useTestStack();

interface ErrorBody {
  code: string;
  [detail: string]: unknown;
}

function post(
  key: string,
  options: { token?: string; csrf?: boolean; form?: FormData; body?: string; contentType?: string },
) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.csrf !== false) headers['x-workgraph-token'] = 'no-check';
  if (options.contentType) headers['content-type'] = options.contentType;
  return fetch(`${stack.routerUrl.replace(/\/graphql$/, '')}/api/v1/work-items/${key}/attachments`, {
    method: 'POST',
    headers,
    body: options.form ?? options.body,
  });
}

function formWith(bytes: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [field, value] of Object.entries(fields)) form.append(field, value);
  form.append('file', new Blob([bytes], { type: 'image/png' }), name);
  return form;
}

describe('POST /api/v1/work-items/{key}/attachments', () => {
  let team: ProjectTeam;
  let item: { id: string; key: string };
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
  }, 60_000);

  it('attaches a file sent as multipart by a script with a bearer token and the CSRF header', async () => {
    const bytes = await pngOf(10, 10);
    const response = await post(item.key, {
      token: team.member.token,
      form: formWith(bytes, 'shot.png', { altText: 'A screenshot' }),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { file: { id: string } };
    expect(body.file).toMatchObject({
      name: 'shot.png',
      contentType: 'image/png',
      byteSize: bytes.length,
      versionCount: 1,
    });
    const listed = dataOf(await attachmentsOf(stack, team.viewer.token, item.id, 'id altText'));
    expect(listed.workItem.attachments.edges).toContainEqual({ node: { id: body.file.id, altText: 'A screenshot' } });
  });

  it('refuses a request without the CSRF header, without a token, or from a project viewer', async () => {
    const form = () => formWith(Buffer.from('hello'), 'a.txt');
    const noCsrf = await post(item.key, { token: team.member.token, csrf: false, form: form() });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await noCsrf.json()) as ErrorBody).code).toBe('FORBIDDEN');
    const noToken = await post(item.key, { form: form() });
    expect(noToken.status).toBe(401);
    await noToken.arrayBuffer();
    const asViewer = await post(item.key, { token: team.viewer.token, form: form() });
    expect(asViewer.status).toBe(403);
    await asViewer.arrayBuffer();
  });

  it('answers 404 for an item the caller cannot see, and 415 for a body that is not multipart', async () => {
    const unknown = await post(`${team.project.key}-99999`, {
      token: team.member.token,
      form: formWith(Buffer.from('x'), 'x.txt'),
    });
    expect(unknown.status).toBe(404);
    await unknown.arrayBuffer();
    const hidden = await post(item.key, { token: team.outsider.token, form: formWith(Buffer.from('x'), 'x.txt') });
    expect(hidden.status).toBe(404);
    await hidden.arrayBuffer();
    const json = await post(item.key, { token: team.member.token, body: '{}', contentType: 'application/json' });
    expect(json.status).toBe(415);
    await json.arrayBuffer();
  });

  it('stops reading at the first byte past the size limit and answers 413, storing nothing', async () => {
    dataOf(await setFileLimits(stack, team.admin.token, { organizationId: team.organizationId, maxFileBytes: 2048 }));
    const response = await post(item.key, {
      token: team.member.token,
      form: formWith(Buffer.alloc(200_000, 7), 'big.bin'),
    });
    expect(response.status).toBe(413);
    expect((await response.json()) as ErrorBody).toMatchObject({ status: 413, code: 'BAD_REQUEST', limit: 2048 });
    // A chunked body without a declared length is cut off while it streams, too.
    const streamed = await request(
      `${stack.routerUrl.replace(/\/graphql$/, '')}/api/v1/work-items/${item.key}/attachments`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${team.member.token}`,
          'x-workgraph-token': 'no-check',
          'content-type': 'multipart/form-data; boundary=XYZ',
        },
        body: Readable.from(
          (function* () {
            yield Buffer.from(
              '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n',
            );
            for (let i = 0; i < 50; i++) yield Buffer.alloc(1024, 1);
            yield Buffer.from('\r\n--XYZ--\r\n');
          })(),
        ),
      },
    ).catch((error: unknown) => ({ statusCode: 0, error }));
    if ('body' in streamed) {
      expect(streamed.statusCode).toBe(413);
      await streamed.body.arrayBuffer().catch(() => undefined);
    }
    const listed = dataOf(await attachmentsOf(stack, team.member.token, item.id, 'name'));
    expect(listed.workItem.attachments.edges.map((edge: { node: { name: string } }) => edge.node.name)).not.toContain(
      'big.bin',
    );
  });

  it('grants browsers a preflight for sending upload bytes, and none for the REST upload', async () => {
    const origin = stack.routerUrl.replace(/\/graphql$/, '');
    const preflight = (path: string, method: string) =>
      fetch(`${origin}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': method },
      });
    const upload = await preflight('/files/upload/some-token', 'PUT');
    expect(upload.status).toBe(204);
    expect(upload.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(upload.headers.get('access-control-allow-origin')).toBe('*');
    const rest = await preflight(`/api/v1/work-items/${item.key}/attachments`, 'POST');
    expect(rest.headers.get('access-control-allow-origin')).toBeNull();
    expect(rest.status).toBe(405);
    await rest.arrayBuffer();
  });
});
