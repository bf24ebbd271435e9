import type { WorkItemsContext } from '../../context';
import { usesBlocked, withBlockerProjects, type ItemFilter } from '../../rules/item-filter';

/**
 * The filter with its `blocked` conditions counting blockers in the projects of the organization the
 * viewer reads now, as `WorkItem.isBlocked` does: a blocker in a hidden project must not show. Only a
 * filter using `blocked` asks the projects service.
 */
export async function withBlockerScope(
  context: WorkItemsContext,
  filter: ItemFilter,
  projectId: string,
): Promise<ItemFilter> {
  if (!usesBlocked(filter)) return filter;
  const settings = await context.loaders.projectSettings.load(projectId);
  const readable = settings ? await context.loaders.readableProjectIds.load(settings.organizationId) : [];
  return withBlockerProjects(filter, readable);
}
