import DataLoader from 'dataloader';
import { byId } from '../../../lib/loader-results';
import type { WorkItemsPrisma } from '../db';

const rowsById = <Row extends { id: string }>(find: (ids: string[]) => Promise<Row[]>) =>
  new DataLoader<string, Row | null>(async (ids) => byId(ids, await find([...ids])));

/** Objects by their own ID, for references from other subgraphs and `node(id)`: one statement per type per batch. */
export function byIdLoaders(prisma: WorkItemsPrisma) {
  return {
    commentById: rowsById((ids) => prisma.comment.findMany({ where: { id: { in: ids } } })),
    releaseById: rowsById((ids) => prisma.release.findMany({ where: { id: { in: ids } } })),
    worklogById: rowsById((ids) => prisma.worklog.findMany({ where: { id: { in: ids } } })),
    historyEntryById: rowsById((ids) => prisma.historyEntry.findMany({ where: { id: { in: ids } } })),
    labelById: rowsById((ids) => prisma.label.findMany({ where: { id: { in: ids } } })),
    customFieldById: rowsById((ids) => prisma.customField.findMany({ where: { id: { in: ids } } })),
    transitionById: rowsById((ids) => prisma.workflowTransition.findMany({ where: { id: { in: ids } } })),
  };
}
