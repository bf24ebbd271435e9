import type { Resolvers } from '../../generated/resolvers-types';
import { savedViewResolvers } from './saved-views';
import { workItemListResolvers } from './work-items';

/** Lists, boards and saved views; both parts add fields to Project, merged here type by type. */
function merged(...parts: Resolvers[]): Resolvers {
  const result: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      Object.assign((result[type] ??= {}), fields as Record<string, unknown>);
    }
  }
  return result as Resolvers;
}

export const listResolvers: Resolvers = merged(workItemListResolvers, savedViewResolvers);
