import type DataLoader from 'dataloader';
import { decodeGlobalId } from '../../../lib/ids';
import { canRead } from '../access';
import type { WorkItemsContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { viewIfVisible } from './lists/saved-views';

// References come from other subgraphs and from `node(id)`, signed as the viewer: each answers
// the object only when the viewer may read the project it belongs to (as the fields that reach it
// do), and null otherwise, so a missing object and a hidden one look alike. Loaders batch them.

/** The raw id behind a reference of the given type, or null when the ID is malformed or of another type. */
function rawIdOf(reference: { id: string }, type: string): string | null {
  const decoded = decodeGlobalId(reference.id);
  return decoded?.type === type ? decoded.id : null;
}

/** A reference resolver: the row when the viewer can read the project it belongs to, else null. */
function guarded<Row>(
  type: string,
  loaderOf: (context: WorkItemsContext) => DataLoader<string, Row | null>,
  projectOf: (row: Row, context: WorkItemsContext) => string | null | Promise<string | null>,
) {
  return async (reference: { id: string }, context: WorkItemsContext): Promise<Row | null> => {
    const id = rawIdOf(reference, type);
    const row = id ? await loaderOf(context).load(id) : null;
    const projectId = row && (await projectOf(row, context));
    return projectId && (await canRead(context, projectId)) ? row : null;
  };
}

/** Something a project owns (an item, a label, a field, a state, a transition). */
const ofProject = (row: { projectId: string }) => row.projectId;

/** Something a work item owns (a comment, a history entry): the item's project. */
const ofItem = async (row: { workItemId: string }, context: WorkItemsContext) =>
  (await context.loaders.workItemById.load(row.workItemId))?.projectId ?? null;

export const referenceResolvers: Resolvers = {
  WorkItem: { __resolveReference: guarded('WorkItem', (context) => context.loaders.workItemById, ofProject) },
  Comment: { __resolveReference: guarded('Comment', (context) => context.loaders.commentById, ofItem) },
  Release: { __resolveReference: guarded('Release', (context) => context.loaders.releaseById, ofProject) },
  Worklog: { __resolveReference: guarded('Worklog', (context) => context.loaders.worklogById, ofItem) },
  HistoryEntry: { __resolveReference: guarded('HistoryEntry', (context) => context.loaders.historyEntryById, ofItem) },
  Label: { __resolveReference: guarded('Label', (context) => context.loaders.labelById, ofProject) },
  CustomField: { __resolveReference: guarded('CustomField', (context) => context.loaders.customFieldById, ofProject) },
  WorkflowState: { __resolveReference: guarded('WorkflowState', (context) => context.loaders.stateById, ofProject) },
  WorkflowTransition: {
    __resolveReference: guarded('WorkflowTransition', (context) => context.loaders.transitionById, ofProject),
  },
  SavedView: {
    __resolveReference: (reference, context) => {
      const id = rawIdOf(reference, 'SavedView');
      return id ? viewIfVisible(context, id) : null;
    },
  },
};
