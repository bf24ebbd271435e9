import { userRef } from '../../../../lib/entity-ref';
import type { SprintsContext } from '../../context';
import type { Sprint } from '../../generated/prisma/client';
import type { Resolvers } from '../../generated/resolvers-types';
import { capacityOf, isOvercommitted } from '../../metrics/capacity';
import {
  committedItemCountOf,
  committedPointsOf,
  completedItemCountOf,
  completedPointsOf,
  remainingPointsOf,
} from './current-figures';

async function capacityOfSprint(sprint: Sprint, context: SprintsContext) {
  return capacityOf(sprint, await context.loaders.sprintCapacities.load(sprint.id));
}

export const sprintFigureResolvers: Resolvers = {
  Sprint: {
    committedPoints: (sprint, _args, context) => committedPointsOf(sprint, context),
    committedItemCount: (sprint, _args, context) => committedItemCountOf(sprint, context),
    completedPoints: (sprint, _args, context) => completedPointsOf(sprint, context),
    completedItemCount: (sprint, _args, context) => completedItemCountOf(sprint, context),
    remainingPoints: (sprint, _args, context) => remainingPointsOf(sprint, context),
    capacity: (sprint, _args, context) => capacityOfSprint(sprint, context),
    overcommitted: async (sprint, _args, context) => {
      const [committed, capacity] = await Promise.all([
        committedPointsOf(sprint, context),
        capacityOfSprint(sprint, context),
      ]);
      return isOvercommitted(committed, capacity.points);
    },
  },
  MemberCapacity: {
    user: (member) => userRef(member.userId),
  },
};
