import type { QueryResolvers } from '../generated/resolvers-types';
import { resolvePopulation } from '../population-access';
import { parseFlowWindow } from '../rules/flow-window';

export const queryResolvers: QueryResolvers = {
  flowMetrics: async (_parent, args, context) => ({
    population: await resolvePopulation(context, args.population, 'population'),
    window: parseFlowWindow(args.window, new Date()),
  }),
};
