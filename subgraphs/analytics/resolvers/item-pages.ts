import type { EntityRef } from '../../../lib/entity-ref';
import { toGlobalId, uuidPattern } from '../../../lib/ids';
import { fetchDirection } from '../../../lib/keyset';
import { invalidCursor, parsePage, toConnection, type Connection, type PageArgs } from '../../../lib/relay';
import type { AnalyticsContext } from '../context';
import { itemsDatedIn, itemsInStatesAt } from '../data/drill-down';
import type { DrillDown } from '../mappers';
import { endOf } from '../rules/flow-window';

/** Raw item ids as the work items federation resolves. */
function asItemRefs(connection: Connection<string>): Connection<EntityRef> {
  return {
    ...connection,
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: { id: toGlobalId('WorkItem', edge.node) } })),
  };
}

/** A page of the items behind a data point, in id order; the cursor is the last id seen. */
export async function drillDownPage(
  drill: DrillDown,
  args: PageArgs,
  context: AnalyticsContext,
): Promise<Connection<EntityRef>> {
  const page = parsePage(args);
  const afterId = page.cursor?.[0] ?? null;
  if (afterId !== null && (page.cursor?.length !== 1 || !uuidPattern.test(afterId))) throw invalidCursor(page);
  const direction = fetchDirection(page);
  if ('ids' in drill) {
    const beyond = (id: string) => afterId === null || (direction === 'ASC' ? id > afterId : id < afterId);
    const rest = drill.ids.filter(beyond);
    return asItemRefs(
      toConnection(
        direction === 'ASC' ? rest.slice(0, page.take) : rest.slice(-page.take).reverse(),
        page,
        (id) => [id],
        async () => drill.ids.length,
      ),
    );
  }
  if ('between' in drill) {
    const ids = await itemsDatedIn(context.prisma, drill, { afterId, take: page.take, direction });
    return asItemRefs(
      toConnection(
        ids,
        page,
        (id) => [id],
        async () => drill.count,
      ),
    );
  }
  const end = endOf({ from: drill.day, to: drill.day });
  const rows = await itemsInStatesAt(context.prisma, drill.population, drill.stateIds, end, {
    afterId,
    take: page.take,
    direction,
  });
  return asItemRefs(
    toConnection(
      rows,
      page,
      (id) => [id],
      async () => drill.count,
    ),
  );
}
