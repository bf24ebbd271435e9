import { viewerIdOf, type SprintsContext } from '../../context';
import type { SprintsTx } from '../../db';
import type { Actor } from '../../data/sprint-writes';
import { withFreshMembers, type FreshMembers } from '../../data/with-fresh-members';
import { forgetAfterWrite } from '../../loaders';

/**
 * Runs a data operation in one transaction as the viewer, now; afterwards the request's loaders
 * forget what they cached, so the payload reads the write.
 */
export async function writeAsViewer<T>(
  context: SprintsContext,
  operation: (tx: SprintsTx, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = { actorId: viewerIdOf(context), at: new Date() };
  const result = await context.prisma.$transaction((tx) => operation(tx, actor));
  forgetAfterWrite(context.loaders);
  return result;
}

/** As writeAsViewer, for an operation that records figures of the sprint's items: see `withFreshMembers`. */
export async function recordAsViewer<T>(
  context: SprintsContext,
  sprintId: string,
  operation: (tx: SprintsTx, actor: Actor, freshMembers: FreshMembers) => Promise<T>,
): Promise<T> {
  const actorId = viewerIdOf(context);
  const result = await withFreshMembers(context, sprintId, (tx, freshMembers, at) =>
    operation(tx, { actorId, at }, freshMembers),
  );
  forgetAfterWrite(context.loaders);
  return result;
}
