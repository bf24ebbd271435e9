import type { Resolvers } from '../generated/resolvers-types';
import { CalendarDate, DateTime } from '../../../lib/graphql-scalars';
import { itemResolvers } from './items';
import { listResolvers } from './lists';
import { projectResolvers } from './project';
import { relationResolvers } from './relations';
import { workflowResolvers } from './workflow';

/** Each area contributes fields to shared types (WorkItem, Project, Query, Mutation): merge them per type. */
function mergeResolvers(...parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Two resolvers for ${type}.${field}`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = {
  ...mergeResolvers(projectResolvers, itemResolvers, workflowResolvers, relationResolvers, listResolvers),
  DateTime,
  Date: CalendarDate,
};
