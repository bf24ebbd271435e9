import { CalendarDate, DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { entityResolvers } from './entities';
import { setProjectFlowSettings } from './mutations/set-project-flow-settings';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  ...mergeResolvers(entityResolvers, { Query: queryResolvers, Mutation: { setProjectFlowSettings } }),
  DateTime,
  Date: CalendarDate,
};
