import { CalendarDate, DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { entityResolvers } from './entities';
import { flowMetricsResolvers } from './flow-metrics';
import { forecastQueries, forecastResolvers } from './forecasts';
import { setProjectFlowSettings } from './mutations/set-project-flow-settings';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  ...mergeResolvers(entityResolvers, flowMetricsResolvers, forecastResolvers, {
    Query: { ...queryResolvers, ...forecastQueries },
    Mutation: { setProjectFlowSettings },
  }),
  DateTime,
  Date: CalendarDate,
};
