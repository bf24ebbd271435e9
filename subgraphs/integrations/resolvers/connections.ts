import { parsePage, toConnection, type Connection, type PageArgs } from '../../../lib/relay';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import type { IntegrationsContext } from '../context';
import { pageRequestFor, type PagedList } from '../data/pages';
import type { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '../generated/prisma/client';

/**
 * What someone who may not see a list gets: no rows. Its page arguments are checked all the same,
 * so an oversized `first` is refused whoever asks, not only when there is something to show.
 */
export const emptyConnection = <T>(args: PageArgs): Connection<T> => {
  parsePage(args);
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: async () => 0,
  };
};

/** A page of a parent's list through the request's batched loaders: no query per parent. */
async function pagedConnection<T extends { id: string }>(
  context: IntegrationsContext,
  list: PagedList,
  loader: { load(request: ReturnType<typeof pageRequestFor>): Promise<T[]> },
  parentId: string,
  args: PageArgs,
  timeOf: (row: T) => Date,
): Promise<Connection<T>> {
  const page = parsePage(args);
  const rows = await loader.load(pageRequestFor(parentId, page, list.newestFirst));
  return toConnection(
    rows,
    page,
    (row) => timeIdCursorOf(timeOf(row), row.id),
    () => context.loaders.counts(list).load(parentId),
  );
}

export function endpointsUnder(
  context: IntegrationsContext,
  parent: 'organization_id' | 'project_id',
  parentId: string,
  args: PageArgs,
): Promise<Connection<WebhookEndpoint>> {
  const list: PagedList = { table: 'webhook_endpoint', parent, time: 'created_at', newestFirst: false };
  return pagedConnection(context, list, context.loaders.endpointPages(list), parentId, args, (row) => row.createdAt);
}

export function deliveriesOf(
  context: IntegrationsContext,
  endpointId: string,
  status: string | null,
  args: PageArgs,
): Promise<Connection<WebhookDelivery>> {
  const list: PagedList = {
    table: 'webhook_delivery',
    parent: 'endpoint_id',
    time: 'created_at',
    newestFirst: true,
    status,
  };
  return pagedConnection(context, list, context.loaders.deliveryPages(list), endpointId, args, (row) => row.createdAt);
}

export function attemptsOf(
  context: IntegrationsContext,
  deliveryId: string,
  args: PageArgs,
): Promise<Connection<WebhookAttempt>> {
  const list: PagedList = { table: 'webhook_attempt', parent: 'delivery_id', time: 'started_at', newestFirst: false };
  return pagedConnection(context, list, context.loaders.attemptPages(list), deliveryId, args, (row) => row.startedAt);
}
