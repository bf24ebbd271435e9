import { CalendarDate, DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { dashboardResolvers } from './dashboards';
import { entityResolvers } from './entities';
import { flowMetricsResolvers } from './flow-metrics';
import { forecastQueries, forecastResolvers } from './forecasts';
import { mutationResolvers } from './mutations';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  ...mergeResolvers(entityResolvers, dashboardResolvers, flowMetricsResolvers, forecastResolvers, mutationResolvers, {
    Query: { ...queryResolvers, ...forecastQueries },
  }),
  DateTime,
  Date: CalendarDate,
};
