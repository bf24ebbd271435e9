import { issueAccessToken } from '../../lib/auth/access-token';
import { runAs, type StateName } from '../sprints/support';
import {
  createWorkItem,
  dataOf,
  errorOf,
  rawId,
  seedProjectTeam,
  untilAnalyticsCaughtUp,
  useTestStack,
  type ProjectTeam,
} from '../testkit';
import { fakeDateFrom } from '../testkit/fake-date';
import { personOnClock, type PersonOnClock } from './support';

// Flow figures depend on the day: only Date is faked, moving forward as the test says.
fakeDateFrom(new Date('2026-04-06T07:00:00Z'));

const stack = useTestStack();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads arbitrary selections
type Json = any;

const window = { from: '2026-04-06', to: '2026-04-10' };

const figures = `window { from to }
  wip { date count }
  throughput { count workItems(first: 10) { edges { node { id } } } }
  leadTime { count min max }`;
const viewMetricsQuery = `query ($id: ID!, $window: FlowWindowInput) {
  savedView(id: $id) { flowMetrics(window: $window) { ${figures} } }
}`;
const populationMetricsQuery = `query ($population: FlowPopulationInput!, $window: FlowWindowInput) {
  flowMetrics(population: $population, window: $window) { ${figures} }
}`;
const forecastQuery = `query ($input: ForecastCompletionInput!) {
  forecastCompletion(input: $input) {
    remaining { min max } history { from to } runs seed p50 p85 p95 distribution { date runs } warning
    workItems(first: 10) { edges { node { id } } }
  }
}`;
const createViewMutation = `mutation ($input: CreateSavedViewInput!) { createSavedView(input: $input) { savedView { id } } }`;

const idsOf = (point: Json): string[] => point.workItems.edges.map((edge: Json) => edge.node.id).sort();

// Four bugs and three tasks created on Monday 6 April 2026, moved through the default workflow. The
// member's private view holds the bugs; every figure of the view is worked out from the bugs alone.
//   B1 In progress 06, Done 07      lead 2 (06..07)
//   B2 In progress 07, Done 08      lead 3 (06..08)
//   B3 In progress 09               still in progress
//   B4                              still in Backlog
//   T1 In progress 06, Done 07; T2 In progress 07, Done 08; T3 In progress 08, Done 09
describe('flow metrics and forecasts of a saved view', () => {
  let team: ProjectTeam;
  let member: PersonOnClock;
  let viewId = '';
  const ids: Record<string, string> = {};
  const move = (name: string, day: string, hour: number, state: StateName) =>
    member.moveAt(`2026-04-${day}T${String(hour).padStart(2, '0')}:00:00Z`, ids[name]!, state);

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    member = personOnClock(stack, team.member.userId);
    await member.at('2026-04-06T08:00:00Z');
    for (const [name, type] of [
      ['B1', 'BUG'],
      ['B2', 'BUG'],
      ['B3', 'BUG'],
      ['B4', 'BUG'],
      ['T1', 'TASK'],
      ['T2', 'TASK'],
      ['T3', 'TASK'],
    ] as const) {
      ids[name] = (await createWorkItem(stack, member.token, { projectId: team.project.id, type, title: name })).id;
    }
    const view = await runAs(stack, member.token, createViewMutation, {
      input: { projectId: team.project.id, name: 'Bugs', filter: { types: ['BUG'] } },
    });
    viewId = dataOf(view).createSavedView.savedView.id;
    await move('B1', '06', 10, 'In progress');
    await move('T1', '06', 11, 'In progress');
    await move('B1', '07', 10, 'Done');
    await move('T1', '07', 11, 'Done');
    await move('B2', '07', 12, 'In progress');
    await move('T2', '07', 13, 'In progress');
    await move('B2', '08', 10, 'Done');
    await move('T2', '08', 11, 'Done');
    await move('T3', '08', 12, 'In progress');
    await move('B3', '09', 10, 'In progress');
    await move('T3', '09', 11, 'Done');
    await member.at('2026-04-10T18:00:00Z');
    await untilAnalyticsCaughtUp(stack);
  }, 120_000);

  it('measures SavedView.flowMetrics over the view’s items alone', async () => {
    const metrics = dataOf(await runAs(stack, member.token, viewMetricsQuery, { id: viewId, window })).savedView
      .flowMetrics;
    expect(metrics.window).toEqual(window);
    // In progress at the end of each day: 06 B1 | 07 B2 | 08 none | 09 B3 | 10 B3.
    expect(metrics.wip.map((point: Json) => point.count)).toEqual([1, 1, 0, 1, 1]);
    // B1 finished on the 7th, B2 on the 8th; the tasks finished alongside them are not the view's.
    expect(metrics.throughput.map((point: Json) => point.count)).toEqual([0, 1, 1, 0, 0]);
    expect(idsOf(metrics.throughput[1])).toEqual([ids.B1]);
    expect(idsOf(metrics.throughput[2])).toEqual([ids.B2]);
    expect(metrics.leadTime).toEqual({ count: 2, min: 2, max: 3 });
  });

  it('gives the same figures for the population { savedViewId }, and the project’s own differ', async () => {
    const ofView = await runAs(stack, member.token, populationMetricsQuery, {
      population: { savedViewId: viewId },
      window,
    });
    const byView = dataOf(await runAs(stack, member.token, viewMetricsQuery, { id: viewId, window })).savedView
      .flowMetrics;
    expect(dataOf(ofView).flowMetrics).toEqual(byView);
    const ofProject = await runAs(stack, member.token, populationMetricsQuery, {
      population: { projectId: team.project.id },
      window,
    });
    const project = dataOf(ofProject).flowMetrics;
    // 06 B1 T1 | 07 B2 T2 | 08 T3 | 09 B3 | 10 B3, and two finishes on the 7th and 8th, one on the 9th.
    expect(project.wip.map((point: Json) => point.count)).toEqual([2, 2, 1, 1, 1]);
    expect(project.throughput.map((point: Json) => point.count)).toEqual([0, 2, 2, 1, 0]);
  });

  it('forecasts the view’s unfinished items from the view’s own throughput', async () => {
    const simulation = { history: 7, runs: 500, seed: 42 };
    const res = await runAs(stack, member.token, forecastQuery, {
      input: { population: { savedViewId: viewId }, savedViewId: viewId, ...simulation },
    });
    const { workItems, ...forecast } = dataOf(res).forecastCompletion;
    // B3 and B4 remain; the history is the 7 days up to yesterday, the 3rd to the 9th.
    expect(forecast.remaining).toEqual({ min: 2, max: 2 });
    expect(idsOf({ workItems })).toEqual([ids.B3, ids.B4].sort());
    expect(forecast.history).toEqual({ from: '2026-04-03', to: '2026-04-09' });
    expect(forecast.warning).toBeNull();
    expect(forecast.p50).not.toBeNull();
    // The same bugs measured as the project narrowed to BUG, with the same count and seed, give the same dates.
    const narrowed = await runAs(stack, member.token, forecastQuery, {
      input: { population: { projectId: team.project.id, filter: { types: ['BUG'] } }, itemCount: 2, ...simulation },
    });
    const { workItems: _none, ...expected } = dataOf(narrowed).forecastCompletion;
    expect(forecast).toEqual(expected);
  });

  it('answers NOT_FOUND to an outsider, and to a project VIEWER for the member’s private view', async () => {
    for (const user of [team.outsider, team.viewer]) {
      const userToken = (await issueAccessToken(stack.jwtSecret, rawId(user.userId))).token;
      const metrics = await runAs(stack, userToken, populationMetricsQuery, {
        population: { savedViewId: viewId },
        window,
      });
      expect(errorOf(metrics).code).toBe('NOT_FOUND');
      const byView = await runAs(stack, userToken, viewMetricsQuery, { id: viewId, window });
      expect(errorOf(byView).code).toBe('NOT_FOUND');
      // The view as the population, and as what remains (the VIEWER can read the project's own throughput).
      for (const population of [{ savedViewId: viewId }, { projectId: team.project.id }]) {
        const forecast = await runAs(stack, userToken, forecastQuery, {
          input: { population, savedViewId: viewId, runs: 100, seed: 1 },
        });
        expect(errorOf(forecast).code).toBe('NOT_FOUND');
      }
    }
  });
});
