import type { StorageDriver } from '../../../lib/files/storage/storage-driver';
import type { Logger } from '../../../lib/logger';
import type { Worker } from '../../../lib/server/define-subgraph';
import { startPollLoop } from '../../../lib/server/poll-loop';
import type { FilesPrisma } from '../db';
import { removeCompletedUploads, takeExpiredUploads } from '../data/expired-uploads';
import { purgeDueFiles } from '../data/purge-files';

export interface Sweeper extends Worker {
  /** One full sweep at `now`: expired uploads removed, completed ones forgotten after a day, deleted files past retention purged. */
  runDue(now?: Date): Promise<{ expiredUploads: number; completedUploads: number; purgedFiles: number }>;
}

/**
 * Removes what nobody will come back for: uploads never completed (and any bytes sent for them) once
 * expired, completed uploads a day after completion, and deleted files once their retention period
 * is over, in batches until none is left.
 */
export function startSweeper(options: {
  prisma: FilesPrisma;
  storage: StorageDriver;
  logger: Logger;
  pollMs: number;
}): Sweeper {
  const { prisma, storage } = options;
  async function runDue(now: Date = new Date()) {
    let expiredUploads = 0;
    for (let keys = await takeExpiredUploads(prisma, now); keys.length; keys = await takeExpiredUploads(prisma, now)) {
      await storage.delete(keys);
      expiredUploads += keys.length;
    }
    let completedUploads = 0;
    for (
      let removed = await removeCompletedUploads(prisma, now);
      removed;
      removed = await removeCompletedUploads(prisma, now)
    ) {
      completedUploads += removed;
    }
    let purgedFiles = 0;
    for (let batch = await purgeDueFiles(prisma, now); batch.purged; batch = await purgeDueFiles(prisma, now)) {
      await storage.delete(batch.objects);
      purgedFiles += batch.purged;
    }
    return { expiredUploads, completedUploads, purgedFiles };
  }
  const loop = startPollLoop({
    pollMs: options.pollMs,
    round: () => runDue(),
    logger: options.logger,
    failure: 'files sweep failed',
  });
  return { runDue, stop: () => loop.stop() };
}
