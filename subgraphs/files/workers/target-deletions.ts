import type { Consumer, EventBus } from '../../../lib/events/bus';
import type { Logger } from '../../../lib/logger';
import type { FilesPrisma } from '../db';
import { retireFilesOfComments, retireFilesOfWorkItems } from '../data/purge-files';

export const targetDeletionsGroup = 'files';

/**
 * When a work item or comment is deleted, its files go with it: they are marked deleted and due, and
 * the sweeper purges them (bytes, quota and `file.purged` events). Idempotent: marking twice
 * changes nothing a reader can tell.
 */
export function startTargetDeletions(options: { prisma: FilesPrisma; bus: EventBus; logger: Logger }): Consumer {
  return options.bus.consume({
    group: targetDeletionsGroup,
    streams: ['work-items'],
    handle: async ({ envelope }) => {
      const now = new Date(envelope.occurredAt);
      if (envelope.type === 'work_item.deleted') {
        await retireFilesOfWorkItems(options.prisma, [envelope.aggregateId], now);
      } else if (envelope.type === 'work_item.comment_deleted') {
        await retireFilesOfComments(options.prisma, [envelope.payload.commentId], now);
      }
    },
  });
}
