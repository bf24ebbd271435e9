import { badInput, notFound } from '../../../lib/errors';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { viewerIdOf, type AnalyticsContext } from '../context';

/** A saved view measures at most this many items: past it, a narrower view is asked for. */
export const maxSavedViewItems = 20_000;

export const savedViewItemIdsQuery = `query($id: ID!, $limit: Int!) {
  savedViewItemIds(id: $id, limit: $limit) { projectId workItemIds truncated }
}`;

interface Answer {
  savedViewItemIds: { projectId: string; workItemIds: string[]; truncated: boolean } | null;
}

/**
 * The items a saved view matches now, asked of work-items as the viewer (so its visibility rules
 * apply); NOT_FOUND when the view does not exist or is not the viewer's to see.
 */
export async function savedViewItemIds(
  context: AnalyticsContext,
  savedViewId: string,
): Promise<{ projectId: string; itemIds: string[] }> {
  const { data } = await context.workItemsClient.queryAsViewer<Answer>(
    { userId: viewerIdOf(context) },
    savedViewItemIdsQuery,
    { id: toGlobalId('SavedView', savedViewId), limit: maxSavedViewItems },
  );
  const view = data?.savedViewItemIds;
  const projectId = view && decodeGlobalId(view.projectId)?.id;
  if (!view || !projectId) throw notFound('Saved view');
  if (view.truncated) {
    throw badInput('savedViewId', `The view matches more than ${maxSavedViewItems} items: narrow it to measure it.`);
  }
  return { projectId, itemIds: view.workItemIds.map((id) => decodeGlobalId(id)?.id ?? id) };
}
