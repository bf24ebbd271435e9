import { badInput } from '../../../lib/errors';
import { fetchDirection } from '../../../lib/keyset';
import { parsePage, toConnection, type PageArgs } from '../../../lib/relay';
import { decodeTimeIdCursor, timeIdCursorOf } from '../../../lib/time-id-cursor';
import type { AnalyticsContext } from '../context';
import { controlChartPage, finishedCount } from '../data/control-chart-page';
import { isWholeProjects } from '../data/populations';
import type { FlowMetricsMapper } from '../mappers';

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
    after: decodeTimeIdCursor(page),
    take: page.take,
    direction: fetchDirection(page),
  });
  const totalCount = async () => {
    if (!isWholeProjects(metrics.population)) return finishedCount(context.prisma, metrics.population, metrics.window);
    const counts = await context.loaders.flowData(metrics.population, metrics.window).counts();
    return [...counts.finishedByDay.values()].reduce((sum, count) => sum + count, 0);
  };
  return toConnection(points, page, (point) => timeIdCursorOf(point.finishedAt, point.id), totalCount);
}
