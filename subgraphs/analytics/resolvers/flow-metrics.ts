import { toGlobalId } from '../../../lib/ids';
import type { AnalyticsContext } from '../context';
import { chartToCsv } from '../charts/csv';
import { renderChart } from '../charts/render-chart';
import type { FlowMetricsMapper } from '../mappers';
import { noGroup } from '../metrics/groups';
import {
  agingOf,
  createdResolvedOf,
  cumulativeFlowOf,
  throughputOf,
  timesOf,
  wipOf,
  groupsOf,
} from '../reports/flow-results';
import { metricChart } from '../reports/metric-chart';
import type { Resolvers } from '../generated/resolvers-types';
import { teamsOfProjects } from '../data/team-projects';
import { controlChartConnection } from './control-chart';
import { drillDownPage } from './item-pages';
import { indexPage } from './index-pages';

const dataOf = (metrics: FlowMetricsMapper, context: AnalyticsContext) =>
  context.loaders.flowData(metrics.population, metrics.window);

export const flowMetricsResolvers: Resolvers = {
  FlowMetrics: {
    window: (metrics) => metrics.window,
    wip: (metrics, _args, context) => wipOf(dataOf(metrics, context)),
    throughput: (metrics, args, context) => throughputOf(dataOf(metrics, context), args.interval ?? 'DAY'),
    leadTime: async (metrics, _args, context) => (await timesOf(dataOf(metrics, context))).leadTime,
    cycleTime: async (metrics, _args, context) => (await timesOf(dataOf(metrics, context))).cycleTime,
    aging: (metrics, _args, context) => agingOf(dataOf(metrics, context)),
    cumulativeFlow: (metrics, _args, context) => cumulativeFlowOf(dataOf(metrics, context)),
    createdVsResolved: (metrics, _args, context) => createdResolvedOf(dataOf(metrics, context)),
    controlChart: (metrics, args, context) => controlChartConnection(metrics, args, context),
    groups: (metrics, args, context) =>
      groupsOf(dataOf(metrics, context), args.by, async () => {
        const teams = new Map<string, string[]>();
        for (const row of await teamsOfProjects(context.prisma, metrics.population.projectIds)) {
          teams.set(row.projectId, [...(teams.get(row.projectId) ?? []), row.teamId]);
        }
        return teams;
      }),
    csv: async (metrics, args, context) => chartToCsv((await metricChart(args.metric, dataOf(metrics, context))).table),
    chart: async (metrics, args, context) =>
      renderChart(context.charts, await metricChart(args.metric, dataOf(metrics, context))),
  },
  WipPoint: { workItems: (point, args, context) => drillDownPage(point.drill, args, context) },
  ThroughputPoint: { workItems: (point, args, context) => drillDownPage(point.drill, args, context) },
  DurationBucket: { workItems: (bucket, args, context) => drillDownPage(bucket.drill, args, context) },
  CumulativeFlowCount: {
    state: (count) => ({ id: toGlobalId('WorkflowState', count.stateId) }),
    workItems: (count, args, context) => drillDownPage(count.drill, args, context),
  },
  CreatedResolvedPoint: {
    createdItems: (point, args, context) => drillDownPage(point.createdDrill, args, context),
    resolvedItems: (point, args, context) => drillDownPage(point.resolvedDrill, args, context),
  },
  AgingWip: {
    items: (aging, args) => indexPage(aging.items, args, { default: 20, max: 100 }),
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
