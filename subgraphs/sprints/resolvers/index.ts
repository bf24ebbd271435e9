import { CalendarDate, DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { metricResolvers } from './metrics';
import { mutationResolvers } from './mutations';
import { projectResolvers } from './project';
import { sprintResolvers } from './sprint';
import { workItemResolvers } from './work-item';

export const resolvers: Resolvers = {
  ...mergeResolvers(sprintResolvers, projectResolvers, workItemResolvers, mutationResolvers, metricResolvers),
  DateTime,
  Date: CalendarDate,
};
