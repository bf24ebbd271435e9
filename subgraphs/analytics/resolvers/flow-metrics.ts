import { badInput } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import type { AnalyticsContext } from '../context';
import type { FlowPopulation } from '../data/populations';
import type { FlowMetricsMapper } from '../mappers';
import { agingWip } from '../metrics/aging';
import { controlChart } from '../metrics/control-chart';
import { createdVsResolved } from '../metrics/created-resolved';
import { groupFlowMetrics, noGroup } from '../metrics/groups';
import { leadCycleTimes } from '../metrics/lead-cycle-times';
import { throughputByDay, throughputByWeek } from '../metrics/throughput';
import { wipFromCumulativeFlow } from '../metrics/wip';
import type { Resolvers } from '../generated/resolvers-types';
import { teamsOfProjects } from '../data/team-projects';
import { drillDownPage } from './item-pages';
import { indexPage } from './index-pages';

const dataOf = (metrics: FlowMetricsMapper, context: AnalyticsContext) =>
  context.loaders.flowData(metrics.population, metrics.window);

async function timesOf(metrics: FlowMetricsMapper, context: AnalyticsContext) {
  return leadCycleTimes(await dataOf(metrics, context).finished(), metrics.window);
}

async function cumulativeFlowOf(metrics: FlowMetricsMapper, context: AnalyticsContext) {
  const days = await dataOf(metrics, context).cumulativeFlow();
  const drill = (population: FlowPopulation, stateIds: string[], day: string, itemIds?: readonly string[]) =>
    itemIds ? { ids: itemIds } : { population, stateIds, day };
  return days.map((day) => ({
    date: day.date,
    states: day.states.map((state) => ({
      stateId: state.stateId,
      category: state.category,
      count: state.count,
      drill: drill(metrics.population, [state.stateId], day.date, state.itemIds),
    })),
  }));
}

export const flowMetricsResolvers: Resolvers = {
  FlowMetrics: {
    window: (metrics) => metrics.window,
    wip: async (metrics, _args, context) => {
      const data = dataOf(metrics, context);
      const [days, classify, states] = await Promise.all([data.cumulativeFlow(), data.classify(), data.states()]);
      const started = states.filter((state) => state.class === 'started').map((state) => state.stateId);
      return wipFromCumulativeFlow(days, classify).map((point) => ({
        date: point.date,
        count: point.count,
        drill: point.itemIds
          ? { ids: point.itemIds }
          : { population: metrics.population, stateIds: started, day: point.date },
      }));
    },
    throughput: async (metrics, args, context) => {
      const finished = await dataOf(metrics, context).finished();
      const points =
        args.interval === 'WEEK'
          ? throughputByWeek(finished, metrics.window)
          : throughputByDay(finished, metrics.window);
      return points.map((point) => ({
        start: point.start,
        end: point.end,
        count: point.count,
        drill: { ids: point.itemIds },
      }));
    },
    leadTime: async (metrics, _args, context) => (await timesOf(metrics, context)).leadTime,
    cycleTime: async (metrics, _args, context) => (await timesOf(metrics, context)).cycleTime,
    aging: async (metrics, _args, context) => {
      const data = dataOf(metrics, context);
      const [inProgress, times] = await Promise.all([data.inProgress(), timesOf(metrics, context)]);
      return agingWip(inProgress, metrics.window, times.cycleTime.p85);
    },
    cumulativeFlow: (metrics, _args, context) => cumulativeFlowOf(metrics, context),
    createdVsResolved: async (metrics, _args, context) => {
      const data = dataOf(metrics, context);
      const [created, finished] = await Promise.all([data.created(), data.finished()]);
      const byId = new Map([...created, ...finished].map((item) => [item.id, item]));
      return createdVsResolved([...byId.values()], metrics.window);
    },
    controlChart: async (metrics, args, context) => {
      const rollingWindow = args.rollingWindow ?? 10;
      if (!Number.isInteger(rollingWindow) || rollingWindow < 1 || rollingWindow > 100) {
        throw badInput('rollingWindow', 'rollingWindow must be between 1 and 100.');
      }
      const points = controlChart(await dataOf(metrics, context).finished(), metrics.window, rollingWindow);
      return indexPage(points, args, { defaultFirst: 500, maxFirst: 1000 });
    },
    groups: async (metrics, args, context) => {
      const data = dataOf(metrics, context);
      const [finished, inProgress] = await Promise.all([data.finished(), data.inProgress()]);
      const teamIdsByProject = new Map<string, string[]>();
      if (args.by === 'TEAM') {
        for (const row of await teamsOfProjects(context.prisma, metrics.population.projectIds)) {
          teamIdsByProject.set(row.projectId, [...(teamIdsByProject.get(row.projectId) ?? []), row.teamId]);
        }
      }
      const items = [...new Map([...finished, ...inProgress].map((item) => [item.id, item])).values()];
      return groupFlowMetrics(items, metrics.window, args.by, { teamIdsByProject }).map((group) => ({
        ...group,
        by: args.by,
      }));
    },
  },
  WipPoint: { workItems: (point, args, context) => drillDownPage(point.drill, args, context) },
  ThroughputPoint: { workItems: (point, args, context) => drillDownPage(point.drill, args, context) },
  DurationBucket: { workItems: (bucket, args, context) => drillDownPage({ ids: bucket.itemIds }, args, context) },
  CumulativeFlowCount: {
    state: (count) => ({ id: toGlobalId('WorkflowState', count.stateId) }),
    workItems: (count, args, context) => drillDownPage(count.drill, args, context),
  },
  CreatedResolvedPoint: {
    createdItems: (point, args, context) => drillDownPage({ ids: point.createdItemIds }, args, context),
    resolvedItems: (point, args, context) => drillDownPage({ ids: point.resolvedItemIds }, args, context),
  },
  AgingWip: {
    items: (aging, args) => indexPage(aging.items, args, { defaultFirst: 20, maxFirst: 100 }),
  },
  AgingItem: {
    workItem: (item) => ({ id: toGlobalId('WorkItem', item.id) }),
    state: (item) => ({ id: toGlobalId('WorkflowState', item.stateId) }),
  },
  ControlChartPoint: { workItem: (point) => ({ id: toGlobalId('WorkItem', point.id) }) },
  FlowGroup: {
    assignee: (group) =>
      group.by === 'ASSIGNEE' && group.key !== noGroup ? { id: toGlobalId('User', group.key) } : null,
    type: (group) => (group.by === 'TYPE' ? (group.key as never) : null),
    label: (group) => (group.by === 'LABEL' && group.key !== noGroup ? { id: toGlobalId('Label', group.key) } : null),
    team: (group) => (group.by === 'TEAM' && group.key !== noGroup ? { teamId: group.key } : null),
    key: (group) => {
      if (group.key === noGroup || group.by === 'TYPE') return group.key;
      const type = { ASSIGNEE: 'User', LABEL: 'Label', TEAM: 'Team' }[group.by];
      return toGlobalId(type, group.key);
    },
  },
};
