import type { Resolvers } from '../../generated/resolvers-types';
import { crossProjectListResolvers } from './cross-project';
import { savedViewResolvers } from './saved-views';
import { searchResolvers } from './search';
import { workItemListResolvers } from './work-items';

/** Lists, boards, saved views and the cross-project list; the parts share types, merged here type by type. */
function merged(...parts: Resolvers[]): Resolvers {
  const result: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      Object.assign((result[type] ??= {}), fields as Record<string, unknown>);
    }
  }
  return result as Resolvers;
}

export const listResolvers: Resolvers = merged(
  workItemListResolvers,
  savedViewResolvers,
  crossProjectListResolvers,
  searchResolvers,
);
