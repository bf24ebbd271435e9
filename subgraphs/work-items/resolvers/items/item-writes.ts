import { notFound } from '../../../../lib/errors';
import { type WorkItemsContext } from '../../context';
import type { WorkItem } from '../../generated/prisma/client';
import { forgetAfterWrite } from '../../loaders';

/** The item as the write left it, for the payload: the request's cached reads start over first. */
export async function itemOf(context: WorkItemsContext, id: string): Promise<WorkItem> {
  forgetAfterWrite(context.loaders);
  const item = await context.loaders.workItemById.load(id);
  if (!item) throw notFound('Work item');
  return item;
}
