import {
  dataOf,
  errorOf,
  removeProjectMember,
  seedProjectTeam,
  useTestStack,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { runnerAs } from './support';

const stack = useTestStack();
/** The router's origin (`stack.routerUrl` is its /graphql endpoint). */
const origin = () => new URL(stack.routerUrl).origin;

const runAs = runnerAs(stack);

/** A dashboard shared with the team's project, by its member, with one throughput widget. */
async function seedWidget(team: ProjectTeam): Promise<string> {
  const dashboard = dataOf(
    await runAs(
      team.member,
      `mutation ($input: CreateDashboardInput!) { createDashboard(input: $input) { dashboard { id } } }`,
      { input: { organizationId: team.organizationId, name: 'Flow', sharing: 'PROJECT', projectId: team.project.id } },
    ),
  ).createDashboard.dashboard.id as string;
  return dataOf(
    await runAs(
      team.member,
      `mutation ($input: AddDashboardWidgetInput!) { addDashboardWidget(input: $input) { widget { id } } }`,
      {
        input: {
          dashboardId: dashboard,
          title: 'Weekly throughput',
          metric: 'THROUGHPUT',
          population: { projectId: team.project.id },
        },
      },
    ),
  ).addDashboardWidget.widget.id as string;
}

async function chartUrl(user: TestUser, widgetId: string, format: string, expiresInSeconds?: number) {
  return runAs(
    user,
    `query ($id: ID!, $format: ChartFormat!, $expires: Int) {
      node(id: $id) { ... on DashboardWidget { chartUrl(format: $format, expiresInSeconds: $expires) } }
    }`,
    { id: widgetId, format, expires: expiresInSeconds },
  );
}

/** The issued link's path and query, fetched from the test's router. */
async function signedUrl(user: TestUser, widgetId: string, format: string, expiresInSeconds?: number) {
  const url = dataOf(await chartUrl(user, widgetId, format, expiresInSeconds)).node.chartUrl as string;
  const { pathname, search } = new URL(url);
  return `${origin()}${pathname}${search}`;
}

const get = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const fileUrl = (widgetId: string, ext: string) => `${origin()}/charts/widgets/${widgetId}.${ext}`;

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  return body.errors[0]!.message;
}

describe('chart files', () => {
  let team: ProjectTeam;
  let widgetId: string;
  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    widgetId = await seedWidget(team);
  });

  test('serve the SVG to a bearer of an access token, as an accessible, sandboxed inline image', async () => {
    const response = await get(fileUrl(widgetId, 'svg'), team.viewer.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    expect(response.headers.get('content-disposition')).toBe('inline; filename="weekly-throughput.svg"');
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(await response.text()).toContain('role="img"');
  });

  test('serve a PNG and a CSV', async () => {
    const png = await get(fileUrl(widgetId, 'png'), team.member.token);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    const csv = await get(fileUrl(widgetId, 'csv'), team.member.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="weekly-throughput.csv"');
    const [header] = (await csv.text()).split(/\r?\n/);
    expect(header).toMatch(/\w+,\w+/);
  });

  test('refuse a caller without a token or with a bad one (401), and an outsider (404)', async () => {
    await expectError(await get(fileUrl(widgetId, 'svg')), 401, 'UNAUTHENTICATED');
    await expectError(await get(fileUrl(widgetId, 'svg'), 'not-a-token'), 401, 'UNAUTHENTICATED');
    await expectError(await get(fileUrl(widgetId, 'svg'), team.outsider.token), 404, 'NOT_FOUND');
    await expectError(await get(fileUrl('bm90LWEtd2lkZ2V0', 'svg'), team.member.token), 404, 'NOT_FOUND');
    await expectError(await get(fileUrl(widgetId, 'gif'), team.member.token), 404, 'NOT_FOUND');
  });

  test('serve a signed link without a token, uncached', async () => {
    const url = await signedUrl(team.viewer, widgetId, 'SVG');
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('role="img"');
    const csv = await get(await signedUrl(team.viewer, widgetId, 'CSV', 60));
    expect(csv.status).toBe(200);
  });

  test('refuse a signed link whose signature or any bound part is altered, or that has expired', async () => {
    const url = new URL(await signedUrl(team.viewer, widgetId, 'SVG', 60));
    const altered = (change: (copy: URL) => void) => {
      const copy = new URL(url);
      change(copy);
      return get(copy.toString());
    };
    const signature = url.searchParams.get('signature')!;
    const expires = Number(url.searchParams.get('expires'));
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    await expectError(await altered((copy) => copy.searchParams.set('signature', flipped)), 401, 'UNAUTHENTICATED');
    await expectError(await altered((copy) => copy.searchParams.delete('signature')), 401, 'UNAUTHENTICATED');
    await expectError(
      await altered((copy) => copy.searchParams.set('expires', String(expires + 3600))),
      401,
      'UNAUTHENTICATED',
    );
    await expectError(await altered((copy) => copy.searchParams.set('u', team.member.userId)), 401, 'UNAUTHENTICATED');
    await expectError(
      await altered((copy) => (copy.pathname = copy.pathname.replace(/\.svg$/, '.png'))),
      401,
      'UNAUTHENTICATED',
    );
    const otherWidget = await seedWidget(team);
    await expectError(
      await altered((copy) => (copy.pathname = `/charts/widgets/${otherWidget}.svg`)),
      401,
      'UNAUTHENTICATED',
    );
    // The same link once its expiry has passed.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] });
    try {
      jest.setSystemTime((expires + 1) * 1000);
      const expired = await get(url.toString());
      jest.useRealTimers();
      expect(await expectError(expired, 401, 'UNAUTHENTICATED')).toMatch(/expired/);
    } finally {
      jest.useRealTimers();
    }
  });

  test('a link lasts 60 s to 30 days', async () => {
    for (const seconds of [59, 30 * 24 * 3600 + 1]) {
      const error = errorOf(await chartUrl(team.viewer, widgetId, 'PNG', seconds));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresInSeconds' });
    }
  });

  test('a link stops working once its user loses access to the project', async () => {
    const ownTeam = await seedProjectTeam(stack);
    const ownWidget = await seedWidget(ownTeam);
    const url = await signedUrl(ownTeam.viewer, ownWidget, 'SVG');
    expect((await get(url)).status).toBe(200);
    await removeProjectMember(stack, ownTeam.admin.token, ownTeam.project.id, ownTeam.viewer.userId);
    await expectError(await get(url), 404, 'NOT_FOUND');
  });
});
