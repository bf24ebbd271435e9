import { isUniqueViolation } from '../../../../lib/db/errors';
import { AppError, badInput, conflict } from '../../../../lib/errors';
import { projectWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { AlreadyCreated, createWorkItems, findRetriedItems } from '../../data/create-work-item';
import type { WorkItem } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { maxBulkCreateItems } from '../../validation';
import { actorOf } from '../input';
import { checkedInput, parseCreate } from './create';

/**
 * Runs one item's checks or creation, naming its fields `input.items.<index>.…`: the single-item
 * rules name them `input.…`, as createWorkItem's input.
 */
async function atItem<T>(index: number, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const field = error instanceof AppError ? error.details.field : undefined;
    if (error instanceof AppError && field?.startsWith('input.')) {
      throw new AppError(error.code, error.message, {
        ...error.details,
        field: `input.items.${index}.${field.slice('input.'.length)}`,
      });
    }
    throw error;
  }
}

/** Each item's parsed input, all of one project, their clientMutationIds distinct. */
async function parseItems(items: readonly Parameters<typeof parseCreate>[0][]) {
  if (items.length < 1 || items.length > maxBulkCreateItems) {
    throw badInput('input.items', `Give 1 to ${maxBulkCreateItems} items.`);
  }
  const parsed = await Promise.all(items.map((item, index) => atItem(index, () => parseCreate(item))));
  const projectId = parsed[0]!.projectId;
  const seen = new Set<string>();
  parsed.forEach((item, index) => {
    if (item.projectId !== projectId) {
      throw badInput(`input.items.${index}.projectId`, 'Every item must be of the same project.');
    }
    if (item.clientMutationId && seen.has(item.clientMutationId)) {
      throw badInput(`input.items.${index}.clientMutationId`, 'Two items have this clientMutationId.');
    }
    if (item.clientMutationId) seen.add(item.clientMutationId);
  });
  return { parsed, projectId, clientMutationIds: [...seen] };
}

export const bulkCreateMutations: MutationResolvers = {
  bulkCreateWorkItems: async (_parent, { input }, context) => {
    const { parsed, projectId, clientMutationIds } = await parseItems(input.items);
    await projectWithRole(context, projectId, 'MEMBER');
    const viewerId = viewerIdOf(context);
    const earlierItems = async () =>
      new Map(
        (await findRetriedItems(context.prisma, viewerId, clientMutationIds)).map((item) => [
          item.clientMutationId!,
          item,
        ]),
      );
    const earlier = await earlierItems();
    const pending = parsed.flatMap((item, index) =>
      item.clientMutationId && earlier.has(item.clientMutationId) ? [] : [{ index, item }],
    );
    const entries = await Promise.all(
      pending.map(async ({ index, item }) => ({
        index,
        input: await atItem(index, () => checkedInput(context, input.items[index]!, item)),
      })),
    );
    const actor = actorOf(context);
    let created: WorkItem[];
    try {
      created = await context.prisma.$transaction((tx) => createWorkItems(tx, actor, entries, atItem));
    } catch (error) {
      if (!(error instanceof AlreadyCreated || isUniqueViolation(error))) throw error;
      // A retry of this call ran at the same time: answer its items when it made them all.
      const made = await earlierItems();
      if (parsed.every((item) => item.clientMutationId && made.has(item.clientMutationId))) {
        return { workItems: parsed.map((item) => made.get(item.clientMutationId!)!) };
      }
      throw conflict('Another call with some of these clientMutationIds is running: retry this one.');
    }
    forgetAfterWrite(context.loaders);
    const byIndex = new Map(entries.map((entry, i) => [entry.index, created[i]!]));
    return {
      workItems: parsed.map((item, index) => byIndex.get(index) ?? earlier.get(item.clientMutationId!)!),
    };
  },
};
