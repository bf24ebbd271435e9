import type { EntityRef } from '../../../lib/entity-ref';
import { badInput } from '../../../lib/errors';
import { toGlobalId, uuidPattern } from '../../../lib/ids';
import { parsePage, toConnection, type Connection, type PageArgs } from '../../../lib/relay';
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
  const afterId = page.after?.[0] ?? null;
  if (afterId !== null && !uuidPattern.test(afterId)) throw badInput('after', 'after is not a valid cursor.');
  if ('ids' in drill) {
    const rest = afterId === null ? drill.ids : drill.ids.filter((id) => id > afterId);
    return asItemRefs(
      toConnection(
        rest.slice(0, page.take),
        page,
        (id) => [id],
        async () => drill.ids.length,
      ),
    );
  }
  if ('between' in drill) {
    const ids = await itemsDatedIn(context.prisma, drill, { afterId, take: page.take });
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
