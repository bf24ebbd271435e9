import type { VcsConnection } from '../../generated/prisma/client';
import type { LinkDraft } from '../data/links';
import { branchTitle, commitTitle } from '../rules/link-title';
import type { VcsChange, VcsProvider } from '../rules/vcs-event';
import { keysInBranch, keysInText, mergeKeys, type NamedKey } from '../rules/work-item-keys';
import type { WorkItemRef } from './peers';

type Linkable = Exclude<VcsChange, { kind: 'CHECKS' }>;

/** The keys a change names: a commit's message, a branch's name, a pull request's title, body and head branch. */
export function keysOfChange(change: Linkable): NamedKey[] {
  switch (change.kind) {
    case 'COMMIT':
      return keysInText(change.message);
    case 'BRANCH':
      return keysInBranch(change.branch);
    case 'PULL_REQUEST':
      return mergeKeys(keysInText(change.title), keysInText(change.body), keysInBranch(change.headBranch));
  }
}

/** The link a change makes on one item. */
function draftOf(connection: VcsConnection, change: Linkable, item: WorkItemRef, closes: boolean): LinkDraft {
  const base = {
    connectionId: connection.id,
    organizationId: connection.organizationId,
    projectId: item.projectId,
    workItemId: item.id,
    provider: connection.provider as VcsProvider,
    repository: change.repository,
    url: change.url,
    closes,
  };
  switch (change.kind) {
    case 'COMMIT':
      return {
        ...base,
        kind: 'COMMIT',
        number: null,
        sha: change.sha,
        ref: change.branch,
        title: commitTitle(change.sha, change.message),
        state: null,
        mergedAt: null,
      };
    case 'BRANCH':
      return {
        ...base,
        kind: 'BRANCH',
        number: null,
        sha: null,
        ref: change.branch,
        title: branchTitle(change.branch),
        state: null,
        mergedAt: null,
      };
    case 'PULL_REQUEST':
      return {
        ...base,
        kind: 'PULL_REQUEST',
        number: change.number,
        sha: change.headSha,
        ref: change.headBranch,
        title: change.title.trim() || 'Untitled',
        state: change.state,
        mergedAt: change.mergedAt,
      };
  }
}

/** Every link a delivery's changes make on the items found; keys of no item are dropped. */
export function linkDrafts(
  connection: VcsConnection,
  changes: readonly VcsChange[],
  items: readonly WorkItemRef[],
): LinkDraft[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  return changes.flatMap((change) => {
    if (change.kind === 'CHECKS') return [];
    return keysOfChange(change).flatMap(({ key, closes }) => {
      const item = byKey.get(key);
      return item ? [draftOf(connection, change, item, closes)] : [];
    });
  });
}

/** Every key the changes name, once. */
export const keysOfChanges = (changes: readonly VcsChange[]) => [
  ...new Set(changes.flatMap((change) => (change.kind === 'CHECKS' ? [] : keysOfChange(change).map((k) => k.key)))),
];
