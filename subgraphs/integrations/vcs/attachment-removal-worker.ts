import type { Logger } from '../../../lib/logger';
import type { Worker } from '../../../lib/server/define-subgraph';
import { startPollLoop } from '../../../lib/server/poll-loop';
import type { IntegrationsPrisma } from '../db';
import {
  finishAttachmentRemovals,
  leaseAttachmentRemovals,
  postponeAttachmentRemovals,
  type AttachmentRemoval,
} from './data/attachment-removals';
import { deleteLinkAttachments, type VcsPeers } from './receive/peers';

/** The files service takes 100 removals per call. */
const batchSize = 100;

export interface AttachmentRemovalRound {
  removed: number;
  failed: number;
}

export interface AttachmentRemovalWorker extends Worker {
  /**
   * Removes the due link attachments of deleted connections, a batch per call to the files service;
   * a failed batch is retried later. `maxBatches` bounds the round (a mutation's own attempt).
   */
  runDue(options?: { now?: Date; maxBatches?: number }): Promise<AttachmentRemovalRound>;
}

/**
 * Removes the link attachments of deleted connections in the files service: the mutation that
 * deletes a connection runs a round after its commit, and this worker's rounds retry what failed or
 * what a crash interrupted (`pollMs` 0: only when called).
 */
export function startAttachmentRemovals(options: {
  prisma: IntegrationsPrisma;
  peers: Pick<VcsPeers, 'files'>;
  logger: Logger;
  pollMs: number;
}): AttachmentRemovalWorker {
  const { prisma, peers, logger } = options;

  async function removeBatch(removals: AttachmentRemoval[], now: Date, round: AttachmentRemovalRound) {
    const byCaller = new Map<string, AttachmentRemoval[]>();
    for (const removal of removals) {
      const key = `${removal.organizationId}:${removal.actorId}`;
      byCaller.set(key, [...(byCaller.get(key) ?? []), removal]);
    }
    for (const group of byCaller.values()) {
      try {
        const removed = await deleteLinkAttachments(peers, {
          organizationId: group[0]!.organizationId,
          actorId: group[0]!.actorId,
          linkAttachmentIds: group.map((removal) => removal.linkAttachmentId),
        });
        await finishAttachmentRemovals(
          prisma,
          group.map((removal) => removal.linkAttachmentId),
        );
        round.removed += removed.length;
      } catch (error) {
        round.failed += group.length;
        logger.warn('vcs link attachment removal failed; retried later', {
          count: group.length,
          error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        });
        await postponeAttachmentRemovals(prisma, group, now);
      }
    }
  }

  async function runDue({ now = new Date(), maxBatches = Infinity } = {}): Promise<AttachmentRemovalRound> {
    const round = { removed: 0, failed: 0 };
    for (let batch = 0; batch < maxBatches; batch++) {
      const removals = await leaseAttachmentRemovals(prisma, now, batchSize);
      if (!removals.length) break;
      await removeBatch(removals, now, round);
    }
    return round;
  }

  const loop = startPollLoop({
    pollMs: options.pollMs,
    round: () => runDue(),
    logger,
    failure: 'vcs link attachment removal round failed',
  });
  return { runDue, stop: () => loop.stop() };
}
