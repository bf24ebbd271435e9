import { mergeResolvers } from '../../../../lib/server/merge-resolvers';
import type { Resolvers } from '../../generated/resolvers-types';
import { projectMetricResolvers } from './project-metrics';
import { sprintFigureResolvers } from './sprint-figures';
import { sprintHistoryResolvers } from './sprint-history';

export const metricResolvers: Resolvers = mergeResolvers(
  sprintFigureResolvers,
  sprintHistoryResolvers,
  projectMetricResolvers,
);
