import type { Resolvers } from '../../generated/resolvers-types';
import { commentResolvers } from './comments';
import { customFieldResolvers } from './custom-fields';
import { labelResolvers } from './labels';
import { linkResolvers } from './links';
import { releaseResolvers } from './releases';
import { worklogResolvers } from './worklogs';

/** The area's parts each add fields to shared types (WorkItem, Project, Mutation): merged per type. */
function mergeParts(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) Object.assign((merged[type] ??= {}), fields);
  }
  return merged as Resolvers;
}

/** Links and blocking, comments, worklogs, releases, labels and custom field definitions. */
export const relationResolvers: Resolvers = mergeParts(
  linkResolvers,
  commentResolvers,
  worklogResolvers,
  releaseResolvers,
  labelResolvers,
  customFieldResolvers,
);
