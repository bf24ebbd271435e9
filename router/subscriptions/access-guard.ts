import DataLoader from 'dataloader';
import type { Epochs } from '../../lib/cache/epochs';
import { accessEpochKey } from '../../lib/cache/project-access-cache';
import type { StreamEvent } from '../../lib/events/bus';
import type { Logger } from '../../lib/logger';
import type { ProjectUserKey } from '../../lib/server/project-access-loader';
import type { HubSubscriber } from './event-hub';

/** Whether each user may still read each project, answered by the projects service in one call. */
export type ReadAccessCheck = (keys: readonly ProjectUserKey[]) => Promise<boolean[]>;

/**
 * Holds a project's subscribers before an event reaches them until each one's access is known to be
 * current: `guard` is called before the event is delivered.
 */
export interface AccessGuard {
  guard(event: StreamEvent, subscribers: readonly HubSubscriber[]): void;
  /** Holds each project subscriber until its access is confirmed again (a membership event named it), whatever the epoch. */
  recheck(subscribers: readonly HubSubscriber[]): void;
}

/**
 * Every writer of memberships bumps the organization's access epoch before it answers, so an event
 * of a later change is read here after the bump, even when the membership event itself is still on
 * its way through another stream. A subscriber whose access was confirmed under the current epoch
 * receives the event at once; the others wait for one batched question to the projects service and
 * are released if they still read the project, ended if not. Without a known epoch (Redis
 * unreachable) every subscriber is confirmed.
 */
export function createAccessGuard(options: { epochs: Epochs; canRead: ReadAccessCheck; logger: Logger }): AccessGuard {
  const { epochs, logger } = options;
  const confirmedAt = new WeakMap<HubSubscriber, number>();
  const reads = new DataLoader<ProjectUserKey, boolean, string>((keys) => options.canRead(keys), {
    cacheKeyFn: (key) => `${key.projectId}:${key.userId}`,
    cache: false,
  });
  const load = (subscriber: HubSubscriber) =>
    reads.load({ projectId: subscriber.projectId!, userId: subscriber.userId });
  // Several events may arrive while one confirmation is under way: one question per epoch and pair.
  // Without an epoch (a re-check after a membership event, or none known) a question asked before
  // may predate the change: always ask anew.
  const pending = new Map<string, Promise<boolean>>();
  const canRead = (epoch: number | null, subscriber: HubSubscriber) => {
    if (epoch === null) return load(subscriber);
    const key = `${epoch}:${subscriber.projectId}:${subscriber.userId}`;
    let answer = pending.get(key);
    if (!answer) {
      answer = load(subscriber);
      pending.set(key, answer);
      void answer.finally(() => pending.delete(key)).catch(() => undefined);
    }
    return answer;
  };

  const confirm = async (epoch: number | null, subscriber: HubSubscriber) => {
    try {
      if (!(await canRead(epoch, subscriber))) return subscriber.end();
    } catch (error) {
      // Access cannot be confirmed: end the subscription; subscribing again checks again.
      logger.warn('subscriptions: access could not be confirmed', { error: String(error) });
      return subscriber.end();
    }
    if (epoch !== null) confirmedAt.set(subscriber, epoch);
    subscriber.release();
  };

  const projectScoped = (subscribers: readonly HubSubscriber[]) =>
    subscribers.filter((subscriber) => subscriber.projectId !== null);

  return {
    recheck(subscribers) {
      for (const subscriber of projectScoped(subscribers)) {
        subscriber.hold();
        void confirm(null, subscriber);
      }
    },
    guard(event, subscribers) {
      const { organizationId } = event.envelope;
      const scoped = projectScoped(subscribers);
      if (!scoped.length || !organizationId) return;
      for (const subscriber of scoped) subscriber.hold();
      void epochs
        .read([accessEpochKey(organizationId)])
        .catch(() => null)
        .then((values) => {
          const epoch = values?.[0] ?? null;
          for (const subscriber of scoped) {
            if (epoch !== null && confirmedAt.get(subscriber) === epoch) subscriber.release();
            else void confirm(epoch, subscriber);
          }
        });
    },
  };
}
