import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import {
  dataOf,
  errorOf,
  seedProjectTeam,
  sqlStatementCount,
  untilAnalyticsCaughtUp,
  useTestStack,
  type ProjectTeam,
  type TestUser,
} from '../testkit';
import { runnerAs } from './support';

// The API of the weekly report: subscribing, unsubscribing and `viewerIsSubscribedToReport`. What
// is sent, and to whom, is in weekly-report.test.ts.

const stack = useTestStack();

const runAs = runnerAs(stack);

const ops = {
  subscribe: `mutation ($input: SubscribeToDashboardReportInput!) {
    subscribeToDashboardReport(input: $input) { dashboard { id viewerIsSubscribedToReport version } }
  }`,
  unsubscribe: `mutation ($input: UnsubscribeFromDashboardReportInput!) {
    unsubscribeFromDashboardReport(input: $input) { dashboard { id viewerIsSubscribedToReport version } }
  }`,
  read: `query ($id: ID!) { dashboard(id: $id) { viewerIsSubscribedToReport } }`,
  list: `query ($organizationId: ID!) {
    dashboards(organizationId: $organizationId, first: 20) { edges { node { name viewerIsSubscribedToReport } } }
  }`,
};

async function createDashboard(owner: TestUser, team: ProjectTeam, name = 'Flow'): Promise<string> {
  const res = await runAs(
    owner,
    `mutation ($input: CreateDashboardInput!) { createDashboard(input: $input) { dashboard { id } } }`,
    { input: { organizationId: team.organizationId, name, sharing: 'PROJECT', projectId: team.project.id } },
  );
  return dataOf(res).createDashboard.dashboard.id as string;
}

describe('a dashboard report subscription', () => {
  test('is made by whoever sees the dashboard, once however often they ask, without a new version', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await createDashboard(team.member, team);
    for (let i = 0; i < 2; i += 1) {
      const res = dataOf(await runAs(team.viewer, ops.subscribe, { input: { dashboardId } }));
      expect(res.subscribeToDashboardReport.dashboard).toEqual({
        id: dashboardId,
        viewerIsSubscribedToReport: true,
        version: 1,
      });
    }
    expect(dataOf(await runAs(team.member, ops.read, { id: dashboardId })).dashboard).toEqual({
      viewerIsSubscribedToReport: false,
    });
    expect(dataOf(await runAs(team.viewer, ops.read, { id: dashboardId })).dashboard).toEqual({
      viewerIsSubscribedToReport: true,
    });
  });

  test('ends when they unsubscribe, and unsubscribing again changes nothing', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await createDashboard(team.member, team);
    dataOf(await runAs(team.viewer, ops.subscribe, { input: { dashboardId } }));
    for (let i = 0; i < 2; i += 1) {
      const res = dataOf(await runAs(team.viewer, ops.unsubscribe, { input: { dashboardId } }));
      expect(res.unsubscribeFromDashboardReport.dashboard).toEqual({
        id: dashboardId,
        viewerIsSubscribedToReport: false,
        version: 1,
      });
    }
  });

  test('to a dashboard the person cannot see is NOT_FOUND, as for one that does not exist', async () => {
    const team = await seedProjectTeam(stack);
    const dashboardId = await createDashboard(team.member, team);
    for (const input of [{ dashboardId }, { dashboardId: toGlobalId('Dashboard', randomUUID()) }]) {
      expect(errorOf(await runAs(team.outsider, ops.subscribe, { input }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(errorOf(await runAs(team.outsider, ops.unsubscribe, { input }))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(errorOf(await runAs(team.outsider, ops.read, { id: dashboardId })).code).toBe('NOT_FOUND');
  });

  test('refuses an ID that is not a dashboard, naming input.dashboardId', async () => {
    const team = await seedProjectTeam(stack);
    for (const dashboardId of ['not an id', team.project.id]) {
      expect(errorOf(await runAs(team.member, ops.subscribe, { input: { dashboardId } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.dashboardId',
      });
      expect(errorOf(await runAs(team.member, ops.unsubscribe, { input: { dashboardId } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.dashboardId',
      });
    }
  });

  test('is read for a whole list of dashboards in as many SQL statements as for one', async () => {
    const statementsFor = async (count: number) => {
      const team = await seedProjectTeam(stack);
      for (let i = 0; i < count; i += 1) {
        const dashboardId = await createDashboard(team.member, team, `Flow ${i}`);
        if (i % 2 === 0) dataOf(await runAs(team.viewer, ops.subscribe, { input: { dashboardId } }));
      }
      await untilAnalyticsCaughtUp(stack);
      const before = sqlStatementCount('analytics');
      const edges = dataOf(await runAs(team.viewer, ops.list, { organizationId: team.organizationId })).dashboards
        .edges as { node: { viewerIsSubscribedToReport: boolean } }[];
      const statements = sqlStatementCount('analytics') - before;
      expect(edges.filter((edge) => edge.node.viewerIsSubscribedToReport)).toHaveLength(Math.ceil(count / 2));
      return statements;
    };
    expect(await statementsFor(5)).toBe(await statementsFor(1));
  });
});
