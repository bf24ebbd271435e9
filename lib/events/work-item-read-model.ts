import type { WorkItemSnapshot } from './envelope';

/** What other services' read models keep of a work item's snapshot. */
export type WorkItemReadModelFields = Pick<
  WorkItemSnapshot,
  'id' | 'projectId' | 'key' | 'type' | 'parentId' | 'estimate' | 'stateCategory' | 'archived' | 'version'
>;

export function readModelFieldsOf(snapshot: WorkItemSnapshot): WorkItemReadModelFields {
  return {
    id: snapshot.id,
    projectId: snapshot.projectId,
    key: snapshot.key,
    type: snapshot.type,
    parentId: snapshot.parentId,
    estimate: snapshot.estimate,
    stateCategory: snapshot.stateCategory,
    archived: snapshot.archived,
    version: snapshot.version,
  };
}
