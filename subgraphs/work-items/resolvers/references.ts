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

/** A reference to something a project owns (an item, a label, a field, a state, a transition). */
function projectObject<Row extends { projectId: string }>(
  type: string,
  loaderOf: (context: WorkItemsContext) => DataLoader<string, Row | null>,
) {
  return async (reference: { id: string }, context: WorkItemsContext): Promise<Row | null> => {
    const id = rawIdOf(reference, type);
    const row = id ? await loaderOf(context).load(id) : null;
    return row && (await canRead(context, row.projectId)) ? row : null;
  };
}

/** A reference to something a work item owns (a comment, a history entry). */
function itemObject<Row extends { workItemId: string }>(
  type: string,
  loaderOf: (context: WorkItemsContext) => DataLoader<string, Row | null>,
) {
  return async (reference: { id: string }, context: WorkItemsContext): Promise<Row | null> => {
    const id = rawIdOf(reference, type);
    const row = id ? await loaderOf(context).load(id) : null;
    const item = row && (await context.loaders.workItemById.load(row.workItemId));
    return item && (await canRead(context, item.projectId)) ? row : null;
  };
}

export const referenceResolvers: Resolvers = {
  WorkItem: { __resolveReference: projectObject('WorkItem', (context) => context.loaders.workItemById) },
  Comment: { __resolveReference: itemObject('Comment', (context) => context.loaders.commentById) },
  HistoryEntry: { __resolveReference: itemObject('HistoryEntry', (context) => context.loaders.historyEntryById) },
  Label: { __resolveReference: projectObject('Label', (context) => context.loaders.labelById) },
  CustomField: { __resolveReference: projectObject('CustomField', (context) => context.loaders.customFieldById) },
  WorkflowState: { __resolveReference: projectObject('WorkflowState', (context) => context.loaders.stateById) },
  WorkflowTransition: {
    __resolveReference: projectObject('WorkflowTransition', (context) => context.loaders.transitionById),
  },
  SavedView: {
    __resolveReference: (reference, context) => {
      const id = rawIdOf(reference, 'SavedView');
      return id ? viewIfVisible(context, id) : null;
    },
  },
};
