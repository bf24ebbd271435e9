import { notFound } from '../../../lib/errors';
import { fromGlobalId } from '../../../lib/ids';
import { readableProject } from '../access';
import type { AnalyticsContext } from '../context';
import { isWholeProjects, type FlowPopulation } from '../data/populations';
import { dailyThroughputFromCounts } from '../metrics/flow-counts';
import { openChildren, openItemsAmong, projectOfItem } from '../data/remaining-items';
import { savedViewItemIds } from '../data/saved-view-items';
import { forecastCompletion, forecastThroughput } from '../forecast/monte-carlo';
import type { QueryResolvers, Resolvers } from '../generated/resolvers-types';
import { dailyThroughput } from '../metrics/throughput';
import { resolvePopulation, type FlowPopulationArgs } from '../population-access';
import { parseForecastHorizon, parseItemCount, parseSimulation } from '../rules/forecast-input';
import { addDays, dayOf } from '../metrics/days';
import type { FlowWindow } from '../rules/flow-window';
import { drillDownPage } from './item-pages';

/** A completion forecast gives up on runs still unfinished after this many days. */
const maxCompletionDays = 3653;

/** The population's daily throughput over the `history` days ending yesterday. */
async function throughputHistory(
  context: AnalyticsContext,
  population: FlowPopulation,
  history: number,
  today: string,
) {
  const window: FlowWindow = { from: addDays(today, -history), to: addDays(today, -1) };
  const data = context.loaders.flowData(population, window);
  if (isWholeProjects(population)) return { window, daily: dailyThroughputFromCounts(await data.counts(), window) };
  return { window, daily: dailyThroughput(await data.finished(), window) };
}

async function remainingItems(
  context: AnalyticsContext,
  input: { epicId?: string | null; savedViewId?: string | null },
): Promise<string[]> {
  if (input.epicId) {
    const epicId = fromGlobalId(input.epicId, 'WorkItem', 'input.epicId');
    const projectId = await projectOfItem(context.prisma, epicId);
    if (!projectId) throw notFound('Work item');
    await readableProject(context, projectId).catch(() => {
      throw notFound('Work item');
    });
    return (await openChildren(context.prisma, epicId)).map((child) => child.id);
  }
  const view = await savedViewItemIds(context, fromGlobalId(input.savedViewId!, 'SavedView', 'input.savedViewId'));
  return openItemsAmong(context.prisma, view.itemIds);
}

export const forecastQueries: QueryResolvers = {
  forecastCompletion: async (_parent, { input }, context) => {
    const simulation = parseSimulation(input);
    const counted = parseItemCount(input);
    const population = await resolvePopulation(context, input.population as FlowPopulationArgs, 'input.population');
    const itemIds = counted ? null : await remainingItems(context, input);
    const remaining = counted ?? { min: itemIds!.length, max: itemIds!.length };
    const today = dayOf(new Date());
    const history = await throughputHistory(context, population, simulation.history, today);
    const result = forecastCompletion({
      dailyThroughput: history.daily,
      remaining,
      runs: simulation.runs,
      seed: simulation.seed,
      startDay: today,
      maxDays: maxCompletionDays,
    });
    return {
      ...result,
      remaining,
      history: history.window,
      runs: simulation.runs,
      seed: simulation.seed,
      itemIds: itemIds ?? [],
    };
  },
  forecastThroughput: async (_parent, { input }, context) => {
    const simulation = parseSimulation(input);
    const today = dayOf(new Date());
    const { until, days } = parseForecastHorizon(input, today);
    const population = await resolvePopulation(context, input.population as FlowPopulationArgs, 'input.population');
    const history = await throughputHistory(context, population, simulation.history, today);
    const result = forecastThroughput({
      dailyThroughput: history.daily,
      days,
      runs: simulation.runs,
      seed: simulation.seed,
    });
    return { ...result, until, history: history.window, runs: simulation.runs, seed: simulation.seed };
  },
};

export const forecastResolvers: Resolvers = {
  CompletionForecast: {
    workItems: (forecast, args, context) => drillDownPage({ ids: forecast.itemIds }, args, context),
  },
};
