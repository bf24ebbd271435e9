import { z } from 'zod';
import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import { closeMergedWorkItems } from '../data/close-merged-work-items';
import { workflowStateRefRows, workItemRefRows } from '../data/work-item-refs';
import type { Resolvers, WorkflowStateCategory } from '../generated/resolvers-types';
import { maxBulkItems } from '../validation';

const workItemKey = z.string().regex(/^([A-Z][A-Z0-9]{1,9})-([1-9]\d{0,8})$/);

function uuids(ids: readonly string[], field: string, what: string): string[] {
  if (ids.length > maxBulkItems) throw badInput(field, `At most ${maxBulkItems} at once.`);
  ids.forEach((id, index) => {
    if (!uuidPattern.test(id)) throw badInput(`${field}.${index}`, `Not a ${what} uuid.`);
  });
  return [...ids];
}

/**
 * The integrations service's lookups by key and its merge moves (shield lets only services call
 * them). They check no project role: the service acts for a connected repository, not a person.
 */
export const vcsRefResolvers: Resolvers = {
  Query: {
    workItemRefsByKeys: async (_parent, { organizationId, keys }, context) => {
      if (!uuidPattern.test(organizationId)) throw badInput('organizationId', 'Not an organization uuid.');
      if (keys.length > maxBulkItems) throw badInput('keys', `At most ${maxBulkItems} keys at once.`);
      const parsed = keys.map((key, index) => {
        const match = workItemKey.safeParse(key);
        if (!match.success) throw badInput(`keys.${index}`, 'Not a work item key such as WEB-42.');
        const [projectKey, number] = key.split('-') as [string, string];
        return { projectKey, number: Number(number) };
      });
      const rows = await workItemRefRows(context.prisma, organizationId, parsed);
      return rows.map((row) => ({ ...row, stateCategory: row.stateCategory as WorkflowStateCategory }));
    },
    workflowStateRefs: async (_parent, { ids }, context) => {
      const rows = await workflowStateRefRows(context.prisma, uuids(ids, 'ids', 'workflow state'));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row ? { ...row, category: row.category as WorkflowStateCategory } : null;
      });
    },
  },
  Mutation: {
    closeMergedWorkItems: async (_parent, { input }, context) => {
      const ids = uuids(
        input.moves.map((move) => move.workItemId),
        'input.moves',
        'work item',
      );
      input.moves.forEach((move, index) => {
        if (move.toStateId && !uuidPattern.test(move.toStateId))
          throw badInput(`input.moves.${index}.toStateId`, 'Not a workflow state uuid.');
      });
      input.moves.forEach((move, index) => {
        if (move.pullRequest && move.pullRequest.length > 200)
          throw badInput(`input.moves.${index}.pullRequest`, 'At most 200 characters.');
      });
      if (!/^[a-z][a-z0-9_-]{0,31}$/.test(input.source)) throw badInput('input.source', 'A short lower-case name.');
      const at = new Date();
      const results = await context.prisma.$transaction((tx) =>
        closeMergedWorkItems(tx, {
          moves: input.moves.map((move, index) => ({
            workItemId: ids[index]!,
            toStateId: move.toStateId ?? null,
            pullRequest: move.pullRequest ?? null,
          })),
          source: input.source,
          at,
        }),
      );
      return { results };
    },
  },
};
