import { badInput } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { readableProject } from '../../access';
import type { SprintsContext } from '../../context';
import { isEpicOfProject, lastCompletedSprints, remainingPointsUnder } from '../../data/metric-reads';
import type { Resolvers } from '../../generated/resolvers-types';
import { forecastAt } from '../../metrics/forecast';
import { withoutNoise } from '../../metrics/points';
import { velocityStats } from '../../metrics/velocity';

export const maxLastSprints = 50;
export const maxPercentiles = 10;

function sprintCount(value: number | null | undefined, fallback: number): number {
  const count = value ?? fallback;
  if (!Number.isInteger(count) || count < 1 || count > maxLastSprints) {
    throw badInput('lastSprints', `lastSprints must be between 1 and ${maxLastSprints}.`);
  }
  return count;
}

function percentilesOf(value: readonly number[] | null | undefined): number[] {
  const percentiles = value ?? [50, 85];
  if (percentiles.length > maxPercentiles) throw badInput('percentiles', `Give at most ${maxPercentiles} percentiles.`);
  if (percentiles.some((p) => p < 1 || p > 99))
    throw badInput('percentiles', 'Each percentile must be between 1 and 99.');
  return [...percentiles];
}

async function remainingPointsOf(
  context: SprintsContext,
  projectId: string,
  args: { remainingPoints?: number | null; epicId?: string | null },
): Promise<number> {
  const hasPoints = args.remainingPoints !== null && args.remainingPoints !== undefined;
  const hasEpic = args.epicId !== null && args.epicId !== undefined;
  if (hasPoints === hasEpic) {
    throw badInput(hasPoints ? 'epicId' : 'remainingPoints', 'Give exactly one of remainingPoints and epicId.');
  }
  if (hasPoints) {
    if (args.remainingPoints! < 0) throw badInput('remainingPoints', 'remainingPoints cannot be negative.');
    return args.remainingPoints!;
  }
  const epicId = fromGlobalId(args.epicId!, 'WorkItem', 'epicId');
  if (!(await isEpicOfProject(context.prisma, projectId, epicId))) {
    throw badInput('epicId', 'epicId is not an epic of this project.');
  }
  return withoutNoise(await remainingPointsUnder(context.prisma, epicId));
}

export const projectMetricResolvers: Resolvers = {
  Project: {
    velocity: async (project, args, context) => {
      await readableProject(context, project.projectId);
      const sprints = await lastCompletedSprints(context.prisma, project.projectId, sprintCount(args.lastSprints, 5));
      return {
        sprints: sprints.map((sprint) => ({
          sprint,
          committedPoints: sprint.committedPoints ?? 0,
          completedPoints: sprint.completedPoints ?? 0,
        })),
        ...velocityStats(sprints.map((sprint) => sprint.completedPoints ?? 0)),
      };
    },
    forecast: async (project, args, context) => {
      await readableProject(context, project.projectId);
      const take = sprintCount(args.lastSprints, 10);
      const percentiles = percentilesOf(args.percentiles);
      const remainingPoints = await remainingPointsOf(context, project.projectId, args);
      const velocities = (await lastCompletedSprints(context.prisma, project.projectId, take)).map(
        (sprint) => sprint.completedPoints ?? 0,
      );
      return {
        remainingPoints,
        sampleSize: velocities.length,
        percentiles: percentiles.map((percentile) => forecastAt(remainingPoints, velocities, percentile)),
      };
    },
  },
};
