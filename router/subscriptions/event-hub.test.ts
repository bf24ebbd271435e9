import { randomUUID } from 'node:crypto';
import { createEventBus } from '../../lib/events';
import type { StreamEvent } from '../../lib/events/bus';
import { createEvent, type AnyEventEnvelope } from '../../lib/events/envelope';
import { createLogger } from '../../lib/logger';
import { EventHub, topicOfEvent, topicsOfEvent, type HubSubscriber } from './event-hub';

const logger = createLogger('test', 'silent');
const organizationId = randomUUID();

const streamEvent = (envelope: AnyEventEnvelope): StreamEvent => ({ stream: 'projects', entryId: '1-0', envelope });

const memberRemoved = (projectId: string, userId: string) =>
  streamEvent(
    createEvent({
      type: 'project.member_removed',
      actorId: randomUUID(),
      organizationId,
      projectId,
      aggregateId: projectId,
      payload: { userId, previousRole: 'VIEWER' },
    }),
  );

function subscriber(userId: string, projectId: string): HubSubscriber {
  return {
    userId,
    projectId,
    topic: `work-items:${projectId}`,
    deliver: () => {},
    hold: () => {},
    release: () => {},
    end: () => {},
  };
}

describe('topicOfEvent', () => {
  it('sends sprint changes to the project’s sprint topic and keeps read-model feeds of the sprints stream off every topic', () => {
    const projectId = randomUUID();
    const sprint = {
      id: randomUUID(),
      projectId,
      name: 'S',
      state: 'PLANNED',
      startDate: '2030-01-01',
      endDate: '2030-01-12',
    };
    const onSprints = (envelope: AnyEventEnvelope): StreamEvent => ({ stream: 'sprints', entryId: '1-0', envelope });
    const common = { actorId: null, organizationId, projectId };
    const scope = createEvent({
      ...common,
      type: 'sprint.scope_changed',
      aggregateId: sprint.id,
      payload: { sprint, addedWorkItemIds: [], removedWorkItemIds: [] },
    });
    const placement = createEvent({
      ...common,
      type: 'sprint_placement.changed',
      aggregateId: randomUUID(),
      payload: { workItemId: randomUUID(), sprintId: sprint.id, version: 3 },
    });
    expect(topicOfEvent(onSprints(scope))).toBe(`sprints:${projectId}`);
    expect(topicOfEvent(onSprints(placement))).toBeNull();
  });
});

describe('EventHub', () => {
  const bus = createEventBus({ logger });
  afterAll(() => bus.close());

  it('checks again a subscription whose access check overlapped its user’s removal', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const [projectId, userId] = [randomUUID(), randomUUID()];
    const checkedAt = Date.now();
    hub.dispatch(memberRemoved(projectId, userId));

    const late = subscriber(userId, projectId);
    hub.add(late, checkedAt);
    expect(recheck).toHaveBeenCalledWith([late]);
  });

  it('does not check again subscriptions checked after the change, or of other users and projects', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const [projectId, userId] = [randomUUID(), randomUUID()];
    const before = Date.now();
    hub.dispatch(memberRemoved(projectId, userId));

    hub.add(subscriber(userId, projectId), Date.now() + 1);
    hub.add(subscriber(randomUUID(), projectId), before);
    hub.add(subscriber(userId, randomUUID()), before);
    expect(recheck).not.toHaveBeenCalled();
  });

  it('sends the removed user’s subscriptions to that project, and only those, to be checked again', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const [projectId, userId] = [randomUUID(), randomUUID()];
    const watching = subscriber(userId, projectId);
    hub.add(watching, Date.now());
    hub.add(subscriber(userId, randomUUID()), Date.now());
    hub.add(subscriber(randomUUID(), projectId), Date.now());

    hub.dispatch(memberRemoved(projectId, userId));
    expect(recheck).toHaveBeenCalledWith([watching]);
  });

  it('sends every project subscription of a person removed from an organization to be checked again, at once', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const userId = randomUUID();
    const first = subscriber(userId, randomUUID());
    const second = subscriber(userId, randomUUID());
    const checkedAt = Date.now();
    hub.add(first, checkedAt);
    hub.add(second, checkedAt);
    hub.add(subscriber(randomUUID(), first.projectId!), checkedAt);
    const inbox: HubSubscriber = { ...subscriber(userId, ''), projectId: null, topic: `notifications:${userId}` };
    hub.add(inbox, checkedAt);

    const removed = createEvent({
      type: 'organization.member_removed',
      actorId: randomUUID(),
      organizationId,
      projectId: null,
      aggregateId: organizationId,
      payload: { userId, previousRole: 'MEMBER' },
    });
    hub.dispatch({ stream: 'users', entryId: '1-0', envelope: removed });
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(recheck).toHaveBeenCalledWith([first, second]);

    const late = subscriber(userId, randomUUID());
    hub.add(late, checkedAt);
    expect(recheck).toHaveBeenLastCalledWith([late]);
  });

  it('checks again the project subscriptions of someone whose organization role changed', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const userId = randomUUID();
    const watching = subscriber(userId, randomUUID());
    hub.add(watching, Date.now());
    const demoted = createEvent({
      type: 'organization.member_role_changed',
      actorId: randomUUID(),
      organizationId,
      projectId: null,
      aggregateId: organizationId,
      payload: { userId, role: 'MEMBER', previousRole: 'ADMIN' },
    });
    hub.dispatch({ stream: 'users', entryId: '1-0', envelope: demoted });
    expect(recheck).toHaveBeenCalledWith([watching]);
  });

  it('delivers a notification to its recipient’s viewer-scoped subscriptions only, never re-checking them', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const [recipientId, otherId, projectId] = [randomUUID(), randomUUID(), randomUUID()];
    const delivered: string[] = [];
    const viewerScoped = (userId: string): HubSubscriber => ({
      userId,
      projectId: null,
      topic: `notifications:${userId}`,
      deliver: (event) => delivered.push(`${userId}:${event.envelope.type}`),
      hold: () => {},
      release: () => {},
      end: () => {},
    });
    hub.add(viewerScoped(recipientId), 0);
    hub.add(viewerScoped(otherId), 0);
    const notificationId = randomUUID();
    hub.dispatch({
      stream: 'notifications',
      entryId: '1-0',
      envelope: createEvent({
        type: 'notification.created',
        actorId: null,
        organizationId,
        projectId,
        aggregateId: notificationId,
        payload: { notificationId, recipientId, type: 'ASSIGNED' },
      }),
    });
    expect(delivered).toEqual([`${recipientId}:notification.created`]);

    hub.dispatch(memberRemoved(projectId, recipientId));
    hub.dispatch(
      streamEvent(
        createEvent({
          type: 'team.member_removed',
          actorId: null,
          organizationId,
          projectId: null,
          aggregateId: randomUUID(),
          payload: { teamId: randomUUID(), userId: recipientId },
        }),
      ),
    );
    hub.add(viewerScoped(recipientId), 0);
    expect(recheck).not.toHaveBeenCalled();
  });
});

describe('activity subscriptions in the EventHub', () => {
  const bus = createEventBus({ logger });
  afterAll(() => bus.close());

  const workItemCreated = (organization: string, projectId: string) =>
    ({
      stream: 'work-items',
      entryId: '1-0',
      envelope: createEvent({
        type: 'work_item.created',
        actorId: randomUUID(),
        organizationId: organization,
        projectId,
        aggregateId: randomUUID(),
        payload: {} as never,
      }),
    }) as StreamEvent;
  const follower = (userId: string, organization: string) => {
    const delivered: StreamEvent[] = [];
    const hub: HubSubscriber = {
      ...subscriber(userId, ''),
      projectId: null,
      organizationId: organization,
      topic: `activity:${organization}`,
      deliver: (event) => void delivered.push(event),
    };
    return { hub, delivered };
  };
  const leaving = (organization: string, userId: string): StreamEvent => ({
    stream: 'users',
    entryId: '1-0',
    envelope: createEvent({
      type: 'organization.member_removed',
      actorId: randomUUID(),
      organizationId: organization,
      projectId: null,
      aggregateId: organization,
      payload: { userId, previousRole: 'MEMBER' },
    }),
  });

  it('sends a work-item change to its project’s topic and its organization’s activity', () => {
    const projectId = randomUUID();
    expect(topicsOfEvent(workItemCreated(organizationId, projectId))).toEqual([
      `work-items:${projectId}`,
      `activity:${organizationId}`,
    ]);
  });

  it('delivers an organization’s changes to its followers, and not to followers of another organization', () => {
    const hub = new EventHub(bus, jest.fn(), logger);
    const here = follower(randomUUID(), organizationId);
    const elsewhere = follower(randomUUID(), randomUUID());
    hub.add(here.hub, Date.now());
    hub.add(elsewhere.hub, Date.now());
    const event = workItemCreated(organizationId, randomUUID());
    hub.dispatch(event);
    expect(here.delivered).toEqual([event]);
    expect(elsewhere.delivered).toEqual([]);
  });

  it('checks again the follower who leaves the organization, and no one else', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const userId = randomUUID();
    const own = follower(userId, organizationId);
    hub.add(own.hub, Date.now());
    hub.add(follower(userId, randomUUID()).hub, Date.now());
    hub.add(follower(randomUUID(), organizationId).hub, Date.now());
    hub.dispatch(leaving(organizationId, userId));
    expect(recheck).toHaveBeenCalledWith([own.hub]);
  });

  it('checks again a follower whose access check overlapped their leaving, and every follower of a deleted organization', () => {
    const recheck = jest.fn();
    const hub = new EventHub(bus, recheck, logger);
    const [userId, organization] = [randomUUID(), randomUUID()];
    const checkedAt = Date.now();
    hub.dispatch(leaving(organization, userId));
    const late = follower(userId, organization);
    hub.add(late.hub, checkedAt);
    expect(recheck).toHaveBeenLastCalledWith([late.hub]);

    const others = [follower(randomUUID(), organization), follower(randomUUID(), organization)];
    for (const other of others) hub.add(other.hub, Date.now());
    hub.dispatch({
      stream: 'users',
      entryId: '2-0',
      envelope: createEvent({
        type: 'organization.deleted',
        actorId: randomUUID(),
        organizationId: organization,
        projectId: null,
        aggregateId: organization,
        payload: { organization: { id: organization, slug: 'gone', name: 'Gone' } },
      }),
    });
    expect(recheck).toHaveBeenLastCalledWith(expect.arrayContaining([late.hub, ...others.map((o) => o.hub)]));
  });
});
