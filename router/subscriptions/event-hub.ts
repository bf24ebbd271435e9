import type { EventBus, StreamEvent, Tail } from '../../lib/events/bus';
import { eventStreams } from '../../lib/events/envelope';
import type { Logger } from '../../lib/logger';
import type { StreamPositions } from './resume-cursor';
import { activityTopic } from './activity-events';
import { notificationTopic } from './notification-received';
import { isSprintChangeType, sprintTopic } from './sprint-changed';
import { attachmentChangeOf, workItemTopic } from './work-item-changed';

/** One live subscription, as the hub sees it. */
export interface HubSubscriber {
  userId: string;
  /**
   * The raw id of the project whose access the subscription depends on, or null for a subscription
   * tied to no project (the caller's own notifications): never checked again.
   */
  projectId: string | null;
  /**
   * The organization an activity subscription follows (its events are filtered per subscriber as
   * they arrive), checked again when the subscriber leaves it; absent for other subscriptions.
   */
  organizationId?: string;
  /** Which events it receives, e.g. `work-items:<projectId>`. */
  topic: string;
  deliver(event: StreamEvent): void;
  /** Keeps what is delivered from reaching the client until `release` (access is being checked again). */
  hold(): void;
  /** Ends a `hold`: what arrived meanwhile is passed on, in order. */
  release(): void;
  /** Completes the subscription (the client gets `complete`). */
  end(): void;
}

/** Called with an event's subscribers before it is delivered to them: it may hold some (`access-guard.ts`). */
export type DeliveryGuard = (event: StreamEvent, subscribers: readonly HubSubscriber[]) => void;

/** The (user, project) pairs whose subscriptions must be checked again after an event. */
export type AccessRecheck = (subscribers: HubSubscriber[]) => void;

/** The topic an event is delivered to, or null when no subscription receives it. */
export function topicOfEvent(event: StreamEvent): string | null {
  const { envelope } = event;
  if (envelope.type === 'notification.created') return notificationTopic(envelope.payload.recipientId);
  if (!envelope.projectId) return null;
  if (event.stream === 'work-items') return workItemTopic(envelope.projectId);
  if (event.stream === 'sprints') return isSprintChangeType(envelope.type) ? sprintTopic(envelope.projectId) : null;
  // Files and links attached to a work item (or its comments) show on the item's board.
  if (event.stream === 'files') return attachmentChangeOf(envelope) ? workItemTopic(envelope.projectId) : null;
  return null;
}

/** Every topic an event is delivered to: its project's, and its organization's activity for work-item and sprint changes. */
export function topicsOfEvent(event: StreamEvent): string[] {
  const topic = topicOfEvent(event);
  if (!topic) return [];
  const { organizationId } = event.envelope;
  return event.envelope.type === 'notification.created' || !organizationId
    ? [topic]
    : [topic, activityTopic(organizationId)];
}

/**
 * Every router tails the event streams and hands each event to its own subscribers only: this is
 * the fan-out across routers. Access changes (a member removed from a project or an organization, a
 * team detached or losing a member) send the affected subscriptions to be checked again.
 */
export class EventHub {
  private readonly byTopic = new Map<string, Set<HubSubscriber>>();
  private readonly byUser = new Map<string, Set<HubSubscriber>>();
  private tail: Tail | null = null;
  /**
   * Access changes of the last minute. A subscription whose access check ran while one of them
   * was arriving could register after its re-check: it is checked again when it registers.
   */
  private readonly accessChanges: {
    at: number;
    userId: string | null;
    projectId: string | null;
    /** Set for changes that end activity subscriptions of the organization (a member leaving, the organization deleted). */
    organizationId: string | null;
  }[] = [];

  constructor(
    private readonly bus: EventBus,
    private readonly recheck: AccessRecheck,
    private readonly logger: Logger,
    private readonly beforeDelivery?: DeliveryGuard,
  ) {}

  /** Starts tailing; resolves once the tail reads, so later events all reach this router. */
  start(): Promise<void> {
    this.tail = this.bus.tail([...eventStreams], (event) => this.dispatch(event));
    return this.tail.started;
  }

  /** How far this router has read each stream: every event up to there has been dispatched. */
  positions(): StreamPositions {
    return this.tail?.positions() ?? {};
  }

  /** Subscriptions registered on this router. */
  get size(): number {
    let count = 0;
    for (const set of this.byTopic.values()) count += set.size;
    return count;
  }

  /** Registers a subscription whose access was checked at `accessCheckedAt` (ms since the epoch). */
  add(subscriber: HubSubscriber, accessCheckedAt: number): () => void {
    addTo(this.byTopic, subscriber.topic, subscriber);
    addTo(this.byUser, subscriber.userId, subscriber);
    if (this.accessChangedSince(subscriber, accessCheckedAt)) this.recheck([subscriber]);
    return () => {
      removeFrom(this.byTopic, subscriber.topic, subscriber);
      removeFrom(this.byUser, subscriber.userId, subscriber);
    };
  }

  dispatch(event: StreamEvent): void {
    const subscribers = topicsOfEvent(event).flatMap((topic) => [...(this.byTopic.get(topic) ?? [])]);
    if (subscribers.length) {
      this.beforeDelivery?.(event, subscribers);
      for (const subscriber of subscribers) subscriber.deliver(event);
    }
    this.recordAccessChange(event);
    const affected = this.affectedBy(event);
    if (affected.length) {
      this.logger.debug('subscriptions: access re-check', { type: event.envelope.type, count: affected.length });
      this.recheck(affected);
    }
  }

  private affectedBy(event: StreamEvent): HubSubscriber[] {
    return [
      ...this.projectSubscribersAffectedBy(event).filter((subscriber) => subscriber.projectId !== null),
      ...this.activitySubscribersAffectedBy(event),
    ];
  }

  /** Activity subscriptions end with the subscriber's membership of the organization, or with the organization. */
  private activitySubscribersAffectedBy(event: StreamEvent): HubSubscriber[] {
    const { envelope } = event;
    const ofOrganization = (subscriber: HubSubscriber) => subscriber.organizationId === envelope.organizationId;
    switch (envelope.type) {
      case 'organization.member_removed':
        return [...(this.byUser.get(envelope.payload.userId) ?? [])].filter(ofOrganization);
      case 'organization.deleted':
        return this.allSubscribers().filter(ofOrganization);
      default:
        return [];
    }
  }

  private projectSubscribersAffectedBy(event: StreamEvent): HubSubscriber[] {
    const { envelope } = event;
    switch (envelope.type) {
      case 'project.member_removed':
        return [...(this.byUser.get(envelope.payload.userId) ?? [])].filter((s) => s.projectId === envelope.projectId);
      case 'project.team_detached':
      case 'project.deleted':
        return this.allSubscribers().filter((s) => s.projectId === envelope.projectId);
      // Leaving an organization (or losing its ADMIN role, which made one ADMIN in every project) ends
      // access at once, before the projects service has removed any membership: every project
      // subscription of the person is checked again.
      case 'team.member_removed':
      case 'organization.member_removed':
      case 'organization.member_role_changed':
        return [...(this.byUser.get(envelope.payload.userId) ?? [])];
      default:
        return [];
    }
  }

  private recordAccessChange(event: StreamEvent): void {
    const { envelope } = event;
    const now = Date.now();
    if (envelope.type === 'project.member_removed') {
      this.accessChanges.push({
        at: now,
        userId: envelope.payload.userId,
        projectId: envelope.projectId,
        organizationId: null,
      });
    } else if (envelope.type === 'project.team_detached' || envelope.type === 'project.deleted') {
      this.accessChanges.push({ at: now, userId: null, projectId: envelope.projectId, organizationId: null });
    } else if (
      envelope.type === 'team.member_removed' ||
      envelope.type === 'organization.member_removed' ||
      envelope.type === 'organization.member_role_changed'
    ) {
      const organizationId = envelope.type === 'organization.member_removed' ? envelope.organizationId : null;
      this.accessChanges.push({ at: now, userId: envelope.payload.userId, projectId: null, organizationId });
    } else if (envelope.type === 'organization.deleted') {
      this.accessChanges.push({ at: now, userId: null, projectId: null, organizationId: envelope.organizationId });
    } else {
      return;
    }
    while (this.accessChanges[0]!.at < now - 60_000) this.accessChanges.shift();
  }

  private accessChangedSince(subscriber: HubSubscriber, since: number): boolean {
    if (subscriber.organizationId) {
      return this.accessChanges.some(
        (change) =>
          change.at >= since &&
          change.organizationId === subscriber.organizationId &&
          (change.userId === null || change.userId === subscriber.userId),
      );
    }
    if (subscriber.projectId === null) return false;
    return this.accessChanges.some(
      (change) =>
        change.at >= since &&
        (change.userId === null || change.userId === subscriber.userId) &&
        (change.projectId === null || change.projectId === subscriber.projectId),
    );
  }

  private allSubscribers(): HubSubscriber[] {
    return [...this.byUser.values()].flatMap((set) => [...set]);
  }

  /** Ends every subscription (the router is stopping) and stops tailing. */
  async close(): Promise<void> {
    for (const subscriber of this.allSubscribers()) subscriber.end();
    await this.tail?.close();
    this.tail = null;
  }
}

function addTo(map: Map<string, Set<HubSubscriber>>, key: string, subscriber: HubSubscriber): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(subscriber);
}

function removeFrom(map: Map<string, Set<HubSubscriber>>, key: string, subscriber: HubSubscriber): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(subscriber);
  if (!set.size) map.delete(key);
}
