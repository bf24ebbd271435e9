import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import { parsePage, toConnection, type PageArgs } from '../../../lib/relay';
import type { AnalyticsContext } from '../context';
import { controlChartPage, finishedCount, type ControlChartCursor } from '../data/control-chart-page';
import { isWholeProjects } from '../data/populations';
import type { FlowMetricsMapper } from '../mappers';

function cursorOf(after: string[] | null): ControlChartCursor | null {
  if (!after) return null;
  const [at, id] = after;
  const finishedAt = new Date(at ?? '');
  if (after.length !== 2 || Number.isNaN(finishedAt.getTime()) || !uuidPattern.test(id ?? '')) {
    throw badInput('after', 'after is not a valid cursor.');
  }
  return { finishedAt, id: id! };
}

/** `FlowMetrics.controlChart`: a page of points in order of finishing; the cursor is the last point's time and id. */
export async function controlChartConnection(
  metrics: FlowMetricsMapper,
  args: PageArgs & { rollingWindow?: number | null },
  context: AnalyticsContext,
) {
  const rollingWindow = args.rollingWindow ?? 10;
  if (!Number.isInteger(rollingWindow) || rollingWindow < 1 || rollingWindow > 100) {
    throw badInput('rollingWindow', 'rollingWindow must be between 1 and 100.');
  }
  const page = parsePage(args, '', { default: 100, max: 100 });
  const points = await controlChartPage(context.prisma, metrics.population, metrics.window, rollingWindow, {
    after: cursorOf(page.after),
    take: page.take,
  });
  const totalCount = async () => {
    if (!isWholeProjects(metrics.population)) return finishedCount(context.prisma, metrics.population, metrics.window);
    const counts = await context.loaders.flowData(metrics.population, metrics.window).counts();
    return [...counts.finishedByDay.values()].reduce((sum, count) => sum + count, 0);
  };
  return toConnection(points, page, (point) => [point.finishedAt.toISOString(), point.id], totalCount);
}
